package nl.casustafel.service.household;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.household.Membership;
import nl.casustafel.domain.household.Person;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.signal.EscalationSignals;
import nl.casustafel.domain.signal.Signal;
import nl.casustafel.domain.signal.SignalType;
import nl.casustafel.store.household.JooqHouseholdStore;
import nl.casustafel.store.household.JooqIncidentStore;
import nl.casustafel.store.household.JooqPersonStore;

/**
 * Keeps a household's derived data (search tokens, stored signals, incident count) in step with its
 * content. Runs inside the caller's transaction.
 */
public final class HouseholdDerivedData {
    private final JooqHouseholdStore households;
    private final JooqPersonStore persons;
    private final JooqIncidentStore incidents;
    private final Clock clock;

    public HouseholdDerivedData(JooqHouseholdStore households, JooqPersonStore persons, JooqIncidentStore incidents,
                                Clock clock) {
        this.households = households;
        this.persons = persons;
        this.incidents = incidents;
        this.clock = clock;
    }

    /** Search index and signals both. */
    public void update(long householdId) {
        reindex(householdId);
        refresh(householdId);
    }

    public void reindex(long householdId) {
        Household h = households.get(householdId);
        List<Long> ids = persons.memberships(householdId).stream().map(Membership::personId).toList();
        List<Person> members = ids.isEmpty() ? List.of() : persons.byIds(ids);
        households.replaceTokens(householdId, SearchTokens.of(h, members, incidents.registrationNumbers(householdId)));
    }

    public void refresh(long householdId) {
        refresh(householdId, false);
    }

    /** With {@code onlyIfStale}: the daily re-evaluation, which must not overwrite a change's fresher result. */
    public void refresh(long householdId, boolean onlyIfStale) {
        Household h = households.get(householdId);
        List<Incident> incidentList = incidents.byHousehold(householdId);
        var today = DomainTime.today(clock);
        List<Signal> signals = EscalationSignals.evaluate(
                DefaultHouseholdService.signalInput(h, incidentList, incidents.involvements(householdId)), today);
        List<SignalType> types = signals.stream().map(Signal::type).toList();
        Instant last = incidentList.isEmpty() ? null : incidentList.get(0).occurredAt();
        households.updateDerived(householdId, types, incidentList.size(), last, today, onlyIfStale);
    }
}
