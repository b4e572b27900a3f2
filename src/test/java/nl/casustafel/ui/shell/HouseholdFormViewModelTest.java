package nl.casustafel.ui.shell;

import static nl.casustafel.ui.UiTestSupport.CLOCK;
import static nl.casustafel.ui.UiTestSupport.newContext;
import static nl.casustafel.ui.UiTestSupport.partner;
import static nl.casustafel.ui.UiTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HouseholdFormViewModelTest {
    private final AppContext ctx = newContext();
    private final HouseholdFormViewModel vm = new HouseholdFormViewModel(ctx.households(), ctx.partners(),
            new SynchronousUiExecutor(), new I18n(I18n.DUTCH), CLOCK);

    @AfterEach
    void close() {
        ctx.close();
    }

    private long stored() {
        return ctx.households().search(HouseholdQuery.text(null)).total();
    }

    @Test
    void invalidInputIsNotSavedAndEachMessageBelongsToItsField() {
        vm.start();
        vm.nameProperty().set("Gezin Jansen");
        vm.postcodeProperty().set("12AB");
        vm.openedOnProperty().set(today().plusDays(1));
        vm.caseDirectorNameProperty().set("J. Visser");
        List<Long> saved = new ArrayList<>();

        vm.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(stored()).isZero();
        assertThat(vm.errorsProperty().get())
                .containsEntry(HouseholdDraft.POSTCODE,
                        "Geen geldige postcode. Gebruik 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.")
                .containsEntry(HouseholdDraft.OPENED_ON, "Deze datum ligt in de toekomst.")
                .containsKey(HouseholdDraft.CASE_DIRECTOR)
                .doesNotContainKey(HouseholdDraft.NAME);
        assertThat(vm.formErrorProperty().get()).isEqualTo("Controleer de gemarkeerde velden.");
    }

    @Test
    void unreadableDateTextIsReportedInsteadOfSavedAsEmpty() {
        vm.nameProperty().set("Gezin Jansen");
        vm.openedOnUnreadableProperty().set(true);

        vm.save(id -> { });

        assertThat(vm.errorsProperty().get()).containsEntry(HouseholdDraft.OPENED_ON,
                "Geen geldige datum. Gebruik dd-mm-jjjj.");
        assertThat(stored()).isZero();
    }

    @Test
    void validInputCreatesTheHouseholdAndClearsTheMessages() {
        vm.start();
        vm.nameProperty().set("Gezin Jansen");
        vm.postcodeProperty().set("3511ab");
        vm.caseDirectorPartnerProperty().set(partner(ctx, "VT"));
        vm.caseDirectorNameProperty().set("J. Visser");
        vm.postcodeProperty().set("12AB");
        vm.save(id -> { });
        vm.postcodeProperty().set("3511ab");
        List<Long> saved = new ArrayList<>();

        vm.save(saved::add);

        assertThat(saved).hasSize(1);
        assertThat(vm.errorsProperty().get()).isEmpty();
        assertThat(vm.formErrorProperty().get()).isEmpty();
        var household = ctx.households().open(saved.get(0)).household();
        assertThat(household.address().postcode().value()).isEqualTo("3511 AB");
        assertThat(household.caseDirector().name()).isEqualTo("J. Visser");
        assertThat(household.openedOn()).isEqualTo(today());
        assertThat(vm.partnerChoices()).isNotEmpty();
    }
}
