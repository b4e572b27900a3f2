package nl.casustafel.ui.conference;

import static nl.casustafel.ui.UiTestSupport.household;
import static nl.casustafel.ui.UiTestSupport.partner;
import static nl.casustafel.ui.UiTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.conference.AgendaItemState;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AssessmentDraft;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.AttendeeDraft;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.conference.ConferenceRole;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.domain.measure.PartnerAccountability;
import nl.casustafel.ui.UiTestSupport;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meeting mode's view model on a real in-memory store, with a synchronous executor. */
class MeetingViewModelTest {
    private AppContext ctx;
    private final I18n i18n = new I18n(I18n.DUTCH);
    private long police;
    private long vt;
    private long first;
    private long second;

    @BeforeEach
    void setUp() {
        ctx = UiTestSupport.newContext();
        police = partner(ctx, "Politie").id();
        vt = partner(ctx, "VT").id();
        first = household(ctx, "Gezin Aksoy", "3511 AB", "Utrecht");
        second = household(ctx, "Gezin de Boer", "3512 CD", "Utrecht");
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private long conference(int daysFromNow, long... householdIds) {
        ctx.signInTrusted(nl.casustafel.domain.security.Role.CHAIR); // the chair takes over from the specialist
        var conferences = ctx.conferences();
        long id = conferences.plan(new ConferenceDraft(ConferenceType.REGULAR, today().plusDays(daysFromNow),
                LocalTime.of(10, 0), 90, "Veiligheidshuis", "R. Voorzitter", police, "N. Notulist",
                List.of(police, vt)));
        for (long h : householdIds) {
            conferences.addAgendaItem(id, h, AgendaReason.NEW, 15);
        }
        conferences.addAttendee(id, new AttendeeDraft("A. Agent", police, ConferenceRole.PARTICIPANT,
                AttendanceStatus.PRESENT, true, null));
        conferences.addAttendee(id, new AttendeeDraft("V. Medewerker", vt, ConferenceRole.PARTICIPANT,
                AttendanceStatus.PRESENT, false, null));
        conferences.start(id, conferences.open(id).conference().version());
        return id;
    }

    private MeetingViewModel meeting(long conferenceId) {
        MeetingViewModel vm = new MeetingViewModel(ctx.conferences(), ctx.measures(), ctx.households(),
                ctx.partners(), new SynchronousUiExecutor(), i18n, UiTestSupport.CLOCK, conferenceId);
        vm.load();
        return vm;
    }

    @Test
    void opensTheFirstItemAtStepOneWithAScaleRowPerPartnerPresent() {
        MeetingViewModel vm = meeting(conference(0, first, second));

        assertThat(vm.itemProperty().get().household().name()).isEqualTo("Gezin Aksoy");
        assertThat(vm.stepProperty().get()).isEqualTo(1);
        assertThat(vm.scores()).extracting(r -> r.partner().id()).containsExactlyInAnyOrder(police, vt);
        assertThat(vm.spreadProperty().get()).isEqualTo("Nog geen scores gegeven.");
    }

    @Test
    void leavingAStepSavesTheAssessmentAndTheSpreadFollowsTheScores() {
        long conferenceId = conference(0, first, second);
        MeetingViewModel vm = meeting(conferenceId);

        vm.immediateDangerProperty().set(true);
        vm.scores().get(0).scoreProperty().set(3);
        vm.scores().get(1).scoreProperty().set(7);
        vm.worriesProperty().set("Spanning rond de omgangsregeling");
        assertThat(vm.spreadProperty().get()).startsWith("Spreiding 4 (van 3 tot 7)");
        assertThat(vm.isDirty()).isTrue();

        vm.goToStep(5);

        long itemId = vm.itemProperty().get().item().id();
        var saved = ctx.conferences().openItem(itemId);
        assertThat(saved.item().immediateDanger()).isTrue();
        assertThat(saved.item().worries()).isEqualTo("Spanning rond de omgangsregeling");
        assertThat(saved.scores()).extracting(s -> s.score()).containsExactlyInAnyOrder(3, 7);
        assertThat(vm.stepProperty().get()).isEqualTo(5);
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void doneAndParkMoveOnAndClosingWarnsAboutTheParkedItemUntilTheChairConfirms() {
        long conferenceId = conference(0, first, second);
        MeetingViewModel vm = meeting(conferenceId);

        vm.park();
        assertThat(vm.itemProperty().get().household().name()).isEqualTo("Gezin de Boer");
        vm.done();
        // Nothing pending any more: the parked item comes back.
        assertThat(vm.itemProperty().get().household().name()).isEqualTo("Gezin Aksoy");
        assertThat(vm.agenda()).extracting(e -> e.item().state())
                .containsExactly(AgendaItemState.PARKED, AgendaItemState.DONE);

        AtomicInteger unhandled = new AtomicInteger(-1);
        AtomicInteger closed = new AtomicInteger();
        vm.closeConference(false, unhandled::set, closed::incrementAndGet);
        assertThat(unhandled.get()).isEqualTo(1);
        assertThat(closed.get()).isZero();
        assertThat(ctx.conferences().open(conferenceId).conference().status()).isEqualTo(ConferenceStatus.IN_PROGRESS);

        vm.closeConference(true, unhandled::set, closed::incrementAndGet);
        assertThat(closed.get()).isEqualTo(1);
        assertThat(vm.isClosed()).isTrue();
    }

    @Test
    void openMeasuresCarryOverToTheNextConferenceAndNotDoneByThePartnerCountsForItsAccountability() {
        long earlier = conference(0, first);
        MeetingViewModel vm = meeting(earlier);
        long itemId = vm.itemProperty().get().item().id();
        ctx.measures().add(first, itemId, new MeasureDraft(MeasureCategory.ADMINISTRATIVE,
                MeasureType.TEMPORARY_RESTRAINING_ORDER, null, police, "Burgemeester", today(), null,
                MeasureStatus.OPEN, null));
        ctx.measures().add(first, itemId, new MeasureDraft(MeasureCategory.CARE, MeasureType.VOLUNTARY_CARE_TRAJECTORY,
                null, vt, "Wijkteam", today(), today().plusMonths(2), MeasureStatus.OPEN, null));
        vm.reloadMeasures();
        assertThat(vm.agreedHere()).hasSize(2);
        assertThat(vm.agreedHere()).filteredOn(r -> r.measure().type() == MeasureType.TEMPORARY_RESTRAINING_ORDER)
                .singleElement().satisfies(r -> assertThat(r.measure().deadline()).isEqualTo(today().plusDays(10)));
        assertThat(vm.carriedOver()).isEmpty();
        vm.done();
        vm.closeConference(false, n -> { }, () -> { });

        MeetingViewModel next = meeting(conference(7, first));
        assertThat(next.stepProperty().get()).isEqualTo(1);
        assertThat(next.carriedOver()).hasSize(2);
        var care = next.carriedOver().stream()
                .filter(r -> r.measure().type() == MeasureType.VOLUNTARY_CARE_TRAJECTORY).findFirst().orElseThrow();

        next.markMeasure(care, MeasureStatus.NOT_DONE_PARTNER_DID_NOT_ACT);

        assertThat(next.carriedOver()).filteredOn(r -> r.measure().id() == care.measure().id()).singleElement()
                .satisfies(r -> assertThat(r.measure().status()).isEqualTo(MeasureStatus.NOT_DONE_PARTNER_DID_NOT_ACT));
        List<PartnerAccountability> counts = ctx.measures().accountability(today().minusMonths(1), today());
        assertThat(counts).filteredOn(a -> a.partnerId() == vt).singleElement()
                .satisfies(a -> assertThat(a.notDonePartnerDidNotAct()).isEqualTo(1));
    }

    @Test
    void aColleaguesChangeIsReportedAndTheChairsInputStays() {
        long conferenceId = conference(0, first);
        MeetingViewModel vm = meeting(conferenceId);
        var item = vm.itemProperty().get().item();
        // A colleague saves the same item first.
        ctx.conferences().saveAssessment(item.id(), item.version(), new AssessmentDraft(false, null, "Anders",
                null, null, null));

        vm.decisionsProperty().set("Huisverbod opleggen");
        vm.save();

        assertThat(vm.messageProperty().get()).contains("collega");
        assertThat(vm.decisionsProperty().get()).isEqualTo("Huisverbod opleggen");
        // Moving on does not overwrite the colleague's change behind the chair's back.
        vm.goToStep(3);
        assertThat(vm.stepProperty().get()).isEqualTo(1);
        assertThat(ctx.conferences().openItem(item.id()).item().worries()).isEqualTo("Anders");
        // Saving explicitly after the warning stores the chair's input.
        vm.save();
        assertThat(ctx.conferences().openItem(item.id()).item().decisions()).isEqualTo("Huisverbod opleggen");
    }

    @Test
    void aClosedConferenceChangesOnlyByAnAmendmentWithAReason() {
        long conferenceId = conference(0, first);
        MeetingViewModel vm = meeting(conferenceId);
        vm.done();
        vm.closeConference(false, n -> { }, () -> { });
        vm.decisionsProperty().set("Gecorrigeerd besluit");

        vm.save();
        long itemId = vm.itemProperty().get().item().id();
        assertThat(ctx.conferences().openItem(itemId).item().decisions()).isNull();
        // Moving on warns once and keeps the text; the amendment is still possible.
        vm.goToStep(2);
        assertThat(vm.stepProperty().get()).isEqualTo(1);
        assertThat(vm.messageProperty().get()).contains("Ctrl+S");
        assertThat(vm.decisionsProperty().get()).isEqualTo("Gecorrigeerd besluit");

        vm.amend("Typefout in het besluit");
        assertThat(ctx.conferences().openItem(itemId).item().decisions()).isEqualTo("Gecorrigeerd besluit");
        assertThat(ctx.conferences().open(conferenceId).amendments()).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("Typefout in het besluit"));
    }

    @Test
    void anUnrecordedChangeInAClosedConferenceIsDroppedOnlyWhenTheChairMovesOnTwice() {
        long conferenceId = conference(0, first);
        MeetingViewModel vm = meeting(conferenceId);
        vm.done();
        vm.closeConference(false, n -> { }, () -> { });
        vm.worriesProperty().set("Nieuwe zorg");

        vm.goToStep(4);
        assertThat(vm.stepProperty().get()).isEqualTo(1);
        vm.goToStep(4);

        assertThat(vm.stepProperty().get()).isEqualTo(4);
        assertThat(vm.worriesProperty().get()).isEmpty();
        assertThat(ctx.conferences().open(conferenceId).amendments()).isEmpty();
    }

    @Test
    void theTimeBoxRunsOverWhenTheItemTakesLonger() {
        var clock = new nl.casustafel.MutableClock(UiTestSupport.CLOCK.instant());
        long conferenceId = conference(0, first);
        MeetingViewModel vm = new MeetingViewModel(ctx.conferences(), ctx.measures(), ctx.households(),
                ctx.partners(), new SynchronousUiExecutor(), i18n, clock, conferenceId);
        vm.load();
        clock.advance(java.time.Duration.ofMinutes(14));
        vm.tick();
        assertThat(vm.overTimeProperty().get()).isFalse();
        assertThat(vm.timeBoxText()).isEqualTo("14:00 / 15:00");
        clock.advance(java.time.Duration.ofMinutes(2));
        vm.tick();
        assertThat(vm.overTimeProperty().get()).isTrue();
    }

    @Test
    void theCaseDirectorAndPhaseAreSavedOnTheHousehold() {
        MeetingViewModel vm = meeting(conference(0, first));
        AtomicReference<String> before = new AtomicReference<>(vm.messageProperty().get());
        vm.directorPartnerProperty().set(vm.partners().stream().filter(p -> p.id() == vt).findFirst().orElseThrow());
        vm.directorNameProperty().set("F. Regisseur");
        vm.phaseProperty().set(nl.casustafel.domain.household.Phase.STABLE_SAFETY);

        vm.saveDirection();

        var household = ctx.households().open(first).household();
        assertThat(household.caseDirector().partnerId()).isEqualTo(vt);
        assertThat(household.phase()).isEqualTo(nl.casustafel.domain.household.Phase.STABLE_SAFETY);
        assertThat(vm.messageProperty().get()).isNotEqualTo(before.get()).contains("opgeslagen");
    }
}
