package nl.casustafel.service.household;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.household.Membership;
import nl.casustafel.domain.household.Person;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.signal.EscalationSignals;
import nl.casustafel.domain.signal.Signal;
import nl.casustafel.domain.signal.SignalInput;
import nl.casustafel.domain.signal.SignalType;
import nl.casustafel.store.household.JooqHouseholdStore;
import nl.casustafel.store.household.JooqIncidentStore;
import nl.casustafel.store.household.JooqPersonStore;
import nl.casustafel.store.measure.JooqMeasureStore;

/**
 * Keeps a household's derived data (search tokens, stored signals, incident count) in step with its
 * content. Runs inside the caller's transaction.
 */
public final class HouseholdDerivedData {
    private final JooqHouseholdStore households;
    private final JooqPersonStore persons;
    private final JooqIncidentStore incidents;
    private final JooqMeasureStore measures;
    private final Clock clock;

    public HouseholdDerivedData(JooqHouseholdStore households, JooqPersonStore persons, JooqIncidentStore incidents,
                                JooqMeasureStore measures, Clock clock) {
        this.households = households;
        this.persons = persons;
        this.incidents = incidents;
        this.measures = measures;
        this.clock = clock;
    }

    /** What the escalation rules look at for the household: incidents, involvements and its measures. */
    public SignalInput signalInput(Household h, List<Incident> incidentList, List<Involvement> involvements) {
        return new SignalInput(incidentList, involvements, h.caseDirector() != null, h.lastConferenceOn(),
                measures.byHousehold(h.id()));
    }

    /** Search index and signals both, after a change to the household's content (loads it once). */
    public void update(long householdId) {
        Household h = households.get(householdId);
        List<Incident> incidentList = incidents.byHousehold(householdId);
        List<String> registrations = incidentList.stream().map(Incident::registrationNumber)
                .filter(Objects::nonNull).toList();
        households.replaceTokens(householdId, SearchTokens.of(h, members(householdId), registrations));
        storeSignals(h, incidentList, false);
    }

    /** The search index only, after a change to the members. */
    public void reindex(long householdId) {
        Household h = households.get(householdId);
        households.replaceTokens(householdId,
                SearchTokens.of(h, members(householdId), incidents.registrationNumbers(householdId)));
    }

    /** The signals only: the daily re-evaluation, which must not overwrite a change's fresher result. */
    public void refreshIfStale(long householdId) {
        storeSignals(households.get(householdId), incidents.byHousehold(householdId), true);
    }

    private List<Person> members(long householdId) {
        List<Long> ids = persons.memberships(householdId).stream().map(Membership::personId).toList();
        return ids.isEmpty() ? List.of() : persons.byIds(ids);
    }

    private void storeSignals(Household h, List<Incident> incidentList, boolean onlyIfStale) {
        var today = DomainTime.today(clock);
        List<Signal> signals = EscalationSignals.evaluate(
                signalInput(h, incidentList, incidents.involvements(h.id())), today);
        List<SignalType> types = signals.stream().map(Signal::type).toList();
        Instant last = incidentList.isEmpty() ? null : incidentList.get(0).occurredAt();
        households.updateDerived(h.id(), types, incidentList.size(), last, today, onlyIfStale);
    }
}
