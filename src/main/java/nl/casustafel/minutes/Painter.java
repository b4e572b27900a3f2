package nl.casustafel.minutes;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The few drawing operations the layout uses, on one page's content stream. Colours are DeviceRGB (sRGB). */
final class Painter {
    private final PDPageContentStream content;

    Painter(PDPageContentStream content) {
        this.content = content;
    }

    /** Draws one line of cleaned text with its baseline at {@code baseline}. */
    void text(Line line, float x, float baseline) throws IOException {
        if (line.text().isEmpty()) {
            return;
        }
        TextStyle style = line.style();
        content.beginText();
        content.setFont(style.face().font(), style.size());
        content.setNonStrokingColor(style.color());
        content.newLineAtOffset(x, baseline);
        content.showText(line.text());
        content.endText();
    }

    /** Draws {@code line} in a line box whose top is {@code top}. */
    void lineAt(Line line, float x, float top) throws IOException {
        text(line, x, top - line.style().baselineOffset());
    }

    void fill(Color color, float x, float y, float width, float height) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, y, width, height);
        content.fill();
    }

    void horizontal(Color color, float thickness, float x1, float x2, float y) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(thickness);
        content.moveTo(x1, y);
        content.lineTo(x2, y);
        content.stroke();
    }

    void frame(Color color, float thickness, float x, float y, float width, float height) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(thickness);
        content.addRect(x, y, width, height);
        content.stroke();
    }
}
