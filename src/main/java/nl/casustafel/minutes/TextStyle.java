package nl.casustafel.minutes;

import java.awt.Color;

/**
 * A font at a size in a colour, with the line box the layout gives it: {@link #lineHeight()} from line top to
 * line top, the baseline {@link #baselineOffset()} below the line's top, the glyphs centred in the line box.
 */
record TextStyle(Typeface face, float size, Color color) {
    private static final float LEADING = 1.3f;

    TextStyle {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive");
        }
    }

    float lineHeight() {
        return size * LEADING;
    }

    /** Distance from the top of the line box down to the baseline. */
    float baselineOffset() {
        float glyphs = (face.ascent() + face.descent()) * size;
        return (lineHeight() - glyphs) / 2 + face.ascent() * size;
    }

    /** Width of cleaned text on one line. */
    float width(String cleanText) {
        return face.width(cleanText, size);
    }

    TextStyle withColor(Color other) {
        return new TextStyle(face, size, other);
    }

    TextStyle withSize(float other) {
        return new TextStyle(face, other, color);
    }
}
