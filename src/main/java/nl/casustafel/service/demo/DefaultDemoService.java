package nl.casustafel.service.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.time.LocalDate;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.conference.AgendaItemState;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AssessmentDraft;
import nl.casustafel.domain.conference.AttendeeDraft;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.demo.DemoConferences;
import nl.casustafel.domain.demo.DemoConferences.DemoAgendaItem;
import nl.casustafel.domain.demo.DemoConferences.DemoAttendee;
import nl.casustafel.domain.demo.DemoConferences.DemoConference;
import nl.casustafel.domain.demo.DemoConferences.DemoMeasure;
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
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.store.Transactor;
import nl.casustafel.store.household.JooqHouseholdStore;
import nl.casustafel.store.household.JooqIncidentStore;
import nl.casustafel.store.household.JooqPersonStore;
import nl.casustafel.store.partner.JooqPartnerStore;
import nl.casustafel.service.household.HouseholdDerivedData;

/**
 * Stores generated households in batches, one transaction per batch; then, through the conference and measure
 * services, the generated conferences (see {@link DemoConferences}), one transaction per conference.
 */
public final class DefaultDemoService implements DemoService {
    private static final int BATCH = 50;

    private final Transactor tx;
    private final JooqHouseholdStore households;
    private final JooqPersonStore persons;
    private final JooqIncidentStore incidents;
    private final JooqPartnerStore partners;
    private final HouseholdDerivedData derived;
    private final Clock clock;
    private final ConferenceService conferenceService;
    private final MeasureService measureService;

    /** Households only: no conferences are generated. */
    public DefaultDemoService(Transactor tx, JooqHouseholdStore households, JooqPersonStore persons,
                              JooqIncidentStore incidents, JooqPartnerStore partners, HouseholdDerivedData derived,
                              Clock clock) {
        this(tx, households, persons, incidents, partners, derived, clock, null, null);
    }

