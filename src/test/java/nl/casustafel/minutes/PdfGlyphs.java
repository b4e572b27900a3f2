package nl.casustafel.minutes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A rendered PDF read back for the layout tests: every glyph with its page and position (PDFBox's
 * {@link TextPosition}s, y measured from the top), grouped into visual lines, and the plain text per page.
 */
final class PdfGlyphs {

    /** One glyph: page (1-based), left x, baseline y from the top of the page, width, font size and name. */
    record Glyph(int page, float x, float baseline, float width, float height, float size, String font,
                 String text) {
        boolean bold() {
            return font.contains("Bold");
        }
    }

    /** The glyphs sharing a baseline on one page, left to right, as text (a space where there is a gap). */
    record TextLine(int page, float baseline, List<Glyph> glyphs, String text) {
        float maxSize() {
            return (float) glyphs.stream().mapToDouble(Glyph::size).max().orElse(0);
        }

        boolean allBold() {
            return glyphs.stream().filter(g -> !g.text().isBlank()).allMatch(Glyph::bold);
        }
    }

    private final List<Glyph> glyphs;
    private final List<String> pageTexts;
    private final String streamText;
    private final int pages;

    private PdfGlyphs(List<Glyph> glyphs, List<String> pageTexts, String streamText, int pages) {
        this.glyphs = glyphs;
        this.pageTexts = pageTexts;
        this.streamText = streamText;
        this.pages = pages;
    }

    /**
     * All text in the order it was drawn (not sorted by position), runs of white space as one space: a table
     * cell's lines come one after the other, so a wrapped cell reads as its text.
     */
    String streamText() {
        return streamText;
    }

    static PdfGlyphs read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper capture = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition p) {
                    super.processTextPosition(p);
                    // the text rendering matrix's vertical scale is the font size (getFontSizeInPt is rounded)
                    glyphs.add(new Glyph(getCurrentPageNo(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(),
                            p.getHeightDir(), p.getTextMatrix().getScalingFactorY(), p.getFont().getName(),
                            p.getUnicode()));
                }
            };
            String stream = capture.getText(doc);
            List<String> texts = new ArrayList<>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(doc));
            }
            return new PdfGlyphs(glyphs, texts, stream.replaceAll("\\s+", " "), doc.getNumberOfPages());
        }
    }

    int pages() {
        return pages;
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    /** PDFTextStripper's text of page {@code page} (1-based), sorted by position. */
    String pageText(int page) {
        return pageTexts.get(page - 1);
    }

    String allText() {
        return String.join("\n", pageTexts);
    }

    /** The visual lines of every page, top to bottom. */
    List<TextLine> lines() {
        return lines(g -> true);
    }

    /** The visual lines made of the glyphs {@code keep} accepts, page by page, top to bottom. */
    List<TextLine> lines(Predicate<Glyph> keep) {
        Map<Integer, TreeMap<Integer, List<Glyph>>> byPage = new TreeMap<>();
        for (Glyph g : glyphs) {
            if (keep.test(g)) {
                byPage.computeIfAbsent(g.page(), p -> new TreeMap<>())
                        .computeIfAbsent(Math.round(g.baseline() * 2), b -> new ArrayList<>()).add(g);
            }
        }
        List<TextLine> lines = new ArrayList<>();
        byPage.forEach((page, rows) -> rows.forEach((key, row) -> {
            row.sort(Comparator.comparingDouble(Glyph::x));
            StringBuilder text = new StringBuilder();
            float end = Float.NaN;
            for (Glyph g : row) {
                if (!Float.isNaN(end) && g.x() - end > g.size() * 0.2f && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                text.append(g.text());
                end = g.x() + g.width();
            }
            lines.add(new TextLine(page, key / 2f, row, text.toString().strip()));
        }));
        return lines;
    }

    /** All text of the glyphs {@code keep} accepts in reading order, whitespace removed. */
    String compact(Predicate<Glyph> keep) {
        StringBuilder b = new StringBuilder();
        for (TextLine line : lines(keep)) {
            b.append(line.text());
        }
        return b.toString().replaceAll("\\s+", "");
    }
}
