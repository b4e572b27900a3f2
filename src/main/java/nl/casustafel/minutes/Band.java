package nl.casustafel.minutes;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A notice in a box: a fill, an optional stripe on the left and an optional border around padded text. Kept on
 * one page; only a notice taller than a whole page is continued on the next (between lines, box and all).
 */
final class Band implements Block {
    /** How the box looks. Null colours are not drawn. */
    record Look(Color fill, Color stripe, Color border, float padding) {
    }

    private static final float STRIPE = 3f;
    private static final float PARAGRAPH_GAP = 3f;

    private final List<Span> spans;
    private final Look look;
    private final float spaceBefore;
    private final float spaceAfter;
    private final boolean keepWithNext;

    Band(List<Span> spans, Look look, float spaceBefore, float spaceAfter) {
        this(spans, look, spaceBefore, spaceAfter, false);
    }

    /** With {@code keepWithNext}, the band moves to the next page when what follows does not fit beside it. */
    Band(List<Span> spans, Look look, float spaceBefore, float spaceAfter, boolean keepWithNext) {
        this.spans = List.copyOf(spans);
        this.look = look;
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
        this.keepWithNext = keepWithNext;
    }

    @Override
    public boolean keepWithNext() {
        return keepWithNext;
    }

    private float textLeftInset() {
        return look.padding() + (look.stripe() == null ? 0 : STRIPE);
    }

    /** The spans' lines, with a little space between paragraphs (an empty line of a small size). */
    private List<Line> lines(float width) {
        List<Line> lines = new ArrayList<>();
        for (Span span : spans) {
            if (!lines.isEmpty()) {
                lines.add(new Line("", span.style().withSize(PARAGRAPH_GAP / span.style().lineHeight()
                        * span.style().size())));
            }
            lines.addAll(Span.wrap(List.of(span), width - textLeftInset() - look.padding()));
        }
        return lines;
    }

    /** All of it: a band is only split when it is taller than a page. */
    @Override
    public float leadHeight(float width) {
        return spaceBefore + 2 * look.padding() + Span.height(lines(width)) + spaceAfter;
    }

    @Override
    public void place(PageFlow flow) throws IOException {
        flow.gap(spaceBefore);
        List<Line> lines = lines(flow.width());
        float whole = 2 * look.padding() + Span.height(lines);
        if (whole <= flow.geometry().frameHeight()) {
            flow.ensure(whole);
        }
        int next = 0;
        while (next < lines.size()) {
            flow.ensure(2 * look.padding() + lines.get(next).height());
            float room = flow.remaining() - 2 * look.padding();
            int end = next;
            float used = 0;
            while (end < lines.size() && (end == next || used + lines.get(end).height() <= room)) {
                used += lines.get(end).height();
                end++;
            }
            drawBox(flow, lines.subList(next, end), used);
            next = end;
        }
        flow.gap(spaceAfter);
    }

    private void drawBox(PageFlow flow, List<Line> lines, float textHeight) throws IOException {
        Painter painter = flow.painter();
        float height = textHeight + 2 * look.padding();
        float bottom = flow.y() - height;
        if (look.fill() != null) {
            painter.fill(look.fill(), flow.left(), bottom, flow.width(), height);
        }
        if (look.stripe() != null) {
            painter.fill(look.stripe(), flow.left(), bottom, STRIPE, height);
        }
        if (look.border() != null) {
            painter.frame(look.border(), 0.8f, flow.left() + 0.4f, bottom + 0.4f, flow.width() - 0.8f, height - 0.8f);
        }
        float top = flow.y() - look.padding();
        for (Line line : lines) {
            painter.lineAt(line, flow.left() + textLeftInset(), top);
            top -= line.height();
        }
        flow.advance(height);
    }
}
