package nl.casustafel.minutes;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table with relative column widths, an optional header row and body rows whose cells wrap. A row goes to the
 * next page whole when it does not fit, and the header row is repeated at the top of every page the table
 * continues on. A row taller than a page (or any row, with {@link Look#splitRows()}) is split between lines,
 * never through one. A group row spans all columns and stays with the row after it.
 */
final class Table implements Block {

    /** Text paragraphs in a cell; {@code bar} (0..1) draws a horizontal bar that long in the cell instead. */
    record Cell(List<Span> spans, Float bar) {
        Cell {
            spans = List.copyOf(spans);
        }

        static Cell text(String text, TextStyle style) {
            return new Cell(List.of(new Span(text, style)), null);
        }

        static Cell of(Span... spans) {
            return new Cell(List.of(spans), null);
        }

        /** A bar {@code fraction} (0..1) of the cell's width, one line of {@code style} high. */
        static Cell bar(float fraction, TextStyle style) {
            return new Cell(List.of(new Span("", style)), Math.max(0f, Math.min(1f, fraction)));
        }
    }

    /** One row: a cell per column, or a group row whose single cell spans the table. */
    record Row(List<Cell> cells, boolean group) {
        Row {
            cells = List.copyOf(cells);
        }

        static Row of(Cell... cells) {
            return new Row(List.of(cells), false);
        }

        static Row group(Cell cell) {
            return new Row(List.of(cell), true);
        }
    }

    /** How the table looks; null colours are not drawn. */
    record Look(Color headerFill, Color headerRule, Color rowRule, Color groupFill, Color barTrack, Color barFill,
                float padX, float padY, boolean splitRows) {
    }

    /** A row wrapped to the column widths. */
    private record LaidRow(List<List<Line>> cells, List<Float> bars, boolean group, float padY) {
        float height() {
            float tallest = 0;
            for (List<Line> lines : cells) {
                tallest = Math.max(tallest, Span.height(lines));
            }
            return tallest + 2 * padY;
        }

        /** Height of the first {@code n} lines of the tallest cell, padding included. */
        float firstLines(int n) {
            float tallest = 0;
            for (List<Line> lines : cells) {
                tallest = Math.max(tallest, Span.height(lines.subList(0, Math.min(n, lines.size()))));
            }
            return tallest + 2 * padY;
        }
    }

    private static final int MIN_SPLIT_LINES = 2;
    private static final float SLACK = 0.01f;

    private final Columns columns;
    private final List<Row> rows;
    private final Look look;
    private final float spaceBefore;
    private final float spaceAfter;

    /** A table whose columns are sized for its own rows. */
    Table(float[] fractions, List<Cell> header, List<Row> rows, Look look, float spaceBefore, float spaceAfter) {
        this(new Columns(fractions, header, rows), rows, look, spaceBefore, spaceAfter);
    }

    /** A table on shared columns (so that it lines up with the other tables on them). */
    Table(Columns columns, List<Row> rows, Look look, float spaceBefore, float spaceAfter) {
        for (Row row : rows) {
            if (!row.group() && row.cells().size() != columns.count()) {
                throw new IllegalArgumentException("row has " + row.cells().size() + " cells for "
                        + columns.count() + " columns");
            }
        }
        this.columns = columns;
        this.rows = List.copyOf(rows);
        this.look = look;
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
    }

    private float[] widths(float width) {
        return columns.widths(width, look.padX());
    }

    private LaidRow lay(List<Cell> cells, boolean group, float[] widths, float tableWidth) {
        List<List<Line>> laid = new ArrayList<>();
        List<Float> bars = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            float w = group ? tableWidth : widths[c];
            laid.add(Span.wrap(cells.get(c).spans(), w - 2 * look.padX()));
            bars.add(cells.get(c).bar());
        }
        return new LaidRow(laid, bars, group, look.padY());
    }

    private LaidRow header(float[] widths, float width) {
        return columns.header().isEmpty() ? null : lay(columns.header(), false, widths, width);
    }

    private List<LaidRow> body(float[] widths, float width) {
        List<LaidRow> laid = new ArrayList<>(rows.size());
        for (Row row : rows) {
            laid.add(lay(row.cells(), row.group(), widths, width));
        }
        return laid;
    }

    @Override
    public float leadHeight(float width) {
        float[] widths = widths(width);
        LaidRow head = header(widths, width);
        float headHeight = head == null ? 0 : head.height();
        List<LaidRow> body = body(widths, width);
        return spaceBefore + headHeight + (body.isEmpty() ? 0 : firstRowLead(body));
    }

    /**
     * What must fit below the header for the table to begin on this page: the first lines of the first row when
     * rows may split, otherwise the first two rows (a group row and its first member, or two rows of one
     * group), so that a header does not end a page with a single row under it.
     */
    private float firstRowLead(List<LaidRow> body) {
        LaidRow first = body.get(0);
        if (look.splitRows()) {
            return first.firstLines(MIN_SPLIT_LINES);
        }
        float height = first.height();
        if (body.size() > 1 && (first.group() || !body.get(1).group())) {
            height += body.get(1).height();
        }
        return height;
    }

    @Override
    public void place(PageFlow flow) throws IOException {
        float width = flow.width();
        float[] widths = widths(width);
        LaidRow head = header(widths, width);
        float headHeight = head == null ? 0 : head.height();
        List<LaidRow> body = body(widths, width);
        float freshRoom = flow.geometry().frameHeight() - headHeight;

        flow.gap(spaceBefore);
        flow.ensure(headHeight + (body.isEmpty() ? 0 : Math.min(firstRowLead(body), freshRoom)));
        drawHeader(flow, head, widths);
        for (int i = 0; i < body.size(); i++) {
            LaidRow row = body.get(i);
            float need = row.height() + (row.group() && i + 1 < body.size() ? body.get(i + 1).height() : 0);
            if (flow.fits(need)) {
                drawSlice(flow, row, widths, new int[row.cells().size()], ends(row));
                continue;
            }
            boolean startSplitHere = look.splitRows() && flow.fits(row.firstLines(MIN_SPLIT_LINES));
            if (need <= freshRoom && !startSplitHere) {
                continueOnNewPage(flow, head, widths);
                drawSlice(flow, row, widths, new int[row.cells().size()], ends(row));
            } else {
                drawSplit(flow, head, row, widths);
            }
        }
        flow.gap(spaceAfter);
    }

    private void continueOnNewPage(PageFlow flow, LaidRow head, float[] widths) throws IOException {
        flow.newPage();
        drawHeader(flow, head, widths);
    }

    private void drawHeader(PageFlow flow, LaidRow head, float[] widths) throws IOException {
        if (head == null) {
            return;
        }
        if (look.headerFill() != null) {
            flow.painter().fill(look.headerFill(), flow.left(), flow.y() - head.height(), flow.width(),
                    head.height());
        }
        drawCells(flow, head, widths, new int[head.cells().size()], ends(head), head.height());
        if (look.headerRule() != null) {
            flow.painter().horizontal(look.headerRule(), 0.6f, flow.left(), flow.left() + flow.width(),
                    flow.y() - head.height());
        }
        flow.advance(head.height());
    }

    /** Draws a row over as many pages as it needs, as many whole lines of each cell on a page as fit. */
    private void drawSplit(PageFlow flow, LaidRow head, LaidRow row, float[] widths) throws IOException {
        int[] from = new int[row.cells().size()];
        int[] all = ends(row);
        while (!Arrays.equals(from, all)) {
            float room = flow.remaining() - 2 * look.padY();
            int[] to = new int[from.length];
            boolean any = false;
            for (int c = 0; c < from.length; c++) {
                List<Line> lines = row.cells().get(c);
                float used = 0;
                int k = from[c];
                while (k < lines.size() && used + lines.get(k).height() <= room + SLACK) {
                    used += lines.get(k).height();
                    k++;
                }
                to[c] = k;
                any |= k > from[c];
            }
            if (!any) {
                if (flow.atPageTop()) {
                    throw new IllegalStateException("a line taller than the page");
                }
                continueOnNewPage(flow, head, widths);
                continue;
            }
            drawSlice(flow, row, widths, from, to);
            from = to;
            if (!Arrays.equals(from, all)) {
                continueOnNewPage(flow, head, widths);
            }
        }
    }

    private static int[] ends(LaidRow row) {
        int[] ends = new int[row.cells().size()];
        for (int c = 0; c < ends.length; c++) {
            ends[c] = row.cells().get(c).size();
        }
        return ends;
    }

    /** Draws lines {@code from[c]} to {@code to[c]} of every cell as one row on this page, ruled below. */
    private void drawSlice(PageFlow flow, LaidRow row, float[] widths, int[] from, int[] to) throws IOException {
        float tallest = 0;
        for (int c = 0; c < from.length; c++) {
            tallest = Math.max(tallest, Span.height(row.cells().get(c).subList(from[c], to[c])));
        }
        float height = tallest + 2 * look.padY();
        if (row.group() && look.groupFill() != null) {
            flow.painter().fill(look.groupFill(), flow.left(), flow.y() - height, flow.width(), height);
        }
        drawCells(flow, row, widths, from, to, height);
        if (look.rowRule() != null) {
            flow.painter().horizontal(look.rowRule(), 0.4f, flow.left(), flow.left() + flow.width(),
                    flow.y() - height);
        }
        flow.advance(height);
    }

    private void drawCells(PageFlow flow, LaidRow row, float[] widths, int[] from, int[] to, float height)
            throws IOException {
        Painter painter = flow.painter();
        float x = flow.left();
        for (int c = 0; c < row.cells().size(); c++) {
            float cellWidth = row.group() ? flow.width() : widths[c];
            float top = flow.y() - look.padY();
            List<Line> lines = row.cells().get(c);
            Float bar = row.bars().get(c);
            if (bar != null && from[c] == 0 && to[c] > 0) {
                drawBar(painter, lines.get(0), bar, x + look.padX(), top, cellWidth - 2 * look.padX());
            }
            for (int k = from[c]; k < to[c]; k++) {
                painter.lineAt(lines.get(k), x + look.padX(), top);
                top -= lines.get(k).height();
            }
            x += cellWidth;
        }
    }

    private void drawBar(Painter painter, Line line, float fraction, float x, float top, float width)
            throws IOException {
        float thickness = line.style().size() * 0.6f;
        float y = top - (line.height() + thickness) / 2;
        if (look.barTrack() != null) {
            painter.fill(look.barTrack(), x, y, width, thickness);
        }
        if (fraction > 0 && look.barFill() != null) {
            painter.fill(look.barFill(), x, y, width * fraction, thickness);
        }
    }
}
