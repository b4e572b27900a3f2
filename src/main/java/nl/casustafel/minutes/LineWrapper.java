package nl.casustafel.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks cleaned text into lines no wider than a width: at spaces between words, every {@code \n} starts a new
 * line (an empty paragraph is an empty line), and a word wider than the whole line is broken between characters.
 * Runs of spaces count as one.
 */
final class LineWrapper {
    /** Rounding slack: a line may be this much wider than asked (far below what an eye or a glyph test sees). */
    private static final float SLACK = 0.01f;
    private static final String ELLIPSIS = "\u2026";

    private LineWrapper() {
    }

    /** The lines of {@code cleanText} (see {@link Typeface#clean}); at least one, possibly empty, line. */
    static List<String> wrap(String cleanText, TextStyle style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : cleanText.split("\n", -1)) {
            wrapParagraph(paragraph, style, width, lines);
        }
        return lines;
    }

    /** One line: the text as it is when it fits, otherwise cut and ended with an ellipsis. */
    static String truncate(String cleanLine, TextStyle style, float width) {
        if (style.width(cleanLine) <= width + SLACK) {
            return cleanLine;
        }
        float room = width - style.width(ELLIPSIS);
        StringBuilder b = new StringBuilder();
        float used = 0;
        for (int cp : cleanLine.codePoints().toArray()) {
            float w = style.width(new String(Character.toChars(cp)));
            if (used + w > room) {
                break;
            }
            b.appendCodePoint(cp);
            used += w;
        }
        return b.toString().stripTrailing() + ELLIPSIS;
    }

    private static void wrapParagraph(String paragraph, TextStyle style, float width, List<String> lines) {
        if (paragraph.isBlank()) {
            lines.add("");
            return;
        }
        float space = style.width(" ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.strip().split(" +")) {
            float w = style.width(word);
            if (line.length() > 0 && lineWidth + space + w <= width + SLACK) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (w <= width + SLACK) {
                line.append(word);
                lineWidth = w;
            } else {
                lineWidth = breakWord(word, style, width, lines, line);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
    }

    /**
     * Adds the full-width pieces of an over-long word to {@code lines} and leaves its last piece in {@code rest}
     * (so the next word may follow it on the same line); returns the rest's width.
     */
    private static float breakWord(String word, TextStyle style, float width, List<String> lines, StringBuilder rest) {
        float used = 0;
        for (int cp : word.codePoints().toArray()) {
            String glyph = new String(Character.toChars(cp));
            float w = style.width(glyph);
            if (rest.length() > 0 && used + w > width + SLACK) {
                lines.add(rest.toString());
                rest.setLength(0);
                used = 0;
            }
            rest.append(glyph);
            used += w;
        }
        return used;
    }
}
