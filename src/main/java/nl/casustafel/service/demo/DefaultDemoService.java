package nl.casustafel.service.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.Text;
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
import nl.casustafel.domain.household.CaseDirector;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.household.InvolvementDraft;
import nl.casustafel.domain.household.Person;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.InvolvedPerson;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.service.household.HouseholdDerivedData;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.store.Transactor;
import nl.casustafel.service.security.Access;
import nl.casustafel.service.security.UseCase;
import nl.casustafel.store.household.JooqHouseholdStore;
import nl.casustafel.store.household.JooqIncidentStore;
import nl.casustafel.store.household.JooqPersonStore;
import nl.casustafel.store.partner.JooqPartnerStore;

/**
 * Stores generated households in batches, one transaction per batch, table by table with derived data computed in
 * memory ({@code BulkHouseholds}); then, through the conference and measure
 * services, the generated conferences (see {@link DemoConferences}), one transaction per conference.
 */
public final class DefaultDemoService implements DemoService {
    /** Households per transaction (and per progress report). */
    private static final int BATCH = 500;

    private final Transactor tx;
    private final JooqHouseholdStore households;
    private final JooqPersonStore persons;
    private final JooqIncidentStore incidents;
    private final JooqPartnerStore partners;
    private final HouseholdDerivedData derived;
    private final Clock clock;
    private final ConferenceService conferenceService;
    private final MeasureService measureService;
    private final Access access;

    /** Households only: no conferences are generated. */
    public DefaultDemoService(Access access, Transactor tx, JooqHouseholdStore households, JooqPersonStore persons,
                              JooqIncidentStore incidents, JooqPartnerStore partners, HouseholdDerivedData derived,
                              Clock clock) {
        this(access, tx, households, persons, incidents, partners, derived, clock, null, null);
    }

    /** Households, and conferences with measures through these services. */
    public DefaultDemoService(Access access, Transactor tx, JooqHouseholdStore households, JooqPersonStore persons,
                              JooqIncidentStore incidents, JooqPartnerStore partners, HouseholdDerivedData derived,
                              Clock clock, ConferenceService conferenceService, MeasureService measureService) {
        this.access = access;
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
        access.session();
        return tx.inTransaction(() -> households.count() == 0);
    }

    @Override
    public DemoResult generate(int count, long seed, Progress progress, BooleanSupplier cancelled) {
        return generate(count, seed, DemoDataGenerator.DEFAULT_INCIDENT_SCALE, progress, cancelled);
    }

    @Override
    public DemoResult generate(int count, long seed, double incidentScale, Progress progress,
                               BooleanSupplier cancelled) {
        // The administrator's use case; the conferences and measures inside are planned on its behalf.
        return access.onBehalfOf(UseCase.DEMO_GENERATE,
                () -> generateNow(count, seed, incidentScale, progress, cancelled));
    }

