package nl.casustafel.minutes;

import java.io.IOException;
import java.util.List;

/**
 * Wrapped text in one or more styles (spans) that may continue on the next page between any two lines; it does
 * not begin with a single line at the bottom of a page when it has more.
 */
final class TextBlock implements Block {
    private static final int MIN_LINES_ON_PAGE = 2;

    private final List<Span> spans;
    private final float indent;
    private final float spaceBefore;
    private final float spaceAfter;

    TextBlock(List<Span> spans, float indent, float spaceBefore, float spaceAfter) {
        this.spans = List.copyOf(spans);
        this.indent = indent;
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
    }

    static TextBlock of(String text, TextStyle style, float spaceBefore, float spaceAfter) {
        return new TextBlock(List.of(new Span(text, style)), 0, spaceBefore, spaceAfter);
    }

    @Override
    public float leadHeight(float width) {
        List<Line> lines = Span.wrap(spans, width - indent);
        return spaceBefore + Span.height(lines.subList(0, Math.min(MIN_LINES_ON_PAGE, lines.size())));
    }

    @Override
    public void place(PageFlow flow) throws IOException {
        flow.gap(spaceBefore);
        List<Line> lines = Span.wrap(spans, flow.width() - indent);
        flow.ensure(Span.height(lines.subList(0, Math.min(MIN_LINES_ON_PAGE, lines.size()))));
        for (Line line : lines) {
            flow.ensure(line.height());
            flow.painter().lineAt(line, flow.left() + indent, flow.y());
            flow.advance(line.height());
        }
        flow.gap(spaceAfter);
    }
}
