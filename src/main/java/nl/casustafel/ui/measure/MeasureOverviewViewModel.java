package nl.casustafel.ui.measure;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.Page;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.measure.MeasureQuery.SortField;
import nl.casustafel.service.measure.MeasureQuery;
import nl.casustafel.service.measure.MeasureRow;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the measures overview across households and conferences: filters (owner, status, overdue only,
 * deadline within N days), server-side sort and paging, the current page, what to show when there is nothing, and
 * the CSV export. Every service call runs through the {@link UiExecutor}; an older result that arrives after a
 * newer query was sent is dropped.
 */
public final class MeasureOverviewViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MeasureOverviewViewModel.class);
    public static final int PAGE_SIZE = 100;
    public static final int DEFAULT_EXPIRING_DAYS = 14;
    public static final int MAX_EXPIRING_DAYS = 365;

    /** What the table area shows. */
    public enum State { LOADING, RESULTS, NO_MATCHES, EMPTY_STORE, ERROR }

    /** A choice in the owner filter; {@code partnerId} null means every partner. */
    public record PartnerOption(Long partnerId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A choice in the status filter: all, open and in progress together, or one status. */
    public record StatusOption(String id, Set<MeasureStatus> statuses, String label) {
        public StatusOption {
            statuses = Set.copyOf(statuses);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A finished export or its failure, for a short confirmation. */
    public record Notice(String text, boolean error) {
    }

    private final MeasureService measures;
    private final PartnerService partners;
    private final I18n i18n;
    private final UiExecutor executor;
    private final Clock clock;

    private final ObjectProperty<PartnerOption> ownerFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<StatusOption> statusFilter = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty expiringOnly = new SimpleBooleanProperty(false);
    private final IntegerProperty expiringDays = new SimpleIntegerProperty(DEFAULT_EXPIRING_DAYS);

    private final ReadOnlyListWrapper<MeasureListRow> items = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<PartnerOption> partnerOptions =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<StatusOption> statusOptions =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<SortField> sortField = new ReadOnlyObjectWrapper<>(SortField.DEADLINE);
    private final ReadOnlyBooleanWrapper ascending = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private int offset;
    private long generation;
    private boolean suppressFilterEvents;

    public MeasureOverviewViewModel(MeasureService measures, PartnerService partners, I18n i18n, UiExecutor executor,
                                    Clock clock) {
        this.measures = measures;
        this.partners = partners;
        this.i18n = i18n;
        this.executor = executor;
        this.clock = clock;
        PartnerOption all = allPartners();
        partnerOptions.add(all);
        ownerFilter.set(all);
        List<StatusOption> statuses = new ArrayList<>();
        statuses.add(new StatusOption("ALL", Set.of(), i18n.get("measure.filter.status.all")));
        statuses.add(new StatusOption("ACTIVE", EnumSet.of(MeasureStatus.OPEN, MeasureStatus.IN_PROGRESS),
                i18n.get("measure.filter.status.active")));
        for (MeasureStatus s : MeasureStatus.values()) {
            statuses.add(new StatusOption(s.name(), Set.of(s), i18n.label(s)));
        }
        statusOptions.setAll(statuses);
        statusFilter.set(statuses.get(1));
        ownerFilter.addListener((obs, was, is) -> filtersChanged());
        statusFilter.addListener((obs, was, is) -> filtersChanged());
        overdueOnly.addListener((obs, was, is) -> filtersChanged());
        expiringOnly.addListener((obs, was, is) -> filtersChanged());
        expiringDays.addListener((obs, was, is) -> {
            if (expiringOnly.get()) {
                filtersChanged();
            }
        });
    }

    /** Loads the partners for the filter and the first page (again: measures change in meetings). */
    public void reload() {
        loadPartners();
        load();
    }

    public void nextPage() {
        if (hasNext.get()) {
            offset += PAGE_SIZE;
            load();
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            offset = Math.max(0, offset - PAGE_SIZE);
            load();
        }
    }

    /** Server-side sort; a no-op when the sort did not change. */
    public void sortBy(SortField field, boolean ascendingOrder) {
        SortField f = field == null ? SortField.DEADLINE : field;
        if (f == sortField.get() && ascendingOrder == ascending.get()) {
            return;
        }
        sortField.set(f);
        ascending.set(ascendingOrder);
        offset = 0;
        load();
    }

    /** Every measure: clears the filters. */
    public void clearFilters() {
        suppressFilterEvents = true;
        try {
            ownerFilter.set(partnerOptions.get(0));
            statusFilter.set(statusOptions.get(0));
            overdueOnly.set(false);
            expiringOnly.set(false);
        } finally {
            suppressFilterEvents = false;
        }
        filtersChanged();
    }

    /** The query the overview shows now (the export writes every row of it, not only this page). */
    public MeasureQuery currentQuery() {
        PartnerOption owner = ownerFilter.get();
        StatusOption status = statusFilter.get();
        return new MeasureQuery(owner == null ? null : owner.partnerId(),
                status == null ? Set.of() : status.statuses(), overdueOnly.get(),
                expiringOnly.get() ? clampDays(expiringDays.get()) : null, null, sortField.get(), ascending.get(),
                offset, PAGE_SIZE);
    }

    private static int clampDays(int days) {
        return Math.max(0, Math.min(MAX_EXPIRING_DAYS, days));
    }

    /** "maatregelen-2026-11-24.csv": no personal data in the name. */
    public String defaultExportFileName() {
        return i18n.get("measure.export.fileName", today().toString());
    }

    /** Writes every measure matching the filters as CSV in the user's language, in the background. */
    public void exportCsv(Path target) {
        if (exporting.get() || target == null) {
            return;
        }
        exporting.set(true);
        notice.set(null);
        MeasureQuery query = currentQuery();
        executor.submit(() -> measures.exportCsv(query, target, i18n.locale()), count -> {
            exporting.set(false);
            notice.set(new Notice(i18n.get("measure.export.done", count, target.getFileName().toString()), false));
        }, failure -> {
            exporting.set(false);
            Failures.logIfUnexpected(LOG, "Measure export failed", failure);
            notice.set(new Notice(i18n.error(failure), true));
        });
    }

    private void filtersChanged() {
        if (!suppressFilterEvents) {
            offset = 0;
            load();
        }
    }

    private record Loaded(Page<MeasureRow> page, boolean anyMeasure) {
    }

    private void load() {
        long mine = ++generation;
        MeasureQuery query = currentQuery();
        if (items.isEmpty()) {
            state.set(State.LOADING);
        }
        executor.submit(() -> {
            Page<MeasureRow> page = measures.overview(query);
            boolean any = page.total() > 0 || measures.overview(MeasureQuery.all().withPage(0, 1)).total() > 0;
            return new Loaded(page, any);
        }, loaded -> {
            if (mine == generation) {
                apply(query, loaded);
            }
        }, failure -> {
            if (mine == generation) {
                Failures.logIfUnexpected(LOG, "Measure overview failed", failure);
                items.clear();
                total.set(0);
                updatePaging(0, true);
                message.set(i18n.error(failure));
                state.set(State.ERROR);
            }
        });
    }

    private void apply(MeasureQuery query, Loaded loaded) {
        Page<MeasureRow> page = loaded.page();
        if (page.items().isEmpty() && page.total() > 0 && query.offset() > 0) {
            offset = (int) ((page.total() - 1) / PAGE_SIZE * PAGE_SIZE);
            load();
            return;
        }
        LocalDate today = today();
        items.setAll(page.items().stream().map(r -> MeasureListRow.of(i18n, r, today)).toList());
        total.set(page.total());
        updatePaging(page.items().size(), page.totalExact());
        countText.set(i18n.get("measure.overview.count", page.total()));
        if (page.total() == 0) {
            message.set(loaded.anyMeasure() ? i18n.get("measure.overview.noMatches.text") : "");
            state.set(loaded.anyMeasure() ? State.NO_MATCHES : State.EMPTY_STORE);
        } else {
            message.set("");
            state.set(State.RESULTS);
        }
    }

    private void updatePaging(int shown, boolean exact) {
        long all = total.get();
        hasPrevious.set(offset > 0);
        hasNext.set(offset + shown < all);
        pageText.set(all == 0 ? "" : exact ? i18n.get("list.page", offset + 1L, (long) offset + shown, all)
                : i18n.get("list.pageMore", offset + 1L, (long) offset + shown, all - 1));
    }

    private void loadPartners() {
        executor.submit(() -> partners.list(true), this::applyPartners,
                failure -> Failures.logIfUnexpected(LOG, "Loading partners for the filter failed", failure));
    }

    private void applyPartners(List<Partner> list) {
        PartnerOption selected = ownerFilter.get();
        List<PartnerOption> options = new ArrayList<>();
        options.add(allPartners());
        for (Partner p : list) {
            options.add(new PartnerOption(p.id(), p.shortName()));
        }
        suppressFilterEvents = true;
        try {
            partnerOptions.setAll(options);
            ownerFilter.set(options.stream()
                    .filter(o -> selected != null && Objects.equals(o.partnerId(), selected.partnerId()))
                    .findFirst().orElse(options.get(0)));
        } finally {
            suppressFilterEvents = false;
        }
    }

    private PartnerOption allPartners() {
        return new PartnerOption(null, i18n.get("measure.filter.allPartners"));
    }

    private LocalDate today() {
        return DomainTime.today(clock);
    }

    // Inputs

    public ObjectProperty<PartnerOption> ownerFilterProperty() {
        return ownerFilter;
    }

    public ObjectProperty<StatusOption> statusFilterProperty() {
        return statusFilter;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public BooleanProperty expiringOnlyProperty() {
        return expiringOnly;
    }

    /** N in "deadline within N days" (0..365). */
    public IntegerProperty expiringDaysProperty() {
        return expiringDays;
    }

    // Outputs

    public ReadOnlyListProperty<MeasureListRow> items() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<PartnerOption> partnerOptions() {
        return partnerOptions.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<StatusOption> statusOptions() {
        return statusOptions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SortField> sortFieldProperty() {
        return sortField.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ascendingProperty() {
        return ascending.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    /** "12 maatregelen". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The outcome of the last export (null before any). */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
