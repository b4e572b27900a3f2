package nl.casustafel.service.household;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
    /** Households whose signal refresh waits for the end of {@link #deferringSignalRefreshes}, or null. */
    private final ThreadLocal<Set<Long>> deferred = new ThreadLocal<>();

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

    /** What {@link #update} stores for a household, computed from its content in memory. */
    public record Derived(Set<String> tokens, List<SignalType> signals, int incidentCount, Instant lastIncidentAt,
                          LocalDate evaluatedOn) {
    }

    /**
     * What {@link #update} would store for a household without measures whose content is in memory (a bulk
     * load of new households): the same tokens and signals, without reading anything back. {@code incidents}
     * carry ids that follow the order in which they are stored.
     */
    public Derived compute(Household h, Collection<Person> members, List<Incident> incidents,
                           List<Involvement> involvements) {
        List<Incident> newestFirst = new ArrayList<>(incidents);
        newestFirst.sort(Comparator.comparing(Incident::occurredAt).thenComparingLong(Incident::id).reversed());
        List<String> registrations = newestFirst.stream().map(Incident::registrationNumber)
                .filter(Objects::nonNull).toList();
        LocalDate today = DomainTime.today(clock);
        List<SignalType> types = EscalationSignals.evaluate(new SignalInput(newestFirst, involvements,
                h.caseDirector() != null, h.lastConferenceOn(), List.of()), today).stream().map(Signal::type).toList();
        return new Derived(SearchTokens.of(h, members, registrations), types, newestFirst.size(),
                newestFirst.isEmpty() ? null : newestFirst.get(0).occurredAt(), today);
    }

    /** The search index only, after a change to the members. */
    public void reindex(long householdId) {
        Household h = households.get(householdId);
        households.replaceTokens(householdId,
                SearchTokens.of(h, members(householdId), incidents.registrationNumbers(householdId)));
    }

    /**
     * The signals only, after a change that cannot change the search words (a measure, a conference discussing
     * the household): saves rewriting the household's search tokens.
     */
    public void refreshSignals(long householdId) {
        Set<Long> later = deferred.get();
        if (later != null) {
            later.add(householdId);
            return;
        }
        storeSignals(households.get(householdId), incidents.byHousehold(householdId), false);
    }

    /**
     * Runs {@code work} (inside the caller's transaction) with every {@link #refreshSignals} deferred to its end,
     * once per household: for work that changes many measures of few households (the demo's conferences), so
     * that each household is evaluated once instead of after every change. The stored result is the same.
     */
    public void deferringSignalRefreshes(Runnable work) {
        if (deferred.get() != null) {
            work.run();
            return;
        }
        Set<Long> later = new LinkedHashSet<>();
        deferred.set(later);
        try {
            work.run();
        } finally {
            deferred.remove();
        }
        later.forEach(this::refreshSignals);
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
