package nl.casustafel.ui.measure;

import static nl.casustafel.ui.measure.MeasureTestStore.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import nl.casustafel.TestClocks;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import nl.casustafel.ui.measure.AccountabilityViewModel.Period;
import nl.casustafel.ui.measure.AccountabilityViewModel.Row;
import nl.casustafel.ui.measure.AccountabilityViewModel.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountabilityViewModelTest {
    private final MeasureTestStore store = new MeasureTestStore();
    private AccountabilityViewModel vm;
    private long veiligThuis;
    private long household;

    @BeforeEach
    void open() {
        veiligThuis = store.partner("VEILIG_THUIS");
        household = store.household("Gezin Jansen");
        vm = new AccountabilityViewModel(store.app.measures(), store.app.partners(), new I18n(I18n.DUTCH),
                new SynchronousUiExecutor(), TestClocks.fixed());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void countsPerPartnerOverTheLastTwelveMonthsByDefault() {
        long plan = store.measure(household, MeasureType.SAFETY_PLAN, null, veiligThuis, TODAY.minusMonths(2), null);
        int version = store.app.measures().forHousehold(household).get(0).measure().version();
        store.app.measures().changeStatus(plan, version, MeasureStatus.NOT_DONE_PARTNER_DID_NOT_ACT, null, null);

        vm.load();

        assertThat(vm.fromProperty().get()).isEqualTo("25-11-2025");
        assertThat(vm.toProperty().get()).isEqualTo("24-11-2026");
        assertThat(vm.stateProperty().get()).isEqualTo(State.RESULTS);
        assertThat(vm.rows()).containsExactly(new Row(veiligThuis, "VT", 1, 0, 0, 1, 0));
        assertThat(vm.periodTextProperty().get()).isEqualTo("Periode 25-11-2025 t/m 24-11-2026");
    }

    @Test
    void aStartAfterTheEndIsNamedNextToTheStartAndNothingIsLoaded() {
        vm.load();
        assertThat(vm.stateProperty().get()).isEqualTo(State.EMPTY);
        store.measure(household, MeasureType.SAFETY_PLAN, null, veiligThuis, TODAY.minusMonths(2), null);

        vm.fromProperty().set("01-01-2027");
        vm.load();

        assertThat(vm.getErrors()).containsOnlyKeys(AccountabilityViewModel.FROM);
        assertThat(vm.getErrors().get(AccountabilityViewModel.FROM))
                .isEqualTo("De begindatum ligt na de einddatum (24-11-2026).");
        assertThat(vm.rows()).isEmpty();

        vm.fromProperty().set("31-02-2026");
        vm.load();
        assertThat(vm.getErrors().get(AccountabilityViewModel.FROM)).isEqualTo("Geen geldige datum. Gebruik dd-mm-jjjj.");

        vm.choose(Period.THIS_YEAR);
        assertThat(vm.getErrors()).isEmpty();
        assertThat(vm.fromProperty().get()).isEqualTo("01-01-2026");
        assertThat(vm.rows()).extracting(Row::owned).containsExactly(1);

        vm.choose(Period.LAST_3_MONTHS);
        assertThat(vm.fromProperty().get()).isEqualTo("25-08-2026");
    }
}
