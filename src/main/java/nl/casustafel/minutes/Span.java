package nl.casustafel.minutes;

import java.util.ArrayList;
import java.util.List;

/** A paragraph of raw (uncleaned) text in one style, before wrapping; newlines in the text are kept. */
record Span(String text, TextStyle style) {

    /** The spans wrapped to {@code width}, one after the other. */
    static List<Line> wrap(List<Span> spans, float width) {
        List<Line> lines = new ArrayList<>();
        for (Span span : spans) {
            for (String text : LineWrapper.wrap(span.style().face().clean(span.text()), span.style(), width)) {
                lines.add(new Line(text, span.style()));
            }
        }
        return lines;
    }

    static float height(List<Line> lines) {
        float h = 0;
        for (Line line : lines) {
            h += line.height();
        }
        return h;
    }
}
