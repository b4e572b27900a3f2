package nl.casustafel.minutes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One embedded font with what the layout needs of it: text it can draw (characters without a glyph, control
 * characters and tabs replaced, so that user text never makes the PDF writer fail) and the width of such text.
 * Widths are additive (PDFBox does not kern), which the line wrapper relies on.
 */
final class Typeface {
    /** Shown instead of a character the font has no glyph for. */
    private static final int PREFERRED_REPLACEMENT = '\uFFFD';

    private final PDFont font;
    private final Map<Integer, Boolean> coverage = new HashMap<>();
    private final String replacement;
    private final float ascent;
    private final float descent;

    Typeface(PDFont font) {
        this.font = font;
        this.replacement = canDraw(PREFERRED_REPLACEMENT) ? new String(Character.toChars(PREFERRED_REPLACEMENT)) : "?";
        float a = font.getFontDescriptor() == null ? 0 : font.getFontDescriptor().getAscent();
        float d = font.getFontDescriptor() == null ? 0 : font.getFontDescriptor().getDescent();
        this.ascent = a > 0 ? a / 1000f : 0.93f;
        this.descent = d < 0 ? -d / 1000f : 0.24f;
    }

    PDFont font() {
        return font;
    }

    /** Height above the baseline, per point of font size. */
    float ascent() {
        return ascent;
    }

    /** Depth below the baseline (positive), per point of font size. */
    float descent() {
        return descent;
    }

    /**
     * Text this font can draw: composed (NFC, so "e" + combining acute becomes "é"), line ends as {@code \n},
     * tabs and other control or invisible format characters as a space or removed, and characters without a
     * glyph as a replacement character. Keeps {@code \n}; null becomes the empty string.
     */
    String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String composed = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\u2028' || cp == '\u2029') {
                b.append('\n');
            } else if ((cp == '\u00A0' || cp == '\u202F') && canDraw(cp)) {
                b.appendCodePoint(cp); // no-break spaces keep their words together
            } else if (cp == '\t' || Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
                b.append(' ');
            } else if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE) {
                // invisible: nothing to draw (zero-width joiners, soft hyphens, stray surrogate halves)
                return;
            } else if (canDraw(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append(replacement);
            }
        });
        return b.toString();
    }

    /** {@link #clean(String)} on one line: line ends become spaces. */
    String cleanLine(String text) {
        return clean(text).replace('\n', ' ');
    }

    /** Width in points of already cleaned text without line ends at {@code size}. */
    float width(String cleanText, float size) {
        if (cleanText.isEmpty()) {
            return 0;
        }
        try {
            return font.getStringWidth(cleanText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean canDraw(int codePoint) {
        return coverage.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
