package nl.casustafel.ui.conference;

import static nl.casustafel.ui.UiTestSupport.household;
import static nl.casustafel.ui.UiTestSupport.incident;
import static nl.casustafel.ui.UiTestSupport.partner;
import static nl.casustafel.ui.UiTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.AttendeeDraft;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.conference.ConferenceRole;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.service.conference.AgendaEntry;
import nl.casustafel.ui.UiTestSupport;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The conference page's view model: the agenda builder and attendance on a real in-memory store. */
class ConferenceViewModelTest {
    private AppContext ctx;
    private final I18n i18n = new I18n(I18n.DUTCH);
    private long conferenceId;
    private long police;

    @BeforeEach
    void setUp() {
        ctx = UiTestSupport.newContext();
        police = partner(ctx, "Politie").id();
        ctx.signInTrusted(nl.casustafel.domain.security.Role.CHAIR); // conferences are the chair's work
        conferenceId = ctx.conferences().plan(new ConferenceDraft(ConferenceType.REGULAR, today().plusDays(3),
                LocalTime.of(9, 30), 120, "Veiligheidshuis", "R. Voorzitter", null, null, List.of(police)));
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private ConferenceViewModel load() {
        var vm = new ConferenceViewModel(ctx.conferences(), ctx.households(), ctx.partners(),
                new SynchronousUiExecutor(), i18n, UiTestSupport.CLOCK, conferenceId);
        vm.load();
        return vm;
    }

    @Test
    void suggestsTheAcuteHouseholdFirstWithItsReasonAndAddsItAsAnAcuteItem() {
        long quiet = household(ctx, "Gezin Albers", "3511 AB", "Utrecht");
        incident(ctx, quiet, 20);
        long acute = household(ctx, "Gezin Zwart", "3512 CD", "Utrecht");
        incident(ctx, acute, 2, RiskMarker.STRANGULATION);
        var vm = load();

        assertThat(vm.suggestions()).extracting(s -> s.householdId()).startsWith(acute);
        assertThat(vm.suggestions().get(0).proposedReason()).isEqualTo(AgendaReason.ACUTE);

        vm.addSuggestion(vm.suggestions().get(0));

        assertThat(vm.agenda()).singleElement().satisfies(e -> {
            assertThat(e.householdName()).isEqualTo("Gezin Zwart");
            assertThat(e.item().reason()).isEqualTo(AgendaReason.ACUTE);
            assertThat(e.item().timeBoxMinutes()).isEqualTo(ConferenceViewModel.ACUTE_TIME_BOX);
        });
        assertThat(vm.suggestions()).extracting(s -> s.householdId()).doesNotContain(acute);
    }

    @Test
    void searchAddsAnyOpenHouseholdAndMovingReordersTheAgenda() {
        household(ctx, "Gezin Albers", "3511 AB", "Utrecht");
        household(ctx, "Gezin Bos", "3512 CD", "Utrecht");
        var vm = load();
        vm.searchTextProperty().set("Gezin");
        vm.search();
        assertThat(vm.searchResults()).hasSize(2);
        vm.addHousehold(vm.searchResults().get(0));
        vm.addHousehold(vm.searchResults().get(1));
        assertThat(vm.agenda()).extracting(AgendaEntry::householdName).containsExactly("Gezin Albers", "Gezin Bos");
        assertThat(vm.plannedMinutesProperty().get()).isEqualTo(2 * ConferenceViewModel.DEFAULT_TIME_BOX);

        vm.move(vm.agenda().get(1), -1);
        assertThat(vm.agenda()).extracting(AgendaEntry::householdName).containsExactly("Gezin Bos", "Gezin Albers");

        vm.updateItem(vm.agenda().get(0), AgendaReason.FOLLOW_UP, 25);
        assertThat(vm.agenda().get(0).item().reason()).isEqualTo(AgendaReason.FOLLOW_UP);
        assertThat(vm.agenda().get(0).item().timeBoxMinutes()).isEqualTo(25);

        vm.remove(vm.agenda().get(0));
        assertThat(vm.agenda()).extracting(AgendaEntry::householdName).containsExactly("Gezin Albers");
    }

    @Test
    void attendanceIsRecordedInOneStepAndStartingNeedsAnAgenda() {
        ctx.conferences().addAttendee(conferenceId, new AttendeeDraft("A. Agent", police, ConferenceRole.PARTICIPANT,
                null, false, null));
        var vm = load();
        vm.setAttendance(vm.attendees().get(0), AttendanceStatus.EXCUSED);
        assertThat(vm.attendees().get(0).attendance()).isEqualTo(AttendanceStatus.EXCUSED);

        int[] started = {0};
        vm.start(() -> started[0]++);
        assertThat(started[0]).as("an empty agenda cannot start").isZero();
        assertThat(vm.messageProperty().get()).isNotEmpty();

        household(ctx, "Gezin Albers", "3511 AB", "Utrecht");
        vm.searchTextProperty().set("Albers");
        vm.search();
        vm.addHousehold(vm.searchResults().get(0));
        vm.start(() -> started[0]++);
        assertThat(started[0]).isEqualTo(1);
        assertThat(vm.detailProperty().get().conference().status()).isEqualTo(ConferenceStatus.IN_PROGRESS);
    }

    @Test
    void aStaleAttendeeChangeSaysAColleagueChangedItAndReloads() {
        long attendeeId = ctx.conferences().addAttendee(conferenceId, new AttendeeDraft("A. Agent", police,
                ConferenceRole.PARTICIPANT, null, false, null));
        var vm = load();
        var shown = vm.attendees().get(0);
        ctx.conferences().updateAttendee(attendeeId, shown.version(), new AttendeeDraft("A. Agent", police,
                ConferenceRole.PARTICIPANT, AttendanceStatus.PRESENT, true, null));

        vm.setAttendance(shown, AttendanceStatus.ABSENT);

        assertThat(vm.messageProperty().get()).contains("collega");
        assertThat(vm.attendees().get(0).attendance()).isEqualTo(AttendanceStatus.PRESENT);
    }
}
