package nl.casustafel.minutes;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF (PDF/A-2b) for the tests: the validation result and the rules a file breaks, readable in a failure. */
final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    static ValidationResult validate(byte[] pdf) throws Exception {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }

    /** "rule message" for every assertion that did not pass; empty for a compliant file. */
    static List<String> failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                .map(a -> a.getRuleId() + " " + a.getMessage()).toList();
    }
}
