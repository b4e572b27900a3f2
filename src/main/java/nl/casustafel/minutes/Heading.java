package nl.casustafel.minutes;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * A heading, never split and never the last thing on a page: {@link PageFlow#place} moves it to the next page
 * together with the beginning of what follows. Optionally ruled underneath.
 */
final class Heading implements Block {
    private static final float RULE_GAP = 2.5f;

    private final String text;
    private final TextStyle style;
    private final float spaceBefore;
    private final float spaceAfter;
    private final Color rule;

    Heading(String text, TextStyle style, float spaceBefore, float spaceAfter, Color rule) {
        this.text = text;
        this.style = style;
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
        this.rule = rule;
    }

    @Override
    public boolean keepWithNext() {
        return true;
    }

    @Override
    public float leadHeight(float width) {
        return spaceBefore + height(lines(width));
    }

    private List<Line> lines(float width) {
        return Span.wrap(List.of(new Span(text, style)), width);
    }

    private float height(List<Line> lines) {
        return Span.height(lines) + (rule == null ? 0 : RULE_GAP) + spaceAfter;
    }

    @Override
    public void place(PageFlow flow) throws IOException {
        flow.gap(spaceBefore);
        List<Line> lines = lines(flow.width());
        flow.ensure(height(lines));
        for (Line line : lines) {
            flow.painter().lineAt(line, flow.left(), flow.y());
            flow.advance(line.height());
        }
        if (rule != null) {
            flow.painter().horizontal(rule, 0.6f, flow.left(), flow.left() + flow.width(), flow.y() - 0.5f);
            flow.advance(RULE_GAP);
        }
        flow.gap(spaceAfter);
    }
}
