package nl.casustafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import nl.casustafel.domain.common.DomainException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PAdES B-B signing of PDF/A documents, checked cryptographically, by veraPDF and by poppler's pdfsig. */
class PadesSignerTest {
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final char[] PASSWORD = "geheim wachtwoord".toCharArray();

    @TempDir
    static Path dir;
    private static Path keystore;
    private static byte[] signed;

    @BeforeAll
    static void signOnce() throws Exception {
        keystore = dir.resolve("voorzitter.p12");
        Keystores.createTestCertificate(keystore, "Anna de Vries-\u00c7elik", PASSWORD, "voorzitter", NOW);
        SigningCredentials credentials = Keystores.load(keystore, PASSWORD, null, NOW.plusSeconds(60));
        signed = PadesSigner.sign(PdfATest.page(), credentials, NOW.plusSeconds(60), "Vastgesteld verslag",
                "Utrecht");
        Files.write(Path.of("target", "signed-sample.pdf"), signed);
    }

    @Test
    void aSignedDocumentIsIntactAndNamesItsSignerAndTime() {
        SignatureCheck check = SignatureVerifier.check(signed);

        assertThat(check.verdict()).isEqualTo(SignatureCheck.Verdict.INTACT);
        assertThat(check.signerName()).isEqualTo("Anna de Vries-\u00c7elik");
        assertThat(check.signedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(check.testCertificate()).isTrue();
        assertThat(check.wholeDocumentSigned()).isTrue();
        assertThat(check.sha256()).hasSize(64).isEqualTo(SignatureVerifier.sha256(signed));
        assertThat(check.selfSigned()).isTrue();
        assertThat(check.certificateIssuer()).contains("Casustafel proefcertificaat");
        assertThat(check.certificateSha256()).hasSize(64);
    }

    @Test
    void theSignatureIsPadesBaselineWithSigningCertificateV2AndNoCmsSigningTime() throws Exception {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(signed))) {
                info = ContentInfo.getInstance(in.readObject());
            }
            SignerInformation signer = new CMSSignedData(info).getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                    .isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
        }
    }

    @Test
    void aSignedPdfAStaysCompliant() throws Exception {
        assertThat(VeraPdf.validate(signed).isCompliant()).isTrue();
    }

    @Test
    void oneChangedByteInTheSignedContentIsReportedAsAltered() {
        byte[] tampered = flipOneByte(signed);

        assertThat(SignatureVerifier.check(tampered).verdict()).isEqualTo(SignatureCheck.Verdict.ALTERED);
    }

    @Test
    void aChangedByteAnywhereInTheFileIsFound() {
        // Positions over the whole file (the signature's zero padding included), each changed on its own.
        for (int at = 0; at < signed.length; at += signed.length / 97) {
            byte[] tampered = signed.clone();
            tampered[at] = (byte) (tampered[at] ^ 0x01);
            SignatureCheck check = SignatureVerifier.check(tampered);
            assertThat(check.verdict()).as("byte %d", at).isNotEqualTo(SignatureCheck.Verdict.INTACT);
        }
    }

    @Test
    void contentAddedAfterSigningIsReported() throws Exception {
        byte[] updated;
        try (PDDocument doc = Loader.loadPDF(signed)) {
            doc.getDocumentInformation().setSubject("later toegevoegd");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            updated = out.toByteArray();
        }

        SignatureCheck check = SignatureVerifier.check(updated);

        assertThat(check.verdict()).isEqualTo(SignatureCheck.Verdict.CHANGED_AFTER_SIGNING);
        assertThat(check.intact()).isFalse();
    }

    @Test
    void theSameSignatureBytesSpelledInLowerCaseHexAreAnAlteredFile() throws Exception {
        int[] range;
        try (PDDocument doc = Loader.loadPDF(signed)) {
            range = doc.getLastSignatureDictionary().getByteRange();
        }
        byte[] tampered = signed.clone();
        int at = range[1] + 1;
        while (!(tampered[at] >= 'A' && tampered[at] <= 'F')) {
            at++;
        }
        tampered[at] = (byte) Character.toLowerCase(tampered[at]);

        assertThat(SignatureVerifier.check(tampered).verdict()).isEqualTo(SignatureCheck.Verdict.ALTERED);
    }

    @Test
    void aDocumentChangedAndSignedAgainBySomeoneElseIsNotIntact() throws Exception {
        Path other = dir.resolve("ander.p12");
        Keystores.createCertificate(other, "Anna de Vries-\u00c7elik", PASSWORD, "x", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(300)), new KeyUsage(KeyUsage.digitalSignature), "Elders");
        byte[] changed;
        try (PDDocument doc = Loader.loadPDF(signed)) {
            doc.getDocumentInformation().setSubject("achteraf gewijzigd");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            changed = out.toByteArray();
        }
        byte[] resigned = PadesSigner.sign(changed, Keystores.load(other, PASSWORD, null, NOW), NOW, "x", "y");

        SignatureCheck check = SignatureVerifier.check(resigned);

        assertThat(check.verdict()).isEqualTo(SignatureCheck.Verdict.CHANGED_AFTER_SIGNING);
        assertThat(check.testCertificate()).as("the first signer is reported").isTrue();
    }

    @Test
    void unsignedAndUnreadableFilesAreToldApart() throws Exception {
        assertThat(SignatureVerifier.check(PdfATest.page()).verdict()).isEqualTo(SignatureCheck.Verdict.UNSIGNED);
        assertThat(SignatureVerifier.check("geen pdf".getBytes(StandardCharsets.UTF_8)).verdict())
                .isEqualTo(SignatureCheck.Verdict.UNREADABLE);
    }

    @Test
    void popplerReportsTheSignatureValidAndTheWholeDocumentSigned() throws Exception {
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        assumeTrue(Files.isExecutable(pdfsig), "poppler-utils is not installed");
        Path file = dir.resolve("signed.pdf");
        Files.write(file, signed);

        String report = run(pdfsig.toString(), file.toString());

        assertThat(report).contains("Signature is Valid.").contains("Total document signed")
                .contains("ETSI.CAdES.detached");
        Files.write(file, flipOneByte(signed));
        assertThat(run(pdfsig.toString(), file.toString())).doesNotContain("Signature is Valid.");
    }

    @Test
    void aWrongKeystorePasswordIsAClearMessage() {
        assertThatThrownBy(() -> Keystores.load(keystore, "fout".toCharArray(), null, NOW))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.keystore.password");
    }

    @Test
    void anExpiredCertificateIsRefused() {
        Path file = dir.resolve("verlopen.p12");
        Keystores.createCertificate(file, "Verlopen", PASSWORD, "a", NOW.minus(Duration.ofDays(400)),
                NOW.minus(Duration.ofDays(35)), new KeyUsage(KeyUsage.digitalSignature), null);

        assertThatThrownBy(() -> Keystores.load(file, PASSWORD, null, NOW))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.certificate.expired");
    }

    @Test
    void aCertificateWithoutASigningKeyUsageIsRefused() {
        Path file = dir.resolve("versleutelen.p12");
        Keystores.createCertificate(file, "Alleen versleutelen", PASSWORD, "a", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(300)), new KeyUsage(KeyUsage.keyEncipherment), null);

        assertThatThrownBy(() -> Keystores.load(file, PASSWORD, null, NOW))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.certificate.keyUsage");
    }

    @Test
    void anOrganisationCertificateIsNotATestCertificateAndAnUnknownAliasIsNamed() {
        Path file = dir.resolve("organisatie.p12");
        Keystores.createCertificate(file, "Jan van den Berg", PASSWORD, "jan", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(300)), new KeyUsage(KeyUsage.nonRepudiation), "Politie Midden-Nederland");

        assertThat(Keystores.load(file, PASSWORD, "jan", NOW).testCertificate()).isFalse();
        assertThatThrownBy(() -> Keystores.load(file, PASSWORD, "piet", NOW))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.keystore.alias");
        assertThatThrownBy(() -> Keystores.load(dir.resolve("bestaat-niet.p12"), PASSWORD, null, NOW))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.keystore.missing");
    }

    @Test
    void aTestCertificateThatCannotBeWrittenLeavesNothingBehind() throws IOException {
        // The target is a folder that holds a file: the move fails even for an administrator.
        Path folder = Files.createDirectory(dir.resolve("map"));
        Files.writeString(folder.resolve("iets.txt"), "blijft");

        assertThatThrownBy(() -> Keystores.createTestCertificate(folder, "X", PASSWORD, "x", NOW))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.keystore.create");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(Files.readString(folder.resolve("iets.txt"))).isEqualTo("blijft");
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    /** One byte in the first signed part (the document's first objects) changed. */
    static byte[] flipOneByte(byte[] pdf) {
        byte[] tampered = pdf.clone();
        int at = 1500;
        tampered[at] = (byte) (tampered[at] ^ 0x20);
        return tampered;
    }
}
