package nl.casustafel.service.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.demo.DemoDataGenerator;
import nl.casustafel.domain.demo.DemoHousehold;
import nl.casustafel.domain.demo.DemoIncident;
import nl.casustafel.domain.demo.DemoInvolved;
import nl.casustafel.domain.demo.DemoInvolvement;
import nl.casustafel.domain.demo.DemoMember;
import nl.casustafel.domain.demo.DemoRelation;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.household.InvolvementDraft;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.InvolvedPerson;
import nl.casustafel.store.Transactor;
import nl.casustafel.store.household.JooqHouseholdStore;
import nl.casustafel.store.household.JooqIncidentStore;
import nl.casustafel.store.household.JooqPersonStore;
import nl.casustafel.store.partner.JooqPartnerStore;
import nl.casustafel.service.household.HouseholdDerivedData;

/** Stores generated households in batches, one transaction per batch. */
public final class DefaultDemoService implements DemoService {
    private static final int BATCH = 50;

    private final Transactor tx;
    private final JooqHouseholdStore households;
    private final JooqPersonStore persons;
    private final JooqIncidentStore incidents;
    private final JooqPartnerStore partners;
    private final HouseholdDerivedData derived;
    private final Clock clock;

    public DefaultDemoService(Transactor tx, JooqHouseholdStore households, JooqPersonStore persons,
                              JooqIncidentStore incidents, JooqPartnerStore partners, HouseholdDerivedData derived,
                              Clock clock) {
        this.tx = tx;
        this.households = households;
        this.persons = persons;
        this.incidents = incidents;
        this.partners = partners;
        this.clock = clock;
        this.derived = derived;
    }

    @Override
    public boolean isStoreEmpty() {
        return tx.inTransaction(() -> households.count() == 0);
    }

    @Override
    public DemoResult generate(int count, long seed, Progress progress, BooleanSupplier cancelled) {
        if (count < 0) {
            throw new IllegalArgumentException("count");
        }
        if (!isStoreEmpty()) {
            // Fictional dossiers (with BSNs that pass the 11-proef) must never mix with real ones.
            throw new DomainException("error.demo.storeNotEmpty");
        }
        DemoDataGenerator generator = new DemoDataGenerator(seed, DomainTime.today(clock));
        Map<String, Long> partnerIds = tx.inTransaction(partners::idsByCode);
        Map<String, Long> personIds = new HashMap<>();
        int[] totals = new int[5];
        for (int from = 0; from < count && !cancelled.getAsBoolean(); from += BATCH) {
            int to = Math.min(count, from + BATCH);
            List<DemoHousehold> batch = generator.households(from, to);
            Map<String, Long> created = new HashMap<>();
            tx.run(() -> {
                Instant now = clock.instant();
                for (DemoHousehold h : batch) {
                    store(h, partnerIds, personIds, created, totals, now);
                }
            });
            personIds.putAll(created);
            progress.update(to, count);
        }
        return new DemoResult(totals[0], totals[1], totals[2], totals[3], totals[4]);
    }

    private void store(DemoHousehold h, Map<String, Long> partnerIds, Map<String, Long> known,
                       Map<String, Long> created, int[] totals, Instant now) {
        HouseholdDraft d = h.household();
        Long director = h.caseDirectorPartnerCode() == null ? null : partnerIds.get(h.caseDirectorPartnerCode());
        HouseholdDraft draft = new HouseholdDraft(d.name(), d.street(), d.houseNumber(), d.postcode(), d.city(),
                d.phase(), director, director == null ? null : d.caseDirectorName(), d.openedOn());
        long householdId = households.insert(draft, now);
        totals[0]++;
        List<Long> memberIds = new ArrayList<>();
        for (DemoMember m : h.members()) {
            Long personId = known.get(m.personKey());
            if (personId == null) {
                personId = created.get(m.personKey());
            }
            if (personId == null) {
                personId = persons.insert(m.person(), now);
                created.put(m.personKey(), personId);
                totals[1]++;
            }
            if (!persons.isMember(householdId, personId)) {
                persons.insertMembership(householdId, personId, m.membership(), now);
            }
            memberIds.add(personId);
        }
        for (DemoRelation r : h.relations()) {
            long a = memberIds.get(r.memberA());
            long b = memberIds.get(r.memberB());
            if (a != b && !persons.relationExists(a, b, r.type())) {
                persons.insertRelation(a, b, r.type(), now);
                totals[4]++;
            }
        }
        for (DemoIncident i : h.incidents()) {
            IncidentDraft base = i.draft();
            List<InvolvedPerson> involved = new ArrayList<>();
            for (DemoInvolved p : i.involved()) {
                long personId = memberIds.get(p.memberIndex());
                if (involved.stream().noneMatch(x -> x.personId() == personId)) {
                    involved.add(new InvolvedPerson(personId, p.role()));
                }
            }
            incidents.insert(householdId, new IncidentDraft(base.date(), base.time(), base.type(), base.severity(),
                    base.registrationNumber(), base.source(), base.description(), base.riskMarkers(), involved), now);
            totals[2]++;
        }
        for (DemoInvolvement v : h.involvements()) {
            Long partnerId = partnerIds.get(v.partnerCode());
            if (partnerId == null) {
                continue;
            }
            InvolvementDraft b = v.draft();
            incidents.insertInvolvement(householdId, new InvolvementDraft(partnerId, b.contactPerson(),
                    b.contactDetails(), b.startDate(), b.endDate(), b.description()), now);
            totals[3]++;
        }
        if (h.lastConferenceOn() != null) {
            households.setLastConferenceOn(householdId, h.lastConferenceOn());
        }
        if (h.closedOn() != null) {
            households.changeStatus(householdId, 0, HouseholdStatus.CLOSED, h.closedOn(), null, now);
        }
        derived.update(householdId);
    }
}
