package nl.casustafel.service;

import nl.casustafel.TestRoles;
import static nl.casustafel.service.HouseholdServiceTest.household;
import static nl.casustafel.store.jooq.Tables.MEASURE;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.conference.AgendaItemState;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AgendaSuggestion;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.conference.SuggestionKind;
import nl.casustafel.domain.conference.SuggestionReason;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.service.household.HouseholdService;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agenda suggestions from the facts in the store: ranking, reasons and who is left out. */
class ConferenceSuggestionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final String name = TestClocks.uniqueName("suggestions");
    private AppContext ctx;
    private ConferenceService service;
    private HouseholdService households;
    private Connection connection;
    private DSLContext sql;
    private long politie;

    @BeforeEach
    void open() throws SQLException {
        ctx = AppContext.inMemory(name, TestClocks.fixed(), nl.casustafel.domain.security.Role.CHAIR);
        service = TestRoles.conferences(ctx);
        households = TestRoles.households(ctx);
        politie = TestRoles.partners(ctx).list(true).stream().filter(p -> p.code().equals("POLITIE")).findFirst()
                .orElseThrow().id();
        // The measure table is written with plain jOOQ: the measure service is another engineer's work.
        connection = DriverManager.getConnection("jdbc:h2:mem:" + name, "casustafel", "");
        sql = DSL.using(connection, SQLDialect.H2);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        ctx.close();
    }

    private long conference(LocalDate date) {
        return service.plan(new ConferenceDraft(ConferenceType.REGULAR, date, LocalTime.of(10, 0), 120, null,
                "Voorzitter", null, null, List.of(politie)));
    }

    private long incident(long householdId, LocalDate date, LocalTime time, Severity severity, RiskMarker... markers) {
        return households.addIncident(householdId, new IncidentDraft(date, time, IncidentType.DOMESTIC_VIOLENCE_PHYSICAL,
                severity, null, IncidentSource.POLICE, null, Set.of(markers), List.of()));
    }

    private void measure(long householdId, MeasureStatus status, LocalDate deadline) {
        OffsetDateTime now = TestClocks.NOW.atOffset(ZoneOffset.UTC);
        sql.insertInto(MEASURE)
                .set(MEASURE.HOUSEHOLD_ID, householdId)
                .set(MEASURE.CATEGORY, "CARE")
                .set(MEASURE.TYPE, "VOLUNTARY_CARE_TRAJECTORY")
                .set(MEASURE.OWNER_PARTNER_ID, politie)
                .set(MEASURE.START_DATE, TODAY.minusMonths(2))
                .set(MEASURE.DEADLINE, deadline)
                .set(MEASURE.STATUS, status.name())
                .set(MEASURE.STATUS_CHANGED_ON, TODAY.minusMonths(2))
                .set(MEASURE.CREATED_AT, now)
                .set(MEASURE.UPDATED_AT, now)
                .execute();
    }

    /** Discusses the household in a closed conference on that date. */
    private void discussed(long householdId, LocalDate date) {
        long id = conference(date);
        long item = service.addAgendaItem(id, householdId, AgendaReason.NEW, 20);
        service.start(id, 0);
        service.setItemState(item, 0, AgendaItemState.DONE);
        service.close(id, 1, false);
    }

    @Test
    void acuteIncidentComesFirstThenOverdueMeasuresThenNewIncidentsWithTheirReasons() {
        long nieuw = households.create(household("Gezin Nieuw", null));
        long termijn = households.create(household("Gezin Termijn", null));
        long acuut = households.create(household("Gezin Zwart", null));
        long wurging = households.create(household("Gezin Wurging", null));
        long stil = households.create(household("Gezin Stil", null));

        incident(acuut, TODAY.minusDays(5), LocalTime.NOON, Severity.SEVERE);
        incident(wurging, TODAY.minusDays(6), LocalTime.NOON, Severity.MINOR, RiskMarker.STRANGULATION);
        measure(termijn, MeasureStatus.OPEN, TODAY.minusDays(3));
        measure(termijn, MeasureStatus.IN_PROGRESS, TODAY.minusDays(1));
        measure(termijn, MeasureStatus.IN_PROGRESS, TODAY.plusDays(14));
        measure(termijn, MeasureStatus.DONE, TODAY.minusDays(3));
        measure(termijn, MeasureStatus.OPEN, TODAY.plusDays(15));
        measure(termijn, MeasureStatus.OPEN, null);
        // Discussed 30 days ago: the serious incident of that evening (23:30 in Amsterdam, 22:30 UTC) was discussed
        // already; the one half an hour after midnight is new.
        LocalDate discussedOn = TODAY.minusDays(30);
        incident(nieuw, discussedOn.minusDays(10), LocalTime.NOON, Severity.MINOR);
        incident(nieuw, discussedOn, LocalTime.of(23, 30), Severity.SERIOUS);
        incident(nieuw, discussedOn.plusDays(1), LocalTime.of(0, 30), Severity.MINOR);
        discussed(nieuw, discussedOn);
        // Never discussed, one incident more than 12 months ago: nothing speaks for it.
        incident(stil, TODAY.minusMonths(13), LocalTime.NOON, Severity.SEVERE);
        long id = conference(TODAY);

        List<AgendaSuggestion> suggestions = service.suggest(id, 10);

        assertThat(suggestions).extracting(AgendaSuggestion::householdId)
                .containsExactly(wurging, acuut, termijn, nieuw);
        assertThat(suggestions.get(1).reasons()).containsExactly(
                new SuggestionReason(SuggestionKind.ACUTE_INCIDENT, 1), new SuggestionReason(SuggestionKind.NEW_INCIDENTS, 1));
        assertThat(suggestions.get(1).proposedReason()).isEqualTo(AgendaReason.ACUTE);
        assertThat(suggestions.get(2).reasons()).containsExactly(
                new SuggestionReason(SuggestionKind.OVERDUE_MEASURES, 2),
                new SuggestionReason(SuggestionKind.CLOCK_EXPIRING, 1));
        assertThat(suggestions.get(2).proposedReason()).isEqualTo(AgendaReason.NEW);
        AgendaSuggestion followUp = suggestions.get(3);
        assertThat(followUp.proposedReason()).isEqualTo(AgendaReason.FOLLOW_UP);
        assertThat(followUp.reasons()).first().isEqualTo(new SuggestionReason(SuggestionKind.NEW_INCIDENTS, 1));
        // The incident after the conference fires (among others) the repeat signal.
        assertThat(followUp.reasons()).extracting(SuggestionReason::kind).contains(SuggestionKind.ACTIVE_SIGNALS);
        // One acute incident each; strangulation also fires the lethality signal, which puts it ahead.
        assertThat(suggestions.get(0).reasons()).containsExactly(
                new SuggestionReason(SuggestionKind.ACUTE_INCIDENT, 1), new SuggestionReason(SuggestionKind.NEW_INCIDENTS, 1),
                new SuggestionReason(SuggestionKind.ACTIVE_SIGNALS, 1));
        assertThat(service.suggest(id, 2)).extracting(AgendaSuggestion::householdId).containsExactly(wurging, acuut);
    }

    @Test
    void householdsOnTheAgendaAndClosedHouseholdsAreLeftOut() {
        long onAgenda = households.create(household("Gezin Agenda", null));
        long closed = households.create(household("Gezin Gesloten", null));
        long open = households.create(household("Gezin Open", null));
        for (long h : new long[] {onAgenda, closed, open}) {
            incident(h, TODAY.minusDays(4), LocalTime.NOON, Severity.SEVERE);
            measure(h, MeasureStatus.OPEN, TODAY.minusDays(2));
        }
        households.close(closed, households.open(closed).household().version(), TODAY, null);
        long id = conference(TODAY);
        service.addAgendaItem(id, onAgenda, AgendaReason.NEW, 20);

        assertThat(service.suggest(id, 10)).extracting(AgendaSuggestion::householdId).containsExactly(open);
        assertThat(households.open(closed).household().status()).isEqualTo(HouseholdStatus.CLOSED);
    }

    @Test
    void acuteMarkerOutranksMoreIncidentsAndSignals() {
        long many = households.create(household("Gezin Veel", null));
        long few = households.create(household("Gezin Weinig", null));
        // Both have incidents within the last 12 months; one has a lethality marker (acute), the other three
        // incidents with children present (escalation and children present repeatedly).
        for (int i = 0; i < 3; i++) {
            incident(many, TODAY.minusMonths(11).plusDays(i), LocalTime.NOON, Severity.MINOR, RiskMarker.CHILDREN_PRESENT);
        }
        incident(few, TODAY.minusMonths(11), LocalTime.NOON, Severity.MINOR, RiskMarker.STRANGULATION);
        long id = conference(TODAY);

        var suggestions = service.suggest(id, 10);

        assertThat(suggestions).extracting(AgendaSuggestion::householdId).containsExactly(few, many);
        assertThat(suggestions.get(1).reasons()).extracting(SuggestionReason::kind)
                .containsExactly(SuggestionKind.NEW_INCIDENTS, SuggestionKind.ACTIVE_SIGNALS);
    }
}
