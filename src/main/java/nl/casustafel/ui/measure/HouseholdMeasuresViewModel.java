package nl.casustafel.ui.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.measure.Measure;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureMatrix;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.service.household.Member;
import nl.casustafel.service.measure.MeasureRow;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The measures of one household: the persons x categories matrix with its gaps, the list of measures, the
 * editor for new and changed measures and the follow-up (done, not done for either reason, extend by the legal
 * clock). After every change {@code onChanged} runs: the household view reloads the dossier, so that its signals
 * (overdue measures, clocks running out) are current, and with it these measures.
 */
public final class HouseholdMeasuresViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HouseholdMeasuresViewModel.class);

    /** The matrix in words: one row per member and a last row for the household as a whole. */
    public record Matrix(List<MatrixRow> rows) {
        public Matrix {
            rows = List.copyOf(rows);
        }
    }

    /** {@code gap} is the row's own gap text (empty when none); cells are keyed by category. */
    public record MatrixRow(Long personId, String label, PersonRole role, String roleLabel,
                            Map<MeasureCategory, Cell> cells, String gap) {
        public MatrixRow {
            cells = Map.copyOf(cells);
        }
    }

    /** The measures in one cell and the gap text of the cell (empty when none). */
    public record Cell(List<Entry> entries, String gap) {
        public Cell {
            entries = List.copyOf(entries);
        }
    }

    /** One measure in a cell: short type, then owner, status and end date. */
    public record Entry(long measureId, String title, String details, String tooltip, boolean overdue,
                        boolean closed) {
    }

    private final MeasureService measures;
    private final PartnerService partners;
    private final I18n i18n;
    private final UiExecutor executor;
    private final Clock clock;
    private final long householdId;

    private final ReadOnlyObjectWrapper<Matrix> matrix = new ReadOnlyObjectWrapper<>(new Matrix(List.of()));
    private final ObservableList<MeasureListRow> rows = FXCollections.observableArrayList();
    private final ObservableList<MeasureListRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private List<Member> members = List.of();
    private Runnable onChanged = this::load;
    private Consumer<String> errorHandler = message -> { };
    private int generation;

    public HouseholdMeasuresViewModel(MeasureService measures, PartnerService partners, I18n i18n,
                                      UiExecutor executor, Clock clock, long householdId) {
        this.measures = measures;
        this.partners = partners;
        this.i18n = i18n;
        this.executor = executor;
        this.clock = clock;
        this.householdId = householdId;
    }

    /** What runs after a change (default: reload these measures). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Where failures of follow-up actions are shown. */
    public void setErrorHandler(Consumer<String> errorHandler) {
        this.errorHandler = errorHandler;
    }

    /** The household's current members (offered in the editor as "concerns"). */
    public void setMembers(List<Member> members) {
        this.members = List.copyOf(members);
    }

    public void load() {
        int mine = ++generation;
        executor.submit(() -> new Loaded(measures.matrix(householdId), measures.forHousehold(householdId)), loaded -> {
            if (mine == generation) {
                apply(loaded);
            }
        }, failure -> {
            if (mine == generation) {
                Failures.logIfUnexpected(LOG, "Loading the measures of a household failed", failure);
                loadError.set(i18n.error(failure));
            }
        });
    }

    private record Loaded(MeasureMatrix matrix, List<MeasureRow> rows) {
    }

    private void apply(Loaded loaded) {
        LocalDate today = today();
        Map<Long, MeasureRow> byId = loaded.rows().stream()
                .collect(Collectors.toMap(r -> r.measure().id(), Function.identity(), (a, b) -> a));
        List<MatrixRow> matrixRows = new ArrayList<>();
        for (MeasureMatrix.Row row : loaded.matrix().rows()) {
            Map<MeasureCategory, Cell> cells = new EnumMap<>(MeasureCategory.class);
            for (MeasureCategory c : MeasureCategory.values()) {
                List<Entry> entries = row.cells().getOrDefault(c, List.of()).stream()
                        .map(m -> entry(m, byId.get(m.id()), today)).toList();
                String gap = row.gaps().stream().filter(g -> g.category() == c)
                        .map(g -> i18n.get("measure.gap." + g.kind().name())).collect(Collectors.joining("\n"));
                cells.put(c, new Cell(entries, gap));
            }
            String rowGap = row.gaps().stream().filter(g -> g.category() == null)
                    .map(g -> i18n.get("measure.gap." + g.kind().name())).collect(Collectors.joining("\n"));
            String label = row.personId() == null ? i18n.get("measure.matrix.household")
                    : row.label() == null ? "" : row.label();
            matrixRows.add(new MatrixRow(row.personId(), label, row.role(),
                    row.role() == null ? "" : i18n.label(row.role()), cells, rowGap));
        }
        loadError.set("");
        matrix.set(new Matrix(matrixRows));
        rows.setAll(loaded.rows().stream().map(r -> MeasureListRow.of(i18n, r, today)).toList());
    }

    private Entry entry(Measure m, MeasureRow row, LocalDate today) {
        String owner = row == null || row.ownerPartnerName() == null ? "" : row.ownerPartnerName();
        List<String> parts = new ArrayList<>();
        if (!owner.isEmpty()) {
            parts.add(owner);
        }
        parts.add(i18n.label(m.status()));
        if (m.deadline() != null) {
            parts.add(i18n.get("measure.matrix.until", i18n.date(m.deadline())));
        }
        String tooltip = i18n.label(m.type()) + "\n" + i18n.label(m.status())
                + (m.deadline() == null ? "" : "\n" + MeasureTexts.deadline(i18n, m.deadline(), m.status(), today));
        return new Entry(m.id(), MeasureTexts.typeShort(i18n, m.type()), String.join(" \u00b7 ", parts), tooltip,
                m.isOverdue(today), m.status().isClosed());
    }

    // ---- editor ------------------------------------------------------------------------------------------------

    /** A new measure outside a conference, starting today. */
    public MeasureEditorViewModel newMeasureForm() {
        return MeasureEditorViewModel.forCreate(measures, partners, i18n, executor, clock, householdId, null,
                members, today());
    }

    public MeasureEditorViewModel editForm(MeasureListRow row) {
        return MeasureEditorViewModel.forEdit(measures, partners, i18n, executor, clock, row.row(), members);
    }

    /** Called after the editor saved. */
    public void saved() {
        onChanged.run();
    }

    // ---- follow-up -----------------------------------------------------------------------------------------------

    /** The question before a status that closes the measure. */
    public String confirmation(MeasureListRow row, MeasureStatus status) {
        return i18n.get("measure.confirm.text", row.type(), row.owner(), i18n.label(status));
    }

    /** Records the new status (outside a conference). */
    public void changeStatus(MeasureListRow row, MeasureStatus status) {
        Measure m = row.row().measure();
        run(() -> measures.changeStatus(m.id(), m.version(), status, null, null), "Changing a measure's status");
    }

    /** Extends the deadline by the type's legal extension term (capped at its maximum). */
    public void extend(MeasureListRow row) {
        Measure m = row.row().measure();
        run(() -> measures.extend(m.id(), m.version(), null, null), "Extending a measure");
    }

    /** The end after one extension, for the button's explanation; empty when it cannot be extended. */
    public String extendedDeadline(MeasureListRow row) {
        Measure m = row.row().measure();
        return m.deadline() == null ? "" : m.type().clock().extendedDeadline(m.startDate(), m.deadline())
                .map(i18n::date).orElse("");
    }

    private void run(Runnable work, String what) {
        executor.submit(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> onChanged.run(), failure -> {
            Failures.logIfUnexpected(LOG, what + " failed", failure);
            errorHandler.accept(failure instanceof ConflictException ? i18n.get("measure.conflict.reloaded")
                    : i18n.error(failure));
            onChanged.run();
        });
    }

    private LocalDate today() {
        return DomainTime.today(clock);
    }

    public long householdId() {
        return householdId;
    }

    public I18n i18n() {
        return i18n;
    }

    public ReadOnlyObjectProperty<Matrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public ObservableList<MeasureListRow> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }
}
