package nl.casustafel.service;

import nl.casustafel.TestRoles;
import static nl.casustafel.service.HouseholdServiceTest.household;
import static nl.casustafel.service.HouseholdServiceTest.incident;
import static nl.casustafel.service.HouseholdServiceTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.casustafel.MutableClock;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.InvolvementDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.incident.InvolvedPerson;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.signal.SignalType;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.household.HouseholdSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signals through the service: computed on change, stored for the list, refreshed as time passes. */
class HouseholdSignalsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final MutableClock clock = new MutableClock(TestClocks.NOW);
    private AppContext ctx;
    private HouseholdService service;

    @BeforeEach
    void open() {
        ctx = AppContext.inMemory(TestClocks.uniqueName("signals"), clock, nl.casustafel.domain.security.Role.SPECIALIST);
        service = TestRoles.households(ctx);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private HouseholdQuery onlyWithSignals() {
        return new HouseholdQuery("", null, true, null, null, true, 0, 50);
    }

    @Test
    void thirdIncidentWithinTwelveMonthsFiresEscalationWithItsReasonAndShowsInTheList() {
        long id = service.create(household("Gezin Bakker", "3511 AB"));
        long anna = service.addNewMember(id, person("Anna", null, "Bakker", null),
                new MembershipDraft(PersonRole.VICTIM, null, null));
        List<InvolvedPerson> victim = List.of(new InvolvedPerson(anna, PersonRole.VICTIM));
        service.addIncident(id, incident(TODAY.minusMonths(11), Severity.MINOR, "PL1", victim));
        service.addIncident(id, incident(TODAY.minusMonths(5), Severity.MINOR, "PL2", victim));
        assertThat(service.open(id).signals()).noneMatch(s -> s.type() == SignalType.ESCALATION);
        // Children were present at both incidents: that signal fires already, escalation not yet.
        assertThat(service.search(onlyWithSignals()).items()).singleElement()
                .satisfies(s -> assertThat(s.signals()).containsExactly(SignalType.CHILDREN_PRESENT_REPEATEDLY));

        long third = service.addIncident(id, incident(TODAY.minusDays(3), Severity.MINOR, "PL3", victim));

        var escalation = service.open(id).signals().stream().filter(s -> s.type() == SignalType.ESCALATION)
                .findFirst().orElseThrow();
        assertThat(escalation.count()).isEqualTo(3);
        assertThat(escalation.incidentIds()).hasSize(3).contains(third);
        assertThat(escalation.dates()).containsExactly(TODAY.minusMonths(11), TODAY.minusMonths(5), TODAY.minusDays(3));
        assertThat(service.search(onlyWithSignals()).items()).singleElement()
                .satisfies(s -> assertThat(s.signals()).contains(SignalType.ESCALATION));
    }

    @Test
    void signalsExpireAsTimePassesOnceStaleHouseholdsAreRefreshed() {
        long id = service.create(household("Gezin Bakker", null));
        for (int days : new int[] {30, 20, 10}) {
            service.addIncident(id, incident(TODAY.minusDays(days), Severity.MINOR, null, List.of()));
        }
        assertThat(service.search(onlyWithSignals()).total()).isEqualTo(1);

        clock.advance(Duration.ofDays(365));
        assertThat(service.refreshStaleSignals()).isEqualTo(1);
        assertThat(service.refreshStaleSignals()).isZero();

        assertThat(service.search(onlyWithSignals()).total()).isZero();
        assertThat(service.open(id).signals()).noneMatch(s -> s.type() == SignalType.ESCALATION);
    }

    @Test
    void rowsASearchReturnsShowTodaysSignalsEvenBeforeTheDailyRefresh() {
        long id = service.create(household("Gezin Bakker", null));
        for (int days : new int[] {30, 20, 10}) {
            service.addIncident(id, incident(TODAY.minusDays(days), Severity.MINOR, null, List.of()));
        }
        assertThat(service.search(HouseholdQuery.text("bakker")).items().get(0).signals()).contains(SignalType.ESCALATION);

        clock.advance(Duration.ofDays(365));

        assertThat(service.search(HouseholdQuery.text("bakker")).items().get(0).signals())
                .doesNotContain(SignalType.ESCALATION);
    }

    @Test
    void threeAgenciesWithoutCaseDirectorFireUntilADirectorIsNamed() {
        long id = service.create(household("Gezin Bakker", null));
        List<Long> partners = TestRoles.partners(ctx).list(false).stream().limit(3).map(p -> p.id()).toList();
        for (long partner : partners) {
            service.addInvolvement(id, new InvolvementDraft(partner, null, null, TODAY.minusMonths(1), null, null));
        }
        assertThat(service.open(id).signals()).anyMatch(s -> s.type() == SignalType.NO_CASE_DIRECTOR && s.count() == 3);

        var h = service.open(id).household();
        var draft = nl.casustafel.domain.household.HouseholdDraft.of(h);
        service.update(id, h.version(), new nl.casustafel.domain.household.HouseholdDraft(draft.name(), draft.street(),
                draft.houseNumber(), draft.postcode(), draft.city(), draft.phase(), partners.get(1), "K. Smit",
                draft.openedOn()));

        assertThat(service.open(id).signals()).noneMatch(s -> s.type() == SignalType.NO_CASE_DIRECTOR);
        assertThat(service.search(onlyWithSignals()).total()).isZero();
    }
}
