package nl.casustafel.domain.measure;

import java.util.List;
import java.util.Map;
import nl.casustafel.domain.household.PersonRole;

/**
 * Persons x categories of one household: each cell lists the measures concerning that person in that category;
 * the last row (personId null) holds measures for the household as a whole. Gaps mark what should be there and is
 * not (a suspect without any measure; a child without a child-protection measure while an RvdK request is pending).
 */
public record MeasureMatrix(List<Row> rows) {

    public MeasureMatrix {
        rows = List.copyOf(rows);
    }

    public record Row(Long personId, String label, PersonRole role, Map<MeasureCategory, List<Measure>> cells,
                      List<Gap> gaps) {
        public Row {
            cells = Map.copyOf(cells);
            gaps = List.copyOf(gaps);
        }
    }

    /** A gap in one cell ({@code category} set) or the whole row ({@code category} null). */
    public record Gap(MeasureCategory category, GapKind kind) {
    }

    public enum GapKind {
        SUSPECT_WITHOUT_MEASURE, CHILD_WITHOUT_PROTECTION_WHILE_REQUEST_PENDING
    }
}
