package nl.casustafel.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** INTERIM (replaced by the layout renderer in this change): the content as plain lines on PDF/A pages. */
public final class MinutesRenderer {
    private final Locale locale;

    public MinutesRenderer(Locale locale) {
        this.locale = locale;
    }

    public byte[] render(MinutesContent content) {
        List<String> lines = new ArrayList<>();
        lines.add("Verslag " + content.header().type() + " " + content.header().startsAt().toLocalDate());
        lines.add("Status " + content.identity().status() + " versie " + content.identity().version());
        if (content.identity().recipientName() != null) {
            lines.add("Versie voor " + content.identity().recipientName());
        }
        for (MinutesContent.HouseholdSection h : content.households()) {
            lines.add(h.householdName());
            for (MinutesContent.MeasureLine m : h.agreed()) {
                lines.add("  " + m.type() + " " + m.ownerPartnerName() + " " + m.deadline());
            }
        }
        if (content.signing() != null) {
            lines.add("Digitaal ondertekend door " + content.signing().signerName()
                    + (content.signing().testCertificate() ? " (proefcertificaat)" : ""));
        }
        try (PDDocument doc = PdfA.newDocument("Verslag", content.identity().generatedAt())) {
            PDType0Font font = PdfA.regular(doc);
            int i = 0;
            while (i < lines.size()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(font, 10);
                    s.newLineAtOffset(56, 780);
                    for (int n = 0; n < 60 && i < lines.size(); n++, i++) {
                        s.showText(lines.get(i));
                        s.newLineAtOffset(0, -12);
                    }
                    s.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