    private DemoResult generateNow(int count, long seed, double incidentScale, Progress progress,
                                   BooleanSupplier cancelled) {
        if (count < 0) {
            throw new IllegalArgumentException("count");
        }
        if (!isStoreEmpty()) {
            // Fictional dossiers (with BSNs that pass the 11-proef) must never mix with real ones.
            throw new DomainException("error.demo.storeNotEmpty");
        }
        DemoDataGenerator generator = new DemoDataGenerator(seed, DomainTime.today(clock), incidentScale);
        Map<String, Long> partnerIds = tx.inTransaction(partners::idsByCode);
        int[] totals = new int[7];
        // Per household number: its id and its newest incident (-1 without incidents or when closed).
        List<long[]> stored = new ArrayList<>(count);
        BulkHouseholds bulk = new BulkHouseholds(partnerIds, totals);
        for (int from = 0; from < count && !cancelled.getAsBoolean(); from += BATCH) {
            int to = Math.min(count, from + BATCH);
            List<DemoHousehold> batch = generator.households(from, to);
            stored.addAll(tx.inTransaction(() -> bulk.store(batch, clock.instant())));
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
            // One signal evaluation per household at the end instead of one after every measure change.
            tx.run(() -> derived.deferringSignalRefreshes(() -> storeConference(c, stored, partnerIds, totals)));
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

    /**
     * Stores generated households a batch at a time, table by table, with the derived data (search tokens,
     * signals) computed from the households in memory: the same rows as storing each household through the
     * stores one statement at a time and re-reading it, in a few statements per batch. Persons are looked up by
     * key in this batch and the one before (the generator never refers further back).
     */
    private final class BulkHouseholds {
        private final Map<String, Long> partnerIds;
        private final int[] totals;
        private Map<String, Person> previousPersons = new HashMap<>();
        private Set<String> previousRelations = new HashSet<>();
        /** Stand-in ids of incidents, increasing in the order they are stored (the rules break ties by id). */
        private long incidentSequence;

        BulkHouseholds(Map<String, Long> partnerIds, int[] totals) {
            this.partnerIds = partnerIds;
            this.totals = totals;
        }

        /** Stores the batch in the current transaction; per household: id and newest incident id (or -1). */
        List<long[]> store(List<DemoHousehold> batch, Instant now) {
            Map<String, Person> batchPersons = new HashMap<>();
            Set<String> batchRelations = new HashSet<>();
            List<PersonDraft> newPersons = new ArrayList<>();
            List<String> newPersonKeys = new ArrayList<>();
            for (DemoHousehold h : batch) {
                for (DemoMember m : h.members()) {
                    if (!previousPersons.containsKey(m.personKey()) && !batchPersons.containsKey(m.personKey())) {
                        batchPersons.put(m.personKey(), null);
                        newPersons.add(m.person());
                        newPersonKeys.add(m.personKey());
                    }
                }
            }
            List<Long> personIds = persons.insertAll(newPersons, now);
            for (int k = 0; k < personIds.size(); k++) {
                PersonDraft d = newPersons.get(k);
                batchPersons.put(newPersonKeys.get(k), new Person(personIds.get(k), 0, d.name(), d.dateOfBirth(),
                        d.parsedBsn(), d.gender(), Text.trimToNull(d.notes())));
            }
            totals[1] += personIds.size();

            List<JooqHouseholdStore.NewHousehold> newHouseholds = new ArrayList<>(batch.size());
            List<List<Person>> membersOf = new ArrayList<>(batch.size());
            List<Set<String>> tokensOf = new ArrayList<>(batch.size());
            List<List<Incident>> incidentsOf = new ArrayList<>(batch.size());
            LocalDate today = DomainTime.today(clock);
            for (DemoHousehold h : batch) {
                List<Person> members = new ArrayList<>(h.members().size());
                for (DemoMember m : h.members()) {
                    Person p = batchPersons.get(m.personKey());
                    members.add(p != null ? p : previousPersons.get(m.personKey()));
                }
                membersOf.add(members);
                HouseholdDraft draft = draft(h);
                Household household = new Household(0, 0, draft.name().strip(), draft.address(),
                        h.closedOn() == null ? HouseholdStatus.OPEN : HouseholdStatus.CLOSED, draft.phase(),
                        draft.caseDirectorPartnerId() == null ? null
                                : new CaseDirector(draft.caseDirectorPartnerId(), draft.caseDirectorName()),
                        draft.openedOn(), h.closedOn(), h.lastConferenceOn());
                List<Incident> incidentList = new ArrayList<>(h.incidents().size());
                for (DemoIncident i : h.incidents()) {
                    IncidentDraft d = incidentDraft(i, members);
                    incidentList.add(new Incident(++incidentSequence, 0, 0, d.occurredAt(), d.type(), d.severity(),
                            Text.trimToNull(d.registrationNumber()), d.source(), Text.trimToNull(d.description()),
                            d.riskMarkers(), d.involved()));
                }
                incidentsOf.add(incidentList);
                List<Involvement> involvementList = new ArrayList<>();
                for (InvolvementDraft v : involvementDrafts(h)) {
                    involvementList.add(new Involvement(0, 0, 0, v.partnerId(), v.contactPerson(),
                            v.contactDetails(), v.startDate(), v.endDate(), v.description()));
                }
                HouseholdDerivedData.Derived d = derived.compute(household, members, incidentList, involvementList);
                tokensOf.add(d.tokens());
                newHouseholds.add(new JooqHouseholdStore.NewHousehold(draft, h.closedOn(), h.lastConferenceOn(),
                        d.signals(), d.incidentCount(), d.lastIncidentAt(), today));
            }
            List<Long> householdIds = households.insertAll(newHouseholds, now);
            totals[0] += householdIds.size();

            List<JooqPersonStore.NewMembership> memberships = new ArrayList<>();
            List<JooqPersonStore.NewRelation> relations = new ArrayList<>();
            List<JooqIncidentStore.NewIncident> incidentRows = new ArrayList<>();
            List<JooqIncidentStore.NewInvolvement> involvements = new ArrayList<>();
            Map<Long, Set<String>> tokens = new LinkedHashMap<>();
            for (int n = 0; n < batch.size(); n++) {
                DemoHousehold h = batch.get(n);
                long householdId = householdIds.get(n);
                List<Person> members = membersOf.get(n);
                Set<Long> memberOf = new HashSet<>();
                for (int k = 0; k < members.size(); k++) {
                    if (memberOf.add(members.get(k).id())) {
                        memberships.add(new JooqPersonStore.NewMembership(householdId, members.get(k).id(),
                                h.members().get(k).membership()));
                    }
                }
                for (DemoRelation r : h.relations()) {
                    long a = members.get(r.memberA()).id();
                    long b = members.get(r.memberB()).id();
                    if (a != b && !relationExists(batchRelations, a, b, r.type())) {
                        batchRelations.add(relationKey(a, b, r.type()));
                        relations.add(new JooqPersonStore.NewRelation(a, b, r.type()));
                    }
                }
                for (DemoIncident i : h.incidents()) {
                    incidentRows.add(new JooqIncidentStore.NewIncident(householdId, incidentDraft(i, members)));
                }
                for (InvolvementDraft v : involvementDrafts(h)) {
                    involvements.add(new JooqIncidentStore.NewInvolvement(householdId, v));
                }
                tokens.put(householdId, tokensOf.get(n));
            }
            persons.insertMemberships(memberships, now);
            persons.insertRelations(relations, now);
            List<Long> incidentIds = incidents.insertAll(incidentRows, now);
            incidents.insertInvolvements(involvements, now);
            households.insertTokens(tokens);
            totals[2] += incidentIds.size();
            totals[3] += involvements.size();
            totals[4] += relations.size();

            List<long[]> out = new ArrayList<>(batch.size());
            int next = 0;
            for (int n = 0; n < batch.size(); n++) {
                long newestIncident = -1;
                Instant newestAt = null;
                for (Incident i : incidentsOf.get(n)) {
                    long id = incidentIds.get(next++);
                    if (newestAt == null || i.occurredAt().isAfter(newestAt)) {
                        newestAt = i.occurredAt();
                        newestIncident = id;
                    }
                }
                out.add(new long[] {householdIds.get(n), batch.get(n).closedOn() == null ? newestIncident : -1});
            }
            previousPersons = batchPersons;
            previousRelations = batchRelations;
            return out;
        }

        private HouseholdDraft draft(DemoHousehold h) {
            HouseholdDraft d = h.household();
            Long director = h.caseDirectorPartnerCode() == null ? null : partnerIds.get(h.caseDirectorPartnerCode());
            return new HouseholdDraft(d.name(), d.street(), d.houseNumber(), d.postcode(), d.city(), d.phase(),
                    director, director == null ? null : d.caseDirectorName(), d.openedOn());
        }

        /** The incident with its involved members' person ids (each person once). */
        private IncidentDraft incidentDraft(DemoIncident i, List<Person> members) {
            IncidentDraft base = i.draft();
            List<InvolvedPerson> involved = new ArrayList<>();
            for (DemoInvolved p : i.involved()) {
                long personId = members.get(p.memberIndex()).id();
                if (involved.stream().noneMatch(x -> x.personId() == personId)) {
                    involved.add(new InvolvedPerson(personId, p.role()));
                }
            }
            return new IncidentDraft(base.date(), base.time(), base.type(), base.severity(),
                    base.registrationNumber(), base.source(), base.description(), base.riskMarkers(), involved);
        }

        /** The involvements with partner ids from the catalogue (unknown codes left out). */
        private List<InvolvementDraft> involvementDrafts(DemoHousehold h) {
            List<InvolvementDraft> out = new ArrayList<>(h.involvements().size());
            for (DemoInvolvement v : h.involvements()) {
                Long partnerId = partnerIds.get(v.partnerCode());
                if (partnerId != null) {
                    InvolvementDraft b = v.draft();
                    out.add(new InvolvementDraft(partnerId, Text.trimToNull(b.contactPerson()),
                            Text.trimToNull(b.contactDetails()), b.startDate(), b.endDate(),
                            Text.trimToNull(b.description())));
                }
            }
            return out;
        }

        /** As {@link JooqPersonStore#relationExists}: only parent-child is directed. */
        private boolean relationExists(Set<String> batchRelations, long a, long b, RelationType type) {
            String key = relationKey(a, b, type);
            String reverse = relationKey(b, a, type);
            return batchRelations.contains(key) || previousRelations.contains(key)
                    || type != RelationType.PARENT_CHILD
                    && (batchRelations.contains(reverse) || previousRelations.contains(reverse));
        }

        private static String relationKey(long a, long b, RelationType type) {
            return a + ":" + b + ":" + type.name();
        }
    }
}
