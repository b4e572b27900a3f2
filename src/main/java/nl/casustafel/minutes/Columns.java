package nl.casustafel.minutes;

import java.util.List;
import nl.casustafel.minutes.Table.Cell;
import nl.casustafel.minutes.Table.Row;

/**
 * The columns of a table: relative widths, the header row (may be empty) and the longest word of each column
 * over the rows it is sized for. Tables built on one {@code Columns} line up with each other.
 */
final class Columns {
    /** The most of the table's width one column may claim to keep its longest word whole. */
    private static final float MAX_WORD_SHARE = 0.4f;

    private final float[] fractions;
    private final List<Cell> header;
    private final float[] longestHeaderWord;
    private final float[] longestWord;

    /** Columns sized so that the words of {@code header} and of the cells of {@code rows} fit. */
    Columns(float[] fractions, List<Cell> header, List<Row> rows) {
        float sum = 0;
        for (float f : fractions) {
            sum += f;
        }
        this.fractions = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            this.fractions[i] = fractions[i] / sum;
        }
        this.header = header == null ? List.of() : List.copyOf(header);
        if (!this.header.isEmpty() && this.header.size() != fractions.length) {
            throw new IllegalArgumentException("header has " + this.header.size() + " cells for "
                    + fractions.length + " columns");
        }
        this.longestHeaderWord = new float[fractions.length];
        this.longestWord = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            longestHeaderWord[i] = this.header.isEmpty() ? 0 : longestWord(this.header.get(i));
            longestWord[i] = longestHeaderWord[i];
        }
        for (Row row : rows) {
            if (row.group()) {
                continue;
            }
            if (row.cells().size() != fractions.length) {
                throw new IllegalArgumentException("row has " + row.cells().size() + " cells for "
                        + fractions.length + " columns");
            }
            for (int i = 0; i < fractions.length; i++) {
                longestWord[i] = Math.max(longestWord[i], longestWord(row.cells().get(i)));
            }
        }
    }

    int count() {
        return fractions.length;
    }

    List<Cell> header() {
        return header;
    }

    /**
     * The column widths for a table {@code width} wide: the fractions, except that a column is widened until
     * its longest word fits beside the cell padding (up to {@link #MAX_WORD_SHARE} of the table), so that words
     * are not broken between characters while other columns have room to spare. The header's words come first:
     * when not every word can fit, the cells' longest words are the ones broken.
     */
    float[] widths(float width, float padX) {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = fractions[i] * width;
        }
        stretch(widths, minimum(longestHeaderWord, width, padX));
        stretch(widths, minimum(longestWord, width, padX));
        return widths;
    }

    private static float[] minimum(float[] words, float width, float padX) {
        float[] minimum = new float[words.length];
        for (int i = 0; i < words.length; i++) {
            minimum[i] = Math.min(words[i] + 2 * padX + 0.5f, MAX_WORD_SHARE * width);
        }
        return minimum;
    }

    /**
     * Raises the columns below their minimum, as far as the others can spare, taking the room from the others
     * in proportion to what they have above their own minimum (so no column drops below its minimum).
     */
    private static void stretch(float[] widths, float[] minimum) {
        float deficit = 0;
        float spare = 0;
        for (int i = 0; i < widths.length; i++) {
            deficit += Math.max(0, minimum[i] - widths[i]);
            spare += Math.max(0, widths[i] - minimum[i]);
        }
        if (deficit <= 0 || spare <= 0) {
            return;
        }
        float take = Math.min(1, deficit / spare);
        float give = Math.min(1, spare / deficit);
        for (int i = 0; i < widths.length; i++) {
            widths[i] = widths[i] < minimum[i] ? widths[i] + (minimum[i] - widths[i]) * give
                    : widths[i] - (widths[i] - minimum[i]) * take;
        }
    }

    private static float longestWord(Cell cell) {
        float longest = 0;
        for (Span span : cell.spans()) {
            for (String word : span.style().face().cleanLine(span.text()).split(" +")) {
                longest = Math.max(longest, span.style().width(word));
            }
        }
        return longest;
    }
}
