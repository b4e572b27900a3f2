package nl.casustafel.service;

import nl.casustafel.TestRoles;
import static nl.casustafel.service.HouseholdServiceTest.household;
import static nl.casustafel.service.HouseholdServiceTest.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.casustafel.MutableClock;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.conference.AgendaItemState;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AssessmentDraft;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.AttendeeDraft;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.conference.ConferenceRole;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.conference.SafetyScore;
import nl.casustafel.domain.conference.UnhandledItemsException;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.domain.signal.SignalType;
import nl.casustafel.service.conference.AgendaEntry;
import nl.casustafel.service.conference.ConferenceQuery;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.service.conference.ConferenceSummary;
import nl.casustafel.service.household.HouseholdService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conference use cases against a real H2 store with the real migrations. */
class ConferenceServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final MutableClock clock = new MutableClock(TestClocks.NOW);
    private AppContext ctx;
    private ConferenceService service;
    private HouseholdService households;
    private long politie;
    private long veiligThuis;
    private long om;

    @BeforeEach
    void open() {
        ctx = AppContext.inMemory(TestClocks.uniqueName("conferences"), clock, nl.casustafel.domain.security.Role.CHAIR);
        service = TestRoles.conferences(ctx);
        households = TestRoles.households(ctx);
        politie = partner("POLITIE");
        veiligThuis = partner("VEILIG_THUIS");
        om = partner("OM");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private long partner(String code) {
        return TestRoles.partners(ctx).list(true).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().id();
    }

    private ConferenceDraft draft(LocalDate date, String chair, List<Long> invited) {
        return new ConferenceDraft(ConferenceType.REGULAR, date, LocalTime.of(10, 0), 120, "Zorg- en Veiligheidshuis",
                chair, politie, "Notulist", invited);
    }

    private long planned() {
        return service.plan(draft(TODAY, "Voorzitter", List.of(politie, veiligThuis)));
    }

    private int version(long conferenceId) {
        return service.open(conferenceId).conference().version();
    }

    private AgendaEntry entry(long conferenceId, long itemId) {
        return service.open(conferenceId).agenda().stream().filter(e -> e.item().id() == itemId).findFirst()
                .orElseThrow();
    }

    private static AssessmentDraft assessment(Boolean danger, Map<Long, Integer> scores, String decisions) {
        return new AssessmentDraft(danger, scores, "Zorgen", "Gaat goed", "Moet gebeuren", decisions);
    }

    // --- planning ------------------------------------------------------------------------------------

    @Test
    void planningWithoutChairAndWithDurationOutOfRangeIsRefusedAndNothingIsStored() {
        var bad = new ConferenceDraft(ConferenceType.REGULAR, TODAY, LocalTime.of(10, 0), 0, null, " ", null, null,
                List.of(politie));
        var tooLong = new ConferenceDraft(ConferenceType.REGULAR, TODAY, LocalTime.of(10, 0),
                ConferenceDraft.MAX_DURATION + 1, null, "Voorzitter", null, null, List.of());

        assertThatThrownBy(() -> service.plan(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder(ConferenceDraft.DURATION, ConferenceDraft.CHAIR));
        assertThatThrownBy(() -> service.plan(tooLong)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsExactly(
                        FieldError.of(ConferenceDraft.DURATION, "validation.between", 1, ConferenceDraft.MAX_DURATION)));
        assertThat(service.list(ConferenceQuery.all())).isEmpty();
    }

    @Test
    void unknownInvitedPartnerIsNotFoundAndNothingIsStored() {
        assertThatThrownBy(() -> service.plan(draft(TODAY, "Voorzitter", List.of(politie, 999_999L))))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.list(ConferenceQuery.all())).isEmpty();
    }

    @Test
    void plannedConferenceRoundTripsThroughUpdateListAndOpenWithItsInvitedPartners() {
        long id = service.plan(draft(TODAY.plusDays(7), "Jan Voorzitter", List.of(om, politie)));
        long older = service.plan(draft(TODAY.minusDays(7), "Els", List.of()));
        long household = households.create(household("Gezin Jansen", null));
        service.addAgendaItem(id, household, AgendaReason.NEW, 20);

        var detail = service.open(id);
        assertThat(detail.conference().status()).isEqualTo(ConferenceStatus.PLANNED);
        assertThat(detail.conference().chairName()).isEqualTo("Jan Voorzitter");
        assertThat(detail.conference().date()).isEqualTo(TODAY.plusDays(7));
        // Catalogue order: police before OM.
        assertThat(detail.invitedPartners()).extracting(Partner::id).containsExactly(politie, om);

        service.update(id, 0, draft(TODAY.plusDays(8), "Piet Voorzitter", List.of(veiligThuis)));

        var updated = service.open(id);
        assertThat(updated.conference().version()).isEqualTo(1);
        assertThat(updated.conference().chairName()).isEqualTo("Piet Voorzitter");
        assertThat(updated.invitedPartners()).extracting(Partner::id).containsExactly(veiligThuis);
        assertThat(service.list(ConferenceQuery.all())).extracting(ConferenceSummary::id, ConferenceSummary::agendaItems)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, 1), org.assertj.core.groups.Tuple.tuple(older, 0));
        assertThat(service.list(new ConferenceQuery(null, TODAY, null, 10))).extracting(ConferenceSummary::id)
                .containsExactly(id);
        assertThat(service.list(new ConferenceQuery(ConferenceStatus.CLOSED, null, null, 10))).isEmpty();
    }

    @Test
    void staleVersionOfAConferenceIsAConflictAndKeepsTheColleaguesChange() {
        long id = planned();
        service.update(id, 0, draft(TODAY, "Collega", List.of(politie)));

        assertThatThrownBy(() -> service.update(id, 0, draft(TODAY, "Ik", List.of(politie))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.conference.conflict"));
        assertThat(service.open(id).conference().chairName()).isEqualTo("Collega");
    }

    @Test
    void onlyAPlannedConferenceCanBeDeleted() {
        long id = planned();
        long other = planned();
        service.delete(id, 0);
        assertThatThrownBy(() -> service.open(id)).isInstanceOf(NotFoundException.class);

        service.start(other, 0);
        assertThatThrownBy(() -> service.delete(other, 1)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.conference.deleteStarted"));
    }

    // --- acute ---------------------------------------------------------------------------------------

    private long acuteIncident(long householdId) {
        return households.addIncident(householdId, incident(TODAY.minusDays(1), Severity.SEVERE, null, List.of()));
    }

    @Test
    void acuteProposalIsSamenOpInAcuutTodayAtTheNextFullHourWithTheFiveCorePartners() {
        long incident = acuteIncident(households.create(household("Gezin Jansen", null)));

        ConferenceDraft d = service.proposeAcute(incident);

        assertThat(d.type()).isEqualTo(ConferenceType.SAMEN_OP_IN_ACUUT);
        // 12:00 UTC is 13:00 in Amsterdam.
        assertThat(d.date()).isEqualTo(TODAY);
        assertThat(d.time()).isEqualTo(LocalTime.of(14, 0));
        assertThat(d.durationMinutes()).isEqualTo(60);
        assertThat(d.chairName()).isEmpty();
        assertThat(d.place()).isEmpty();
        assertThat(d.invitedPartnerIds()).containsExactly(politie, veiligThuis, om, partner("RECLASSERING_NL"),
                partner("RVDK"));
    }

    @Test
    void acuteProposalLateInTheEveningRollsToMidnight() {
        long incident = acuteIncident(households.create(household("Gezin Jansen", null)));
        clock.advance(Duration.ofHours(10).plusMinutes(30)); // 23:30 in Amsterdam

        ConferenceDraft d = service.proposeAcute(incident);

        assertThat(d.date()).isEqualTo(TODAY.plusDays(1));
        assertThat(d.time()).isEqualTo(LocalTime.MIDNIGHT);
    }

    @Test
    void acuteProposalAndPlanningForAnUnknownIncidentAreNotFound() {
        assertThatThrownBy(() -> service.proposeAcute(999_999)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.planAcute(999_999, draft(TODAY, "V", List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.list(ConferenceQuery.all())).isEmpty();
    }

    @Test
    void planningAnAcuteConferencePutsTheHouseholdFirstAsAcuteAndRecordsTheIncident() {
        long household = households.create(household("Gezin Jansen", null));
        long incident = acuteIncident(household);
        ConferenceDraft proposal = service.proposeAcute(incident);
        ConferenceDraft withChair = new ConferenceDraft(proposal.type(), proposal.date(), proposal.time(),
                proposal.durationMinutes(), proposal.place(), "Voorzitter", null, null, proposal.invitedPartnerIds());

        long id = service.planAcute(incident, withChair);

        var detail = service.open(id);
        assertThat(detail.conference().sourceIncidentId()).isEqualTo(incident);
        assertThat(detail.conference().type()).isEqualTo(ConferenceType.SAMEN_OP_IN_ACUUT);
        assertThat(detail.invitedPartners()).hasSize(5);
        assertThat(detail.agenda()).singleElement().satisfies(e -> {
            assertThat(e.item().householdId()).isEqualTo(household);
            assertThat(e.item().reason()).isEqualTo(AgendaReason.ACUTE);
            assertThat(e.item().position()).isZero();
            assertThat(e.item().timeBoxMinutes()).isBetween(1, 240);
            assertThat(e.householdName()).isEqualTo("Gezin Jansen");
        });
    }

    // --- attendees -----------------------------------------------------------------------------------

    @Test
    void incidentalParticipantNeedsASignedConfidentialityStatementAndParticipantAPartner() {
        long id = planned();
        var incidental = new AttendeeDraft("Tolk", null, ConferenceRole.INCIDENTAL_PARTICIPANT, null, false, null);
        var withoutPartner = new AttendeeDraft("Deelnemer", null, ConferenceRole.PARTICIPANT, null, false, null);

        assertThatThrownBy(() -> service.addAttendee(id, incidental)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(AttendeeDraft.CONFIDENTIALITY));
        assertThatThrownBy(() -> service.addAttendee(id, withoutPartner)).isInstanceOfSatisfying(
                ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(AttendeeDraft.PARTNER));
        assertThatThrownBy(() -> service.addAttendee(id,
                new AttendeeDraft("Deelnemer", 999_999L, ConferenceRole.PARTICIPANT, null, false, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.open(id).attendees()).isEmpty();

        service.addAttendee(id, new AttendeeDraft("Tolk", null, ConferenceRole.INCIDENTAL_PARTICIPANT, null, false,
                TODAY));
        assertThat(service.open(id).attendees()).singleElement()
                .satisfies(a -> assertThat(a.confidentialitySignedOn()).isEqualTo(TODAY));
    }

    @Test
    void staleAttendeeVersionIsAConflict() {
        long id = planned();
        long attendee = service.addAttendee(id,
                new AttendeeDraft("Anna", politie, ConferenceRole.PARTICIPANT, null, false, null));
        service.updateAttendee(attendee, 0,
                new AttendeeDraft("Anna", politie, ConferenceRole.PARTICIPANT, AttendanceStatus.PRESENT, true, null));

        assertThatThrownBy(() -> service.updateAttendee(attendee, 0,
                new AttendeeDraft("Anna", politie, ConferenceRole.PARTICIPANT, AttendanceStatus.ABSENT, false, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(service.open(id).attendees()).singleElement()
                .satisfies(a -> assertThat(a.attendance()).isEqualTo(AttendanceStatus.PRESENT));
        service.removeAttendee(attendee, 1);
        assertThat(service.open(id).attendees()).isEmpty();
    }

    // --- agenda --------------------------------------------------------------------------------------

    private List<Long> agendaHouseholds(long conferenceId) {
        var agenda = service.open(conferenceId).agenda();
        for (int i = 0; i < agenda.size(); i++) {
            assertThat(agenda.get(i).item().position()).as("dense positions").isEqualTo(i);
        }
        return agenda.stream().map(e -> e.item().householdId()).toList();
    }

    @Test
    void agendaItemsAreAppendedMovedUpAndDownAndRemovedWithDensePositions() {
        long id = planned();
        long a = households.create(household("Gezin A", null));
        long b = households.create(household("Gezin B", null));
        long c = households.create(household("Gezin C", null));
        long itemA = service.addAgendaItem(id, a, AgendaReason.NEW, 20);
        long itemB = service.addAgendaItem(id, b, AgendaReason.FOLLOW_UP, 15);
        long itemC = service.addAgendaItem(id, c, AgendaReason.NEW, 10);
        assertThat(agendaHouseholds(id)).containsExactly(a, b, c);

        service.moveAgendaItem(itemC, 0);
        assertThat(agendaHouseholds(id)).containsExactly(c, a, b);
        service.moveAgendaItem(itemC, 99);
        assertThat(agendaHouseholds(id)).containsExactly(a, b, c);
        service.moveAgendaItem(itemA, 1);
        assertThat(agendaHouseholds(id)).containsExactly(b, a, c);
        service.moveAgendaItem(itemB, -5);
        assertThat(agendaHouseholds(id)).containsExactly(b, a, c);

        service.removeAgendaItem(itemB, entry(id, itemB).item().version());
        assertThat(agendaHouseholds(id)).containsExactly(a, c);
        long again = service.addAgendaItem(id, b, AgendaReason.NEW, 10);
        assertThat(agendaHouseholds(id)).containsExactly(a, c, b);
        assertThat(entry(id, again).item().position()).isEqualTo(2);
    }

    @Test
    void householdAlreadyOnTheAgendaIsRefused() {
        long id = planned();
        long a = households.create(household("Gezin A", null));
        service.addAgendaItem(id, a, AgendaReason.NEW, 20);

        assertThatThrownBy(() -> service.addAgendaItem(id, a, AgendaReason.FOLLOW_UP, 20))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.conference.householdOnAgenda"));
        assertThat(service.open(id).agenda()).hasSize(1);
    }

    @Test
    void timeBoxMustBeBetweenOneAndTwoHundredFortyMinutes() {
        long id = planned();
        long a = households.create(household("Gezin A", null));

        for (int minutes : new int[] {0, 241}) {
            assertThatThrownBy(() -> service.addAgendaItem(id, a, AgendaReason.NEW, minutes))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("timeBox", "validation.between", 1, 240)));
        }
        long item = service.addAgendaItem(id, a, AgendaReason.NEW, 240);
        service.updateAgendaItem(item, 0, AgendaReason.FOLLOW_UP, 1);
        assertThat(entry(id, item).item().timeBoxMinutes()).isEqualTo(1);
        assertThat(entry(id, item).item().reason()).isEqualTo(AgendaReason.FOLLOW_UP);
    }

    // --- meeting flow and closing --------------------------------------------------------------------

    @Test
    void conferenceMovesFromPlannedToInProgressToClosed() {
        long id = planned();
        assertThatThrownBy(() -> service.close(id, 0, true)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.conference.notStarted"));

        service.start(id, 0);
        var started = service.open(id).conference();
        assertThat(started.status()).isEqualTo(ConferenceStatus.IN_PROGRESS);
        assertThat(started.startedAt()).isEqualTo(TestClocks.NOW);
        assertThatThrownBy(() -> service.start(id, 1)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.conference.alreadyStarted"));

        clock.advance(Duration.ofHours(2));
        service.close(id, 1, false);
        var closed = service.open(id).conference();
        assertThat(closed.status()).isEqualTo(ConferenceStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(TestClocks.NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void closingWithUnhandledItemsWarnsAndChangesNothingUntilTheChairConfirms() {
        long id = planned();
        long a = households.create(household("Gezin A", null));
        long b = households.create(household("Gezin B", null));
        long c = households.create(household("Gezin C", null));
        long itemA = service.addAgendaItem(id, a, AgendaReason.NEW, 20);
        long itemB = service.addAgendaItem(id, b, AgendaReason.NEW, 20);
        service.addAgendaItem(id, c, AgendaReason.NEW, 20);
        service.start(id, 0);
        service.setItemState(itemA, 0, AgendaItemState.DONE);
        service.setItemState(itemB, 0, AgendaItemState.PARKED);

        assertThatThrownBy(() -> service.close(id, 1, false)).isInstanceOfSatisfying(UnhandledItemsException.class,
                e -> assertThat(e.count()).isEqualTo(2));
        assertThat(service.open(id).conference().status()).isEqualTo(ConferenceStatus.IN_PROGRESS);
        assertThat(service.open(id).conference().version()).isEqualTo(1);
        assertThat(households.open(a).household().lastConferenceOn()).isNull();

        service.close(id, 1, true);

        assertThat(service.open(id).conference().status()).isEqualTo(ConferenceStatus.CLOSED);
        // Only the handled household counts as discussed.
        assertThat(households.open(a).household().lastConferenceOn()).isEqualTo(TODAY);
        assertThat(households.open(b).household().lastConferenceOn()).isNull();
    }

    @Test
    void closedConferenceRefusesEveryChangeExceptAnAmendment() {
        long id = planned();
        long a = households.create(household("Gezin A", null));
        long b = households.create(household("Gezin B", null));
        long item = service.addAgendaItem(id, a, AgendaReason.NEW, 20);
        long attendee = service.addAttendee(id,
                new AttendeeDraft("Anna", politie, ConferenceRole.PARTICIPANT, AttendanceStatus.PRESENT, false, null));
        service.start(id, 0);
        service.setItemState(item, 0, AgendaItemState.DONE);
        service.close(id, 1, false);
        var attendeeDraft = new AttendeeDraft("Anna", politie, ConferenceRole.PARTICIPANT, null, false, null);

        List<Runnable> changes = List.of(
                () -> service.update(id, 2, draft(TODAY, "Ander", List.of())),
                () -> service.delete(id, 2),
                () -> service.start(id, 2),
                () -> service.close(id, 2, true),
                () -> service.addAttendee(id, attendeeDraft),
                () -> service.updateAttendee(attendee, 0, attendeeDraft),
                () -> service.removeAttendee(attendee, 0),
                () -> service.addAgendaItem(id, b, AgendaReason.NEW, 20),
                () -> service.updateAgendaItem(item, 1, AgendaReason.FOLLOW_UP, 20),
                () -> service.moveAgendaItem(item, 0),
                () -> service.removeAgendaItem(item, 1),
                () -> service.saveAssessment(item, 1, assessment(true, Map.of(), "Besluit")),
                () -> service.setItemState(item, 1, AgendaItemState.PENDING));
        for (Runnable change : changes) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.conference.closed"));
        }
        var detail = service.open(id);
        assertThat(detail.conference().chairName()).isEqualTo("Voorzitter");
        assertThat(detail.agenda()).singleElement().satisfies(e -> {
            assertThat(e.item().state()).isEqualTo(AgendaItemState.DONE);
            assertThat(e.item().decisions()).isNull();
        });
        assertThat(detail.attendees()).hasSize(1);
    }

    @Test
    void assessmentIsSavedWithScoresAndAStaleItemVersionIsAConflict() {
        long id = planned();
        long a = households.create(household("Gezin A", null));
        long item = service.addAgendaItem(id, a, AgendaReason.NEW, 20);
        service.start(id, 0);
        service.saveAssessment(item, 0, assessment(true, Map.of(politie, 3, veiligThuis, 4), "Huisverbod"));

        assertThatThrownBy(() -> service.saveAssessment(item, 0, assessment(false, Map.of(), "Anders")))
                .isInstanceOf(ConflictException.class);
        var detail = service.openItem(item);
        assertThat(detail.item().immediateDanger()).isTrue();
        assertThat(detail.item().decisions()).isEqualTo("Huisverbod");
        assertThat(detail.scores()).containsExactly(new SafetyScore(politie, 3), new SafetyScore(veiligThuis, 4));
        assertThatThrownBy(() -> service.saveAssessment(item, 1, assessment(true, Map.of(politie, 11), "x")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.saveAssessment(item, 1, assessment(true, Map.of(999_999L, 5), "x")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void amendingAClosedConferenceRecordsWhatChangedWithoutQuotingAndNeedsAReason() {
        long id = planned();
        long a = households.create(household("Gezin A", null));
        long item = service.addAgendaItem(id, a, AgendaReason.NEW, 20);
        service.start(id, 0);
        assertThatThrownBy(() -> service.amendAssessment(item, 0, assessment(true, Map.of(), "x"), "Reden"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.conference.amendNotClosed"));
        service.saveAssessment(item, 0, assessment(false, Map.of(politie, 6), "Oud besluit"));
        service.setItemState(item, 1, AgendaItemState.DONE);
        service.close(id, 1, false);

        assertThatThrownBy(() -> service.amendAssessment(item, 2,
                assessment(true, Map.of(politie, 2), "Geheim nieuw besluit"), "  "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly(FieldError.of("reason", "validation.required")));
        assertThat(service.open(id).amendments()).isEmpty();

        service.amendAssessment(item, 2, assessment(true, Map.of(politie, 2), "Geheim nieuw besluit"),
                "Verkeerd genoteerd");

        var detail = service.open(id);
        assertThat(detail.amendments()).singleElement().satisfies(am -> {
            assertThat(am.agendaItemId()).isEqualTo(item);
            assertThat(am.reason()).isEqualTo("Verkeerd genoteerd");
            assertThat(am.changeSummary()).isEqualTo("immediate danger: no -> yes; safety scores; decisions");
            assertThat(am.changeSummary()).doesNotContain("Geheim");
            assertThat(am.madeAt()).isEqualTo(TestClocks.NOW);
        });
        assertThat(service.openItem(item).item().decisions()).isEqualTo("Geheim nieuw besluit");
        assertThat(detail.conference().status()).isEqualTo(ConferenceStatus.CLOSED);
    }

    @Test
    void closingRecordsTheConferenceDateAndTheRepeatSignalCountsFromIt() {
        long a = households.create(household("Gezin A", null));
        households.addIncident(a, incident(TODAY.minusDays(20), Severity.MINOR, null, List.of()));
        long id = service.plan(draft(TODAY, "Voorzitter", List.of(politie)));
        long item = service.addAgendaItem(id, a, AgendaReason.NEW, 20);
        service.start(id, 0);
        service.setItemState(item, 0, AgendaItemState.DONE);
        service.close(id, 1, false);
        assertThat(households.open(a).household().lastConferenceOn()).isEqualTo(TODAY);
        assertThat(households.open(a).signals()).noneMatch(s -> s.type() == SignalType.REPEAT_AFTER_CONFERENCE);

        clock.advance(Duration.ofDays(3));
        households.addIncident(a, incident(TODAY.plusDays(2), Severity.MINOR, null, List.of()));

        assertThat(households.open(a).signals()).anyMatch(s -> s.type() == SignalType.REPEAT_AFTER_CONFERENCE);
        assertThat(households.search(new nl.casustafel.service.household.HouseholdQuery("", null, true, null, null,
                true, 0, 10)).items()).singleElement()
                .satisfies(s -> assertThat(s.signals()).contains(SignalType.REPEAT_AFTER_CONFERENCE));
    }

    @Test
    void closingAnOlderConferenceDoesNotMoveTheLastConferenceDateBack() {
        long a = households.create(household("Gezin A", null));
        long newer = service.plan(draft(TODAY, "Voorzitter", List.of()));
        long older = service.plan(draft(TODAY.minusDays(30), "Voorzitter", List.of()));
        for (long id : new long[] {newer, older}) {
            long item = service.addAgendaItem(id, a, AgendaReason.NEW, 20);
            service.start(id, 0);
            service.setItemState(item, 0, AgendaItemState.DONE);
            service.close(id, 1, false);
        }
        assertThat(households.open(a).household().lastConferenceOn()).isEqualTo(TODAY);
    }

    @Test
    void openItemShowsIncidentsSinceTheLastClosedConferenceThatDiscussedTheHousehold() {
        long a = households.create(household("Gezin A", null));
        long before = households.addIncident(a, incidentAt(TODAY.minusDays(40)));
        long sameDay = households.addIncident(a, incidentAt(TODAY.minusDays(30)));
        long after1 = households.addIncident(a, incidentAt(TODAY.minusDays(20)));
        long after2 = households.addIncident(a, incidentAt(TODAY.minusDays(2)));
        // First conference, 30 days ago, discussed the household and was closed.
        long first = service.plan(draft(TODAY.minusDays(30), "Voorzitter", List.of(politie, om)));
        long firstItem = service.addAgendaItem(first, a, AgendaReason.NEW, 20);
        // A conference in between that was never closed does not count.
        long open = service.plan(draft(TODAY.minusDays(10), "Voorzitter", List.of()));
        service.addAgendaItem(open, a, AgendaReason.NEW, 20);
        long second = service.plan(draft(TODAY, "Voorzitter", List.of(politie, veiligThuis, om)));
        long secondItem = service.addAgendaItem(second, a, AgendaReason.FOLLOW_UP, 20);

        var neverDiscussed = service.openItem(firstItem);
        assertThat(neverDiscussed.lastDiscussedOn()).isNull();
        assertThat(neverDiscussed.newIncidents()).extracting(i -> i.id())
                .containsExactly(after2, after1, sameDay, before);

        service.start(first, 0);
        service.setItemState(firstItem, 0, AgendaItemState.DONE);
        service.close(first, 1, false);

        var detail = service.openItem(secondItem);
        assertThat(detail.lastDiscussedOn()).isEqualTo(TODAY.minusDays(30));
        assertThat(detail.newIncidents()).extracting(i -> i.id()).containsExactly(after2, after1);
        assertThat(detail.household().id()).isEqualTo(a);
        // The first conference itself looks back to before its own start: still never discussed.
        assertThat(service.openItem(firstItem).lastDiscussedOn()).isNull();
        // No attendance recorded yet: the invited partners score, in catalogue order.
        assertThat(detail.scoringPartners()).extracting(Partner::id).containsExactly(politie, veiligThuis, om);

        service.addAttendee(second, new AttendeeDraft("Anna", om, ConferenceRole.PARTICIPANT, AttendanceStatus.PRESENT,
                false, null));
        service.addAttendee(second, new AttendeeDraft("Bob", politie, ConferenceRole.PARTICIPANT,
                AttendanceStatus.PRESENT, false, null));
        service.addAttendee(second, new AttendeeDraft("Cor", politie, ConferenceRole.CHAIR, AttendanceStatus.PRESENT,
                false, null));
        service.addAttendee(second, new AttendeeDraft("Dirk", veiligThuis, ConferenceRole.PARTICIPANT,
                AttendanceStatus.ABSENT, false, null));
        assertThat(service.openItem(secondItem).scoringPartners()).extracting(Partner::id)
                .containsExactly(politie, om);
    }

    private static IncidentDraft incidentAt(LocalDate date) {
        return new IncidentDraft(date, LocalTime.of(21, 0), IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL,
                Severity.MINOR, null, IncidentSource.POLICE, null, Set.of(), List.of());
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThatThrownBy(() -> service.open(999_999)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.openItem(999_999)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.addAgendaItem(planned(), 999_999, AgendaReason.NEW, 20))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.updateAttendee(999_999, 0,
                new AttendeeDraft("A", politie, ConferenceRole.PARTICIPANT, null, false, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(Instant.EPOCH).isNotNull();
    }
}
