package nl.casustafel.ui.conference;

import static nl.casustafel.ui.UiTestSupport.household;
import static nl.casustafel.ui.UiTestSupport.incident;
import static nl.casustafel.ui.UiTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

import nl.casustafel.app.AppContext;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.ui.UiTestSupport;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Planning forms: validation next to the field, and Samen op in Acuut in one name and Enter. */
class ConferenceFormViewModelTest {
    private AppContext ctx;
    private final I18n i18n = new I18n(I18n.DUTCH);

    @BeforeEach
    void setUp() {
        ctx = UiTestSupport.newContext();
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    @Test
    void anAcuteIncidentNeedsOnlyTheChairsNameToPlanItsConference() {
        long household = household(ctx, "Gezin Zwart", "3511 AB", "Utrecht");
        incident(ctx, household, 1);
        long incidentId = ctx.households().open(household).incidents().get(0).id();
        ConferenceDraft proposal = ctx.conferences().proposeAcute(incidentId);
        var vm = ConferenceFormViewModel.forAcute(ctx.conferences(), i18n, new SynchronousUiExecutor(),
                UiTestSupport.CLOCK, incidentId, proposal, ctx.partners().list(false));
        assertThat(vm.typeProperty().get()).isEqualTo(ConferenceType.SAMEN_OP_IN_ACUUT);
        assertThat(vm.invitedIds()).hasSize(5);

        vm.save();
        assertThat(vm.getErrors()).containsKey(ConferenceDraft.CHAIR);
        assertThat(vm.savedId()).isEmpty();

        vm.chairProperty().set("R. Voorzitter");
        vm.save();

        long conferenceId = vm.savedId().orElseThrow();
        var detail = ctx.conferences().open(conferenceId);
        assertThat(detail.conference().sourceIncidentId()).isEqualTo(incidentId);
        assertThat(detail.invitedPartners()).extracting(Partner::code)
                .containsExactlyElementsOf(ConferenceType.coreAcutePartnerCodes());
        assertThat(detail.agenda()).singleElement().satisfies(e -> {
            assertThat(e.item().householdId()).isEqualTo(household);
            assertThat(e.item().reason()).isEqualTo(AgendaReason.ACUTE);
        });
    }

    @Test
    void textThatIsNotATimeOrADurationOutOfRangeIsSaidNextToTheField() {
        var vm = ConferenceFormViewModel.forCreate(ctx.conferences(), i18n, new SynchronousUiExecutor(),
                UiTestSupport.CLOCK, ctx.partners().list(false));
        assertThat(vm.dateProperty().get()).isEqualTo(i18n.date(today().plusWeeks(1)));
        vm.chairProperty().set("R. Voorzitter");
        vm.timeProperty().set("25:99");
        vm.durationProperty().set(0);

        vm.save();

        assertThat(vm.getErrors()).containsOnlyKeys(ConferenceDraft.TIME, ConferenceDraft.DURATION);
        assertThat(ctx.conferences().list(nl.casustafel.service.conference.ConferenceQuery.all())).isEmpty();
    }
}
