package nl.casustafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.results.ValidationResult;

/** The PDF/A-2b groundwork of the minutes, checked by veraPDF inside the test suite. */
class PdfATest {
    private static final String DUTCH = "Casusoverleg \u2013 Gezin \u00c7elik, Zo\u00eb en Ren\u00e9e \u2013 boete \u20ac 250";

    static byte[] page() throws Exception {
        try (PDDocument doc = PdfA.newDocument("Verslag casusoverleg", Instant.parse("2026-11-24T12:00:00Z"))) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(PdfA.bold(doc), 14);
                text.newLineAtOffset(56, 780);
                text.showText(DUTCH);
                text.setFont(PdfA.regular(doc), 10);
                text.newLineAtOffset(0, -20);
                text.showText("Vertrouwelijk \u2013 alleen voor deelnemers aan het casusoverleg");
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPageWithDutchDiacriticsAndTheEuroSignIsPdfA2bCompliant() throws Exception {
        byte[] pdf = page();
        // Kept for a look with ../shared/tools/check-pdf.sh.
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdfa-sample.pdf"), pdf);

        ValidationResult result = VeraPdf.validate(pdf);

        assertThat(VeraPdf.failures(result)).isEmpty();
        assertThat(result.isCompliant()).isTrue();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(read)).contains(DUTCH);
        }
    }

    @Test
    void withoutTheOutputIntentVeraPdfRejectsTheFile() throws Exception {
        byte[] pdf;
        try (PDDocument doc = PdfA.newDocument("Verslag", Instant.parse("2026-11-24T12:00:00Z"))) {
            doc.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.OUTPUT_INTENTS);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(PdfA.regular(doc), 10);
                text.newLineAtOffset(56, 780);
                text.showText("Verslag");
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertThat(VeraPdf.validate(pdf).isCompliant()).isFalse();
    }
}
