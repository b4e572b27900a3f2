package nl.casustafel.ui.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import nl.casustafel.domain.common.Page;
import nl.casustafel.domain.common.Text;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.demo.DemoService;
import nl.casustafel.service.household.HouseholdQuery.SortField;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.household.HouseholdSummary;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.Debouncer;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import nl.casustafel.ui.common.UiThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the dossier list: search text, filters, server-side sort and paging, the current page of households
 * and what to show when there is nothing (empty store, no matches, an error). Every service call runs through
 * the {@link UiExecutor}; a result of an older query that arrives after a newer query was sent is dropped
 * (newest query wins).
 */
public final class DossierListViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DossierListViewModel.class);
    public static final int PAGE_SIZE = 100;
    /** How many fictional households "load demo data" generates, and from which seed. */
    public static final int DEMO_HOUSEHOLDS = 2_000;
    public static final long DEMO_SEED = 20_240_601L;

    /** The status filter: all households, open ones or closed ones. */
    public enum StatusFilter {
        ALL, OPEN, CLOSED;

        HouseholdStatus status() {
            return switch (this) {
                case ALL -> null;
                case OPEN -> HouseholdStatus.OPEN;
                case CLOSED -> HouseholdStatus.CLOSED;
            };
        }
    }

    /** What the list area shows. */
    public enum State { LOADING, RESULTS, NO_MATCHES, EMPTY_STORE, ERROR }

    /** A choice in the case-director filter; {@code partnerId} null means every partner. */
    public record PartnerOption(Long partnerId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final HouseholdService households;
    private final PartnerService partners;
    private final DemoService demo;
    private final UiExecutor executor;
    private final UiThread uiThread;
    private final Debouncer debouncer;
    private final I18n i18n;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final BooleanProperty signalsOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<PartnerOption> directorFilter = new SimpleObjectProperty<>();

    private final ReadOnlyListWrapper<HouseholdSummary> items =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<PartnerOption> partnerOptions =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<SortField> sortField = new ReadOnlyObjectWrapper<>(SortField.NAME);
    private final ReadOnlyBooleanWrapper ascending = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyIntegerWrapper offset = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
    /** False when the store stopped counting early ("more than N"). */
    private boolean totalExact = true;

    private final ReadOnlyBooleanWrapper demoRunning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper demoCancelRequested = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper demoProgress = new ReadOnlyDoubleWrapper(0);
    private volatile boolean demoCancelled;

    /** Increases with every query sent; a result is applied only when it belongs to the latest one. */
    private long generation;
    private boolean suppressFilterEvents;

    public DossierListViewModel(HouseholdService households, PartnerService partners, DemoService demo,
                                UiExecutor executor, UiThread uiThread, Debouncer debouncer, I18n i18n) {
        this.households = households;
        this.partners = partners;
        this.demo = demo;
        this.executor = executor;
        this.uiThread = uiThread;
        this.debouncer = debouncer;
        this.i18n = i18n;
        PartnerOption all = allPartners();
        partnerOptions.add(all);
        directorFilter.set(all);
        searchText.addListener((obs, was, is) -> debouncer.call(this::searchFromFirstPage));
        statusFilter.addListener((obs, was, is) -> filtersChanged());
        signalsOnly.addListener((obs, was, is) -> filtersChanged());
        directorFilter.addListener((obs, was, is) -> filtersChanged());
    }

    /** Loads the partners for the filter and the first page. */
    public void start() {
        reloadPartners();
        searchNow();
    }

    /** Searches at once (skipping the debounce) from the first page. */
    public void searchNow() {
        searchFromFirstPage();
    }

    /** Reloads the current page (after a change elsewhere, or when the user comes back to the list). */
    public void refresh() {
        load();
    }

    public void nextPage() {
        if (hasNext.get()) {
            offset.set(offset.get() + PAGE_SIZE);
            load();
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            offset.set(Math.max(0, offset.get() - PAGE_SIZE));
            load();
        }
    }

    /** Server-side sort; a no-op when the sort did not change. */
    public void sortBy(SortField field, boolean ascendingOrder) {
        SortField f = field == null ? SortField.NAME : field;
        if (f == sortField.get() && ascendingOrder == ascending.get()) {
            return;
        }
        sortField.set(f);
        ascending.set(ascendingOrder);
        offset.set(0);
        load();
    }

    /** Clears the search text and every filter. */
    public void clearFilters() {
        suppressFilterEvents = true;
        try {
            searchText.set("");
            statusFilter.set(StatusFilter.ALL);
            signalsOnly.set(false);
            directorFilter.set(partnerOptions.get(0));
        } finally {
            suppressFilterEvents = false;
        }
        searchNow();
    }

    public void reloadPartners() {
        executor.submit(() -> partners.list(false), this::applyPartners, failure -> {
            logUnexpected("Loading partners for the filter failed", failure);
        });
    }

    /** Fills an empty store with fictional households in the background; cancel with {@link #cancelDemo()}. */
    public void loadDemo() {
        if (demoRunning.get()) {
            return;
        }
        demoCancelled = false;
        demoCancelRequested.set(false);
        demoProgress.set(0);
        demoRunning.set(true);
        executor.submit(
                () -> demo.generate(DEMO_HOUSEHOLDS, DEMO_SEED,
                        (done, all) -> uiThread.execute(() -> demoProgress.set(all == 0 ? 1 : done / (double) all)),
                        () -> demoCancelled),
                result -> {
                    demoRunning.set(false);
                    LOG.info("Demo data stored: {} households", result.households());
                    clearFilters();
                },
                failure -> {
                    demoRunning.set(false);
                    logUnexpected("Loading demo data failed", failure);
                    message.set(i18n.error(failure));
                    state.set(State.ERROR);
                });
    }

    /** Asks the demo generation to stop after the current batch (never interrupts: H2 closes its file then). */
    public void cancelDemo() {
        demoCancelled = true;
        demoCancelRequested.set(true);
    }

    /** The query the list shows now (for tests and diagnostics). */
    public HouseholdQuery currentQuery() {
        PartnerOption p = directorFilter.get();
        return new HouseholdQuery(Text.trimToNull(searchText.get()), statusFilter.get().status(), signalsOnly.get(),
                p == null ? null : p.partnerId(), sortField.get(), ascending.get(), offset.get(), PAGE_SIZE);
    }

    private void filtersChanged() {
        if (!suppressFilterEvents) {
            searchFromFirstPage();
        }
    }

    private void searchFromFirstPage() {
        debouncer.cancel();
        offset.set(0);
        load();
    }

    private void load() {
        long mine = ++generation;
        HouseholdQuery query = currentQuery();
        loading.set(true);
        executor.submit(() -> households.search(query), page -> {
            if (mine == generation) {
                apply(query, page);
            }
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                logUnexpected("Dossier search failed", failure);
                items.clear();
                total.set(0);
                updatePaging(0);
                message.set(i18n.error(failure));
                state.set(State.ERROR);
            }
        });
    }

    private void apply(HouseholdQuery query, Page<HouseholdSummary> page) {
        if (page.items().isEmpty() && page.total() > 0 && query.offset() > 0) {
            // The page ran empty (households were removed or filtered away): go to the last page that has rows.
            offset.set((int) ((page.total() - 1) / PAGE_SIZE * PAGE_SIZE));
            load();
            return;
        }
        loading.set(false);
        items.setAll(page.items());
        total.set(page.total());
        totalExact = page.totalExact();
        updatePaging(page.items().size());
        if (page.total() == 0) {
            boolean criteria = query.text() != null || query.status() != null || query.withSignalOnly()
                    || query.directorPartnerId() != null;
            if (criteria) {
                message.set(query.text() != null ? i18n.get("list.noMatches.text", query.text())
                        : i18n.get("list.noMatches.filters"));
                state.set(State.NO_MATCHES);
            } else {
                message.set("");
                state.set(State.EMPTY_STORE);
            }
        } else {
            message.set("");
            state.set(State.RESULTS);
        }
    }

    private void updatePaging(int shown) {
        long all = total.get();
        int from = offset.get();
        hasPrevious.set(from > 0);
        hasNext.set(from + shown < all);
        pageText.set(all == 0 ? "" : totalExact ? i18n.get("list.page", from + 1L, (long) from + shown, all)
                : i18n.get("list.pageMore", from + 1L, (long) from + shown, all - 1));
    }

    private void applyPartners(List<Partner> list) {
        PartnerOption selected = directorFilter.get();
        List<PartnerOption> options = new ArrayList<>();
        options.add(allPartners());
        for (Partner p : list) {
            options.add(new PartnerOption(p.id(), p.shortName()));
        }
        suppressFilterEvents = true;
        try {
            partnerOptions.setAll(options);
            PartnerOption keep = options.stream()
                    .filter(o -> selected != null && Objects.equals(o.partnerId(), selected.partnerId()))
                    .findFirst().orElse(options.get(0));
            directorFilter.set(keep);
        } finally {
            suppressFilterEvents = false;
        }
        if (selected != null && selected.partnerId() != null
                && !Objects.equals(selected.partnerId(), directorFilter.get().partnerId())) {
            searchFromFirstPage(); // the chosen partner is gone from the catalogue
        }
    }

    private PartnerOption allPartners() {
        return new PartnerOption(null, i18n.get("list.filter.allPartners"));
    }

    private static void logUnexpected(String what, Throwable failure) {
        Failures.logIfUnexpected(LOG, what, failure);
    }

    // Inputs (read-write, bound by the view)

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public BooleanProperty signalsOnlyProperty() {
        return signalsOnly;
    }

    public ObjectProperty<PartnerOption> directorFilterProperty() {
        return directorFilter;
    }

    // Outputs (read-only)

    public ReadOnlyListProperty<HouseholdSummary> items() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<PartnerOption> partnerOptions() {
        return partnerOptions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SortField> sortFieldProperty() {
        return sortField.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ascendingProperty() {
        return ascending.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty offsetProperty() {
        return offset.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    /** The sentence for the "no matches" and error states. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoRunningProperty() {
        return demoRunning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoCancelRequestedProperty() {
        return demoCancelRequested.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty demoProgressProperty() {
        return demoProgress.getReadOnlyProperty();
    }
}
