package nl.casustafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.minutes.MinutesContent.HouseholdSection;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The rendered minutes are PDF/A-2b, checked by veraPDF. The files are kept in target/ to look at
 * (../shared/tools/check-pdf.sh target/minutes-sample.pdf).
 */
class MinutesPdfATest {

    private static byte[] renderAndKeep(MinutesContent content, MinutesRenderer renderer, String file)
            throws Exception {
        byte[] pdf = renderer.render(content);
        Files.write(Path.of("target", file), pdf);
        return pdf;
    }

    @Test
    void smallMinutesArePdfA2bCompliant() throws Exception {
        byte[] pdf = renderAndKeep(MinutesSamples.small(), new MinutesRenderer(), "minutes-sample.pdf");

        ValidationResult result = VeraPdf.validate(pdf);

        assertThat(VeraPdf.failures(result)).isEmpty();
        assertThat(result.isCompliant()).isTrue();
    }

    @Test
    void longSignedMinutesWithEveryNoticeArePdfA2bCompliant() throws Exception {
        MinutesContent content = MinutesSamples.withIdentity(MinutesSamples.large(),
                MinutesSamples.correction(2, "De score van Veilig Thuis bij gezin De Jong was verkeerd overgenomen "
                        + "(6 in plaats van 4)."));
        byte[] pdf = renderAndKeep(content, new MinutesRenderer(), "minutes-long.pdf");

        ValidationResult result = VeraPdf.validate(pdf);

        assertThat(VeraPdf.failures(result)).isEmpty();
        assertThat(result.isCompliant()).isTrue();
        assertThat(PdfGlyphs.read(pdf).pages()).isGreaterThan(5);
    }

    @Test
    void englishConceptForOnePartnerIsPdfA2bCompliant() throws Exception {
        MinutesContent content = MinutesSamples.withIdentity(MinutesSamples.small(),
                new MinutesContent.Identity(MinutesSamples.DOCUMENT_ID, 1, MinutesStatus.CONCEPT, "Veilig Thuis", 3,
                        null, null, null, MinutesSamples.GENERATED_AT, null));
        byte[] pdf = renderAndKeep(content, new MinutesRenderer(MinutesRenderer.ENGLISH),
                "minutes-concept-en.pdf");

        assertThat(VeraPdf.failures(VeraPdf.validate(pdf))).isEmpty();
    }

    @Test
    void sixtyMeasuresAndPagesLongTextsArePdfA2bCompliant() throws Exception {
        HouseholdSection longTexts = MinutesSamples.texts("Gezin Lang",
                MinutesSamples.longText(9000), "Één woord van 300 tekens: " + "x".repeat(300),
                "Regel 1\nRegel 2\n\nRegel 4 na een lege regel", MinutesSamples.longText(5000));
        MinutesContent content = MinutesSamples.withHouseholds(MinutesSamples.small(),
                List.of(MinutesSamples.household("Gezin Van den Broek", 60, 5), longTexts));
        byte[] pdf = renderAndKeep(content, new MinutesRenderer(), "minutes-stress.pdf");

        assertThat(VeraPdf.failures(VeraPdf.validate(pdf))).isEmpty();
    }
}
