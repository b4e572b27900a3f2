package nl.casustafel.ui.list;

import static nl.casustafel.ui.UiTestSupport.household;
import static nl.casustafel.ui.UiTestSupport.incident;
import static nl.casustafel.ui.UiTestSupport.newContext;
import static nl.casustafel.ui.UiTestSupport.partner;
import static nl.casustafel.ui.UiTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.Page;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.service.household.HouseholdQuery.SortField;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.household.HouseholdSummary;
import nl.casustafel.ui.UiTestSupport.ManualUiExecutor;
import nl.casustafel.ui.common.Debouncer;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import nl.casustafel.ui.common.UiExecutor;
import nl.casustafel.ui.common.UiThread;
import nl.casustafel.ui.list.DossierListViewModel.State;
import nl.casustafel.ui.list.DossierListViewModel.StatusFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DossierListViewModelTest {
    private final AppContext ctx = newContext();
    private final I18n dutch = new I18n(I18n.DUTCH);

    @AfterEach
    void close() {
        ctx.close();
    }

    private DossierListViewModel model(UiExecutor executor, Debouncer debouncer) {
        // Demo data is the beheerder's to load.
        return new DossierListViewModel(ctx.households(), ctx.partners(), nl.casustafel.TestRoles.demo(ctx), executor, UiThread.direct(),
                debouncer, dutch);
    }

    private DossierListViewModel model() {
        return model(new SynchronousUiExecutor(), Debouncer.immediate());
    }

    private static List<String> names(DossierListViewModel vm) {
        return vm.items().stream().map(HouseholdSummary::name).toList();
    }

    @Test
    void firstPageShowsHouseholdsByNameWithTheRangeInWords() {
        household(ctx, "Gezin de Vries", "3511 AB", "Utrecht");
        household(ctx, "Gezin Bakker", "1011 AA", "Amsterdam");
        household(ctx, "Gezin van den Berg", "2511 CC", "Den Haag");
        DossierListViewModel vm = model();

        vm.start();

        assertThat(vm.stateProperty().get()).isEqualTo(State.RESULTS);
        // Particles sort under the main name: Bakker, (van den) Berg, (de) Vries.
        assertThat(names(vm)).containsExactly("Gezin Bakker", "Gezin van den Berg", "Gezin de Vries");
        assertThat(vm.pageTextProperty().get()).isEqualTo("1\u20133 van 3");
        assertThat(vm.hasNextProperty().get()).isFalse();
        assertThat(vm.partnerOptions()).hasSizeGreaterThan(5);
        assertThat(vm.partnerOptions().get(0).partnerId()).isNull();
    }

    @Test
    void pageLabelGroupsLargeNumbersPerLanguage() {
        assertThat(dutch.get("list.page", 1L, 100L, 100_000L)).isEqualTo("1\u2013100 van 100.000");
        assertThat(new I18n(I18n.ENGLISH).get("list.page", 100_001L, 100_100L, 123_456L))
                .isEqualTo("100.001\u2013100.100 of 123.456".replace('.', ','));
    }

    @Test
    void totalThatWasNotCountedToTheEndReadsMoreThanAndStillPages() {
        for (int i = 0; i < 3; i++) {
            household(ctx, String.format("Gezin %03d", i), null, "Utrecht");
        }
        // A broad search (issue 7): the store stops counting and says so; here 3 shown of "more than 3,000".
        HouseholdService real = ctx.households();
        HouseholdService broad = (HouseholdService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HouseholdService.class}, (proxy, method, args) -> {
                    Object result = method.invoke(real, args);
                    if (method.getName().equals("search")) {
                        Page<?> page = (Page<?>) result;
                        return new Page<>(page.items(), page.offset(), page.limit(), 3001, false);
                    }
                    return result;
                });
        DossierListViewModel vm = new DossierListViewModel(broad, ctx.partners(), ctx.demo(),
                new SynchronousUiExecutor(), UiThread.direct(), Debouncer.immediate(), dutch);

        vm.start();

        assertThat(vm.pageTextProperty().get()).isEqualTo("1\u20133 van meer dan 3.000");
        assertThat(vm.hasNextProperty().get()).isTrue();
        assertThat(new I18n(I18n.ENGLISH).get("list.pageMore", 1L, 100L, 3000L))
                .isEqualTo("1\u2013100 of more than 3,000");
    }

    @Test
    void pagesThroughAResultInPagesOfAHundred() {
        for (int i = 0; i < 205; i++) {
            household(ctx, String.format("Gezin %03d", i), null, "Utrecht");
        }
        DossierListViewModel vm = model();
        vm.start();
        assertThat(vm.items()).hasSize(100);
        assertThat(vm.pageTextProperty().get()).isEqualTo("1\u2013100 van 205");
        assertThat(vm.hasPreviousProperty().get()).isFalse();

        vm.nextPage();
        assertThat(vm.pageTextProperty().get()).isEqualTo("101\u2013200 van 205");
        assertThat(vm.items().get(0).name()).isEqualTo("Gezin 100");
        vm.nextPage();
        assertThat(vm.pageTextProperty().get()).isEqualTo("201\u2013205 van 205");
        assertThat(vm.hasNextProperty().get()).isFalse();
        vm.nextPage(); // no page after the last: nothing changes
        assertThat(vm.offsetProperty().get()).isEqualTo(200);

        vm.previousPage();
        assertThat(vm.items().get(0).name()).isEqualTo("Gezin 100");
        // A new search starts on the first page again.
        vm.searchTextProperty().set("utrecht");
        assertThat(vm.offsetProperty().get()).isZero();
        assertThat(vm.pageTextProperty().get()).isEqualTo("1\u2013100 van 205");
    }

    @Test
    void searchFindsHouseholdsByPostcodeWithOrWithoutSpace() {
        household(ctx, "Gezin Jansen", "3511 AB", "Utrecht");
        household(ctx, "Gezin Pietersen", "1011 AA", "Amsterdam");
        DossierListViewModel vm = model();
        vm.start();

        vm.searchTextProperty().set("3511AB");
        assertThat(names(vm)).containsExactly("Gezin Jansen");
        vm.searchTextProperty().set("1011 aa");
        assertThat(names(vm)).containsExactly("Gezin Pietersen");
        vm.searchTextProperty().set("amsterdam");
        assertThat(names(vm)).containsExactly("Gezin Pietersen");
    }

    @Test
    void typingSearchesOnlyOnceTheInputRests() {
        household(ctx, "Gezin Jansen", "3511 AB", "Utrecht");
        List<Runnable> waiting = new ArrayList<>();
        Debouncer manual = new Debouncer() {
            @Override
            public void call(Runnable action) {
                waiting.clear();
                waiting.add(action);
            }

            @Override
            public void cancel() {
                waiting.clear();
            }
        };
        ManualUiExecutor executor = new ManualUiExecutor();
        DossierListViewModel vm = model(executor, manual);
        vm.start();
        executor.runAll();

        vm.searchTextProperty().set("j");
        vm.searchTextProperty().set("ja");
        vm.searchTextProperty().set("jan");
        assertThat(executor.pendingCount()).as("no search while typing").isZero();

        waiting.get(0).run(); // the pause has passed
        assertThat(executor.pendingCount()).isEqualTo(1);
        executor.runAll();
        assertThat(vm.currentQuery().text()).isEqualTo("jan");
        assertThat(names(vm)).containsExactly("Gezin Jansen");

        vm.searchTextProperty().set("xyz");
        vm.searchNow(); // Enter skips the wait and drops the pending search
        assertThat(waiting).isEmpty();
        executor.runAll();
        assertThat(vm.stateProperty().get()).isEqualTo(State.NO_MATCHES);
    }

    @Test
    void aLateResultOfAnOlderQueryIsDropped() {
        household(ctx, "Gezin Jansen", "3511 AB", "Utrecht");
        household(ctx, "Gezin Pietersen", "1011 AA", "Amsterdam");
        ManualUiExecutor executor = new ManualUiExecutor();
        DossierListViewModel vm = model(executor, Debouncer.immediate());

        vm.searchTextProperty().set("jansen");
        vm.searchTextProperty().set("pietersen");
        assertThat(executor.pendingCount()).isEqualTo(2);

        executor.runNewest(); // "pietersen" answers first ...
        assertThat(names(vm)).containsExactly("Gezin Pietersen");
        assertThat(vm.loadingProperty().get()).isFalse();
        executor.runOldest(); // ... and the late answer for "jansen" must not overwrite it
        assertThat(names(vm)).containsExactly("Gezin Pietersen");

        vm.searchTextProperty().set("jansen");
        vm.searchTextProperty().set("");
        executor.runOldest();
        assertThat(vm.loadingProperty().get()).as("still waiting for the newest query").isTrue();
        executor.runOldest();
        assertThat(names(vm)).containsExactly("Gezin Jansen", "Gezin Pietersen");
    }

    @Test
    void filtersByStatusActiveSignalsAndCaseDirectorPartner() {
        long vtId = partner(ctx, "VT").id();
        long open = household(ctx, "Gezin Open", "3511 AB", "Utrecht", vtId);
        long closed = household(ctx, "Gezin Gesloten", "3512 AB", "Utrecht");
        ctx.households().close(closed, ctx.households().open(closed).household().version(), today(), "Afgeschaald");
        long withSignals = household(ctx, "Gezin Signaal", "3513 AB", "Utrecht");
        incident(ctx, withSignals, 10, RiskMarker.STRANGULATION);
        DossierListViewModel vm = model();
        vm.start();
        assertThat(vm.items()).hasSize(3);

        vm.statusFilterProperty().set(StatusFilter.CLOSED);
        assertThat(names(vm)).containsExactly("Gezin Gesloten");
        vm.statusFilterProperty().set(StatusFilter.OPEN);
        assertThat(names(vm)).containsExactlyInAnyOrder("Gezin Open", "Gezin Signaal");
        vm.statusFilterProperty().set(StatusFilter.ALL);

        // Exactly the households whose row carries a signal (the signal rules themselves are domain tests;
        // a strangulation incident fires one once they are in place).
        List<String> withActiveSignals = vm.items().stream().filter(h -> !h.signals().isEmpty())
                .map(HouseholdSummary::name).toList();
        vm.signalsOnlyProperty().set(true);
        assertThat(vm.currentQuery().withSignalOnly()).isTrue();
        assertThat(names(vm)).containsExactlyInAnyOrderElementsOf(withActiveSignals)
                .doesNotContain("Gezin Open", "Gezin Gesloten");
        vm.signalsOnlyProperty().set(false);

        vm.directorFilterProperty().set(vm.partnerOptions().stream()
                .filter(o -> o.partnerId() != null && o.partnerId() == vtId).findFirst().orElseThrow());
        assertThat(vm.items()).extracting(HouseholdSummary::id).containsExactly(open);

        vm.clearFilters();
        assertThat(vm.items()).hasSize(3);
        assertThat(vm.directorFilterProperty().get().partnerId()).isNull();
    }

    @Test
    void sortingIsDoneByTheServerForTheChosenColumn() {
        household(ctx, "Gezin A", "1011 AA", "Amsterdam");
        household(ctx, "Gezin B", "9711 AA", "Groningen");
        household(ctx, "Gezin C", "3511 AA", "Utrecht");
        DossierListViewModel vm = model();
        vm.start();

        vm.sortBy(SortField.CITY, false);
        assertThat(vm.items()).extracting(HouseholdSummary::city).containsExactly("Utrecht", "Groningen", "Amsterdam");
        vm.sortBy(SortField.POSTCODE, true);
        assertThat(vm.items()).extracting(HouseholdSummary::postcode)
                .containsExactly("1011 AA", "3511 AA", "9711 AA");
        assertThat(vm.currentQuery().sort()).isEqualTo(SortField.POSTCODE);
        assertThat(vm.currentQuery().ascending()).isTrue();
    }

    @Test
    void anEmptyStoreIsToldApartFromASearchWithoutMatches() {
        DossierListViewModel vm = model();
        vm.start();
        assertThat(vm.stateProperty().get()).isEqualTo(State.EMPTY_STORE);
        assertThat(vm.pageTextProperty().get()).isEmpty();

        household(ctx, "Gezin Jansen", "3511 AB", "Utrecht");
        vm.searchTextProperty().set("Zwartjes");
        assertThat(vm.stateProperty().get()).isEqualTo(State.NO_MATCHES);
        assertThat(vm.messageProperty().get()).contains("\u201cZwartjes\u201d");

        vm.searchTextProperty().set("");
        vm.statusFilterProperty().set(StatusFilter.CLOSED);
        assertThat(vm.stateProperty().get()).isEqualTo(State.NO_MATCHES);
        assertThat(vm.messageProperty().get()).isEqualTo(dutch.get("list.noMatches.filters"));
    }

    @Test
    void demoGenerationStopsCooperativelyWhenCancelled() {
        DossierListViewModel vm = model();
        vm.start();
        List<Double> progress = new ArrayList<>();
        vm.demoProgressProperty().addListener((obs, was, is) -> {
            progress.add(is.doubleValue());
            vm.cancelDemo(); // the user presses "cancel" while the first batch is reported
        });

        vm.loadDemo();

        assertThat(vm.demoRunningProperty().get()).isFalse();
        assertThat(vm.demoCancelRequestedProperty().get()).isTrue();
        assertThat(progress).as("stopped after the first batch").hasSize(1);
        assertThat(progress.get(0)).isLessThan(1.0);
    }

    @Test
    void aFailingSearchShowsAnErrorInWordsAndNoRows() {
        AppContext failing = newContext();
        household(failing, "Gezin Jansen", "3511 AB", "Utrecht");
        DossierListViewModel vm = new DossierListViewModel(failing.households(), failing.partners(), failing.demo(),
                new SynchronousUiExecutor(), UiThread.direct(), Debouncer.immediate(), dutch);
        vm.start();
        assertThat(vm.items()).hasSize(1);

        failing.close(); // the store goes away under the list (and with it the session)
        vm.refresh();

        assertThat(vm.stateProperty().get()).isEqualTo(State.ERROR);
        assertThat(vm.messageProperty().get()).isEqualTo(dutch.get("error.access.signedOut"));
        assertThat(vm.items()).isEmpty();
        assertThat(vm.loadingProperty().get()).isFalse();
    }
}