    /** Households, and conferences with measures through these services. */
    public DefaultDemoService(Transactor tx, JooqHouseholdStore households, JooqPersonStore persons,
                              JooqIncidentStore incidents, JooqPartnerStore partners, HouseholdDerivedData derived,
                              Clock clock, ConferenceService conferenceService, MeasureService measureService) {
        this.tx = tx;
        this.households = households;
        this.persons = persons;
        this.incidents = incidents;
        this.partners = partners;
        this.clock = clock;
        this.derived = derived;
        this.conferenceService = conferenceService;
        this.measureService = measureService;
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
        int[] totals = new int[7];
        // Per household number: its id and its newest incident (null without incidents or when closed).
        List<long[]> stored = new ArrayList<>(count);
        for (int from = 0; from < count && !cancelled.getAsBoolean(); from += BATCH) {
            int to = Math.min(count, from + BATCH);
            List<DemoHousehold> batch = generator.households(from, to);
            Map<String, Long> created = new HashMap<>();
            List<long[]> batchStored = new ArrayList<>(batch.size());
            tx.run(() -> {
                Instant now = clock.instant();
                for (DemoHousehold h : batch) {
                    batchStored.add(store(h, partnerIds, personIds, created, totals, now));
                }
            });
            stored.addAll(batchStored);
            personIds.putAll(created);
            progress.update(to, count);
        }
        if (conferenceService != null && measureService != null && !cancelled.getAsBoolean()) {
            storeConferences(new DemoConferences(seed, generator.today()), stored, partnerIds, totals);
        }
        return new DemoResult(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], totals[6]);
    }

    /** Index 0: household id; index 1: newest incident id or -1 (none, or closed household). */
    private void storeConferences(DemoConferences plans, List<long[]> stored, Map<String, Long> partnerIds,
                                  int[] totals) {
        List<Integer> eligible = new ArrayList<>();
        for (int n = 0; n < stored.size(); n++) {
            if (stored.get(n)[1] >= 0) {
                eligible.add(n);
            }
        }
        for (DemoConference c : plans.conferences(stored.size(), eligible)) {
            tx.run(() -> storeConference(c, stored, partnerIds, totals));
            totals[5]++;
        }
    }

    private void storeConference(DemoConference c, List<long[]> stored, Map<String, Long> partnerIds, int[] totals) {
        ConferenceDraft draft = new ConferenceDraft(c.type(), c.date(), c.time(), c.durationMinutes(), c.place(),
                c.chairName(), partnerIds.get(c.chairPartnerCode()), c.minuteTakerName(),
                c.invitedPartnerCodes().stream().map(partnerIds::get).filter(Objects::nonNull).toList());
        List<DemoAgendaItem> items = c.items();
        long conferenceId;
        List<Long> itemIds = new ArrayList<>();
        int first = 0;
        if (!items.isEmpty() && items.get(0).acute()) {
            conferenceId = conferenceService.planAcute(stored.get(items.get(0).householdNumber())[1], draft);
            itemIds.add(conferenceService.open(conferenceId).agenda().get(0).item().id());
            first = 1;
        } else {
            conferenceId = conferenceService.plan(draft);
        }
        for (DemoAttendee a : c.attendees()) {
            conferenceService.addAttendee(conferenceId, new AttendeeDraft(a.name(),
                    a.partnerCode() == null ? null : partnerIds.get(a.partnerCode()), a.role(), a.attendance(),
                    a.attendance() != null, a.confidentialitySignedOn()));
        }
        for (int k = first; k < items.size(); k++) {
            DemoAgendaItem item = items.get(k);
            itemIds.add(conferenceService.addAgendaItem(conferenceId, stored.get(item.householdNumber())[0],
                    k == 0 ? AgendaReason.NEW : AgendaReason.FOLLOW_UP, 20));
        }
        if (!c.held()) {
            return;
        }
        conferenceService.start(conferenceId, conferenceService.open(conferenceId).conference().version());
        Map<Long, Integer> versions = new HashMap<>();
        conferenceService.open(conferenceId).agenda().forEach(e -> versions.put(e.item().id(), e.item().version()));
        List<long[]> measureIds = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            DemoAgendaItem item = items.get(k);
            long itemId = itemIds.get(k);
            long householdId = stored.get(item.householdNumber())[0];
            Map<Long, Integer> scores = new HashMap<>();
            item.scores().forEach((code, score) -> {
                Long partnerId = partnerIds.get(code);
                if (partnerId != null) {
                    scores.put(partnerId, score);
                }
            });
            int version = versions.get(itemId);
            conferenceService.saveAssessment(itemId, version, new AssessmentDraft(item.immediateDanger(), scores,
                    item.worries(), item.goingWell(), item.mustHappen(), item.decisions()));
            conferenceService.setItemState(itemId, version + 1, AgendaItemState.DONE);
            for (DemoMeasure m : item.measures()) {
                MeasureDraft base = new MeasureDraft(m.type().category(), m.type(), null,
                        partnerIds.get(m.ownerPartnerCode()), m.responsiblePerson(), m.startDate(), null,
                        MeasureStatus.OPEN, m.description());
                // The legal clock's default, or a quarter for measures "as agreed" or "as ordered".
                LocalDate deadline = base.effectiveDeadline().orElse(m.startDate().plusMonths(3));
                long measureId = measureService.add(householdId, itemId, new MeasureDraft(base.category(),
                        base.type(), null, base.ownerPartnerId(), base.responsiblePerson(), base.startDate(), deadline,
                        MeasureStatus.OPEN, base.description()));
                measureIds.add(new long[] {measureId, m.status().ordinal()});
                totals[6]++;
            }
        }
        conferenceService.close(conferenceId, conferenceService.open(conferenceId).conference().version(), true);
        for (long[] m : measureIds) {
            MeasureStatus status = MeasureStatus.values()[(int) m[1]];
            if (status == MeasureStatus.OPEN) {
                continue;
            }
            if (status != MeasureStatus.IN_PROGRESS) {
                measureService.changeStatus(m[0], 0, MeasureStatus.IN_PROGRESS, null, null);
                measureService.changeStatus(m[0], 1, status, null, null);
            } else {
                measureService.changeStatus(m[0], 0, status, null, null);
            }
        }
    }

    private long[] store(DemoHousehold h, Map<String, Long> partnerIds, Map<String, Long> known,
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
        long newestIncident = -1;
        Instant newestAt = null;
        for (DemoIncident i : h.incidents()) {
            IncidentDraft base = i.draft();
            List<InvolvedPerson> involved = new ArrayList<>();
            for (DemoInvolved p : i.involved()) {
                long personId = memberIds.get(p.memberIndex());
                if (involved.stream().noneMatch(x -> x.personId() == personId)) {
                    involved.add(new InvolvedPerson(personId, p.role()));
                }
            }
            IncidentDraft stored = new IncidentDraft(base.date(), base.time(), base.type(), base.severity(),
                    base.registrationNumber(), base.source(), base.description(), base.riskMarkers(), involved);
            long incidentId = incidents.insert(householdId, stored, now);
            Instant at = stored.occurredAt();
            if (newestAt == null || at.isAfter(newestAt)) {
                newestAt = at;
                newestIncident = incidentId;
            }
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
        return new long[] {householdId, h.closedOn() == null ? newestIncident : -1};
    }
}
