package nl.casustafel.minutes;

import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * What every page carries, stamped in a second pass once the number of pages is known: the confidentiality
 * marking (and the status when it is a concept) in the header band; version, document identifier, generation
 * time, recipient and "page x of y" in the footer band. Texts that would not fit are made smaller (the
 * marking) or shortened with an ellipsis (the rest), never drawn beyond the margins.
 */
final class RunningMarks {
    private static final float MIN_MARKING_SIZE = 5.5f;
    private static final float GUTTER = 12;

    /** The texts; {@code status} and {@code recipient} may be null. */
    record Texts(String marking, String status, String identity, String generated, String recipient,
                 BiFunction<Integer, Integer, String> pageLabel) {
    }

    private final PageGeometry geometry;
    private final MinutesTheme theme;
    private final Texts texts;

    RunningMarks(PageGeometry geometry, MinutesTheme theme, Texts texts) {
        this.geometry = geometry;
        this.theme = theme;
        this.texts = texts;
    }

    void stamp(PDDocument doc, List<PDPage> pages) throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream content = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                Painter painter = new Painter(content);
                header(painter);
                footer(painter, texts.pageLabel().apply(i + 1, pages.size()));
            }
        }
    }

    private void header(Painter painter) throws IOException {
        float left = geometry.left();
        float right = geometry.right();
        float markingRoom = geometry.frameWidth();
        if (texts.status() != null) {
            Line status = line(texts.status(), theme.markBold.withColor(MinutesTheme.INK), geometry.frameWidth() / 3);
            float w = status.style().width(status.text());
            painter.text(status, right - w, geometry.headerBaseline());
            markingRoom -= w + GUTTER;
        }
        TextStyle style = theme.markBold;
        String marking = theme.bold.cleanLine(texts.marking());
        while (style.width(marking) > markingRoom && style.size() > MIN_MARKING_SIZE) {
            style = style.withSize(style.size() - 0.25f);
        }
        painter.text(new Line(LineWrapper.truncate(marking, style, markingRoom), style), left,
                geometry.headerBaseline());
        painter.horizontal(MinutesTheme.RULE_STRONG, 0.5f, left, right, geometry.headerRule());
    }

    private void footer(Painter painter, String pageLabel) throws IOException {
        float left = geometry.left();
        float right = geometry.right();
        painter.horizontal(MinutesTheme.RULE, 0.5f, left, right, geometry.footerRule());

        Line page = line(pageLabel, theme.markBold.withColor(MinutesTheme.INK), geometry.frameWidth() / 3);
        float pageWidth = page.style().width(page.text());
        painter.text(page, right - pageWidth, geometry.footerBaseline());
        float room = geometry.frameWidth() - pageWidth - GUTTER;
        painter.text(line(texts.identity(), theme.mark, room), left, geometry.footerBaseline());

        float recipientWidth = 0;
        if (texts.recipient() != null) {
            Line recipient = line(texts.recipient(), theme.mark, geometry.frameWidth() / 2);
            recipientWidth = recipient.style().width(recipient.text());
            painter.text(recipient, right - recipientWidth, geometry.footerSecondBaseline());
        }
        painter.text(line(texts.generated(), theme.mark, geometry.frameWidth() - recipientWidth - GUTTER), left,
                geometry.footerSecondBaseline());
    }

    private static Line line(String raw, TextStyle style, float room) {
        return new Line(LineWrapper.truncate(style.face().cleanLine(raw), style, room), style);
    }
}
