package nl.casustafel.minutes;

/** One laid-out line of cleaned text in its style: what a block draws at a y position. */
record Line(String text, TextStyle style) {
    float height() {
        return style.lineHeight();
    }
}
