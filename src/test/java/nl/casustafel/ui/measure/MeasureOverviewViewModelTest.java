package nl.casustafel.ui.measure;

import static nl.casustafel.ui.measure.MeasureTestStore.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.casustafel.TestClocks;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.service.measure.MeasureQuery.SortField;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import nl.casustafel.ui.measure.MeasureOverviewViewModel.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureOverviewViewModelTest {
    private final MeasureTestStore store = new MeasureTestStore();
    private MeasureOverviewViewModel vm;
    private long politie;
    private long veiligThuis;
    private long jansen;
    private long bakker;

    @BeforeEach
    void open() {
        politie = store.partner("POLITIE");
        veiligThuis = store.partner("VEILIG_THUIS");
        vm = new MeasureOverviewViewModel(store.app.measures(), store.app.partners(), new I18n(I18n.DUTCH),
                new SynchronousUiExecutor(), TestClocks.fixed());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void threeMeasures() {
        jansen = store.household("Gezin Jansen");
        bakker = store.household("Gezin Bakker");
        // A huisverbod that runs out in 5 days, an OTS 23 days over its term, a closed safety plan.
        store.measure(jansen, MeasureType.TEMPORARY_RESTRAINING_ORDER, null, politie, TODAY.minusDays(5), null);
        store.measure(bakker, MeasureType.SUPERVISION_ORDER_OTS, null, veiligThuis, TODAY.minusYears(1),
                TODAY.minusDays(23));
        long plan = store.measure(bakker, MeasureType.SAFETY_PLAN, null, veiligThuis, TODAY.minusMonths(2), null);
        var m = store.app.measures().forHousehold(bakker).stream().filter(r -> r.measure().id() == plan)
                .findFirst().orElseThrow().measure();
        store.app.measures().changeStatus(plan, m.version(), MeasureStatus.DONE, null, null);
    }

    @Test
    void anEmptyStoreSaysThereAreNoMeasuresYetRatherThanNoMatches() {
        vm.reload();

        assertThat(vm.stateProperty().get()).isEqualTo(State.EMPTY_STORE);
        assertThat(vm.items()).isEmpty();
    }

    @Test
    void showsOpenAndInProgressMeasuresByDeadlineWithDaysLeftAndOverdue() {
        threeMeasures();
        vm.reload();

        assertThat(vm.stateProperty().get()).isEqualTo(State.RESULTS);
        assertThat(vm.currentQuery().statuses()).containsExactlyInAnyOrder(MeasureStatus.OPEN,
                MeasureStatus.IN_PROGRESS);
        assertThat(vm.items()).extracting(MeasureListRow::household).containsExactly("Gezin Bakker", "Gezin Jansen");
        assertThat(vm.items().get(0).deadlineText()).isEqualTo("01-11-2026 (23 dagen over de termijn)");
        assertThat(vm.items().get(0).overdue()).isTrue();
        assertThat(vm.items().get(1).deadlineText()).isEqualTo("29-11-2026 (nog 5 dagen)");
        assertThat(vm.items().get(1).agreedIn()).isEqualTo("Buiten overleg");
        assertThat(vm.countTextProperty().get()).isEqualTo("2 maatregelen");
    }

    @Test
    void filtersReachTheServiceAndNoMatchIsNotAnEmptyStore() {
        threeMeasures();
        vm.reload();

        vm.ownerFilterProperty().set(vm.partnerOptions().stream()
                .filter(o -> Long.valueOf(veiligThuis).equals(o.partnerId())).findFirst().orElseThrow());
        assertThat(vm.currentQuery().ownerPartnerId()).isEqualTo(veiligThuis);
        assertThat(vm.items()).extracting(r -> r.row().measure().type())
                .containsExactly(MeasureType.SUPERVISION_ORDER_OTS);

        vm.statusFilterProperty().set(vm.statusOptions().stream().filter(o -> o.id().equals("DONE")).findFirst()
                .orElseThrow());
        assertThat(vm.currentQuery().statuses()).containsExactly(MeasureStatus.DONE);
        assertThat(vm.items()).extracting(r -> r.row().measure().type()).containsExactly(MeasureType.SAFETY_PLAN);

        vm.clearFilters();
        assertThat(vm.items()).hasSize(3);

        vm.overdueOnlyProperty().set(true);
        assertThat(vm.currentQuery().overdueOnly()).isTrue();
        assertThat(vm.items()).extracting(MeasureListRow::household).containsExactly("Gezin Bakker");

        vm.overdueOnlyProperty().set(false);
        vm.expiringDaysProperty().set(3);
        vm.expiringOnlyProperty().set(true);
        assertThat(vm.currentQuery().expiringWithinDays()).isEqualTo(3);
        assertThat(vm.stateProperty().get()).isEqualTo(State.NO_MATCHES);
        assertThat(vm.messageProperty().get()).isEqualTo("Geen maatregel voldoet aan deze filters.");

        vm.expiringDaysProperty().set(14);
        assertThat(vm.stateProperty().get()).isEqualTo(State.RESULTS);
        assertThat(vm.items()).extracting(MeasureListRow::household).containsExactly("Gezin Jansen");
    }

    @Test
    void sortingByAColumnAsksTheServerForThatOrder() {
        threeMeasures();
        vm.statusFilterProperty().set(vm.statusOptions().get(0)); // all
        vm.reload();

        vm.sortBy(SortField.HOUSEHOLD, false);
        assertThat(vm.currentQuery().sort()).isEqualTo(SortField.HOUSEHOLD);
        assertThat(vm.currentQuery().ascending()).isFalse();
        assertThat(vm.items()).extracting(MeasureListRow::household)
                .containsExactly("Gezin Jansen", "Gezin Bakker", "Gezin Bakker");

        vm.sortBy(SortField.HOUSEHOLD, true);
        assertThat(vm.items().get(0).household()).isEqualTo("Gezin Bakker");
        assertThat(vm.items().get(2).household()).isEqualTo("Gezin Jansen");

        vm.sortBy(SortField.START, false);
        assertThat(vm.items()).extracting(MeasureListRow::start)
                .containsExactly(TODAY.minusDays(5), TODAY.minusMonths(2), TODAY.minusYears(1));
    }

    @Test
    void exportsTheFilteredMeasuresAndSaysHowMany(@TempDir Path dir) throws Exception {
        threeMeasures();
        vm.reload();
        assertThat(vm.defaultExportFileName()).isEqualTo("maatregelen-2026-11-24.csv");

        Path target = dir.resolve(vm.defaultExportFileName());
        vm.exportCsv(target);

        assertThat(vm.noticeProperty().get().error()).isFalse();
        assertThat(vm.noticeProperty().get().text()).isEqualTo("2 maatregelen opgeslagen in maatregelen-2026-11-24.csv.");
        assertThat(Files.readString(target)).contains("Gezin Jansen").doesNotContain("Veiligheidsplan");
        assertThat(vm.exportingProperty().get()).isFalse();
    }

    @Test
    void aFailedExportSaysSoInTheUsersLanguage(@TempDir Path dir) {
        threeMeasures();
        vm.reload();

        vm.exportCsv(dir.resolve("no-such-folder").resolve("x.csv"));

        assertThat(vm.noticeProperty().get().error()).isTrue();
        assertThat(vm.noticeProperty().get().text()).doesNotContain("Exception").isNotBlank();
        assertThat(Set.of(vm.noticeProperty().get().text())).noneMatch(t -> t.startsWith("!"));
    }
}
