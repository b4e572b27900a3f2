package nl.casustafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.casustafel.domain.minutes.MinutesStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long, real minutes rendered and signed: still PDF/A-2b, cryptographically intact, and valid for poppler. */
class SignedMinutesTest {
    private static final char[] PASSWORD = "voorzitter".toCharArray();

    @TempDir
    static Path dir;
    private static byte[] signed;

    @BeforeAll
    static void renderAndSign() throws Exception {
        Path p12 = dir.resolve("voorzitter.p12");
        Keystores.createTestCertificate(p12, "Anna de Vries", PASSWORD, "anna", MinutesSamples.GENERATED_AT);
        SigningCredentials chair = Keystores.load(p12, PASSWORD, null, MinutesSamples.GENERATED_AT);
        MinutesContent content = MinutesSamples.withSigning(MinutesSamples.withIdentity(MinutesSamples.large(),
                MinutesSamples.identity(MinutesStatus.SIGNED)), new MinutesContent.Signing("Anna de Vries", true));
        byte[] pdf = new MinutesRenderer().render(content);
        signed = PadesSigner.sign(pdf, chair, MinutesSamples.GENERATED_AT, "Vastgesteld verslag", "Utrecht");
        Files.write(Path.of("target", "minutes-signed.pdf"), signed);
    }

    @Test
    void signedLongMinutesArePdfA2bCompliant() throws Exception {
        assertThat(VeraPdf.failures(VeraPdf.validate(signed))).isEmpty();
    }

    @Test
    void signedLongMinutesAreIntactAndOneChangedByteIsNot() {
        assertThat(SignatureVerifier.check(signed).verdict()).isEqualTo(SignatureCheck.Verdict.INTACT);
        byte[] tampered = signed.clone();
        tampered[signed.length / 4] ^= 0x01;
        assertThat(SignatureVerifier.check(tampered).verdict()).isEqualTo(SignatureCheck.Verdict.ALTERED);
    }

    @Test
    void popplerSaysTheSignatureIsValidAndCoversTheWholeDocument() throws Exception {
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        assumeTrue(Files.isExecutable(pdfsig), "poppler-utils is not installed");
        Path file = dir.resolve("verslag.pdf");
        Files.write(file, signed);
        Process process = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(report).contains("Signature is Valid.").contains("Total document signed");
    }
}
