package nl.casustafel.service.household;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.Page;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.household.InvolvementDraft;
import nl.casustafel.domain.household.Membership;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.Person;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.InvolvedPerson;
import nl.casustafel.domain.signal.EscalationSignals;
import nl.casustafel.domain.signal.Signal;
import nl.casustafel.store.Transactor;
import nl.casustafel.service.security.Access;
import nl.casustafel.service.security.UseCase;
import nl.casustafel.store.household.JooqHouseholdStore;
import nl.casustafel.store.household.JooqIncidentStore;
import nl.casustafel.store.household.JooqPersonStore;
import nl.casustafel.store.partner.JooqPartnerStore;

/** Household dossier use cases over the jOOQ stores; one transaction per method. */
public final class DefaultHouseholdService implements HouseholdService {
    /** Small batches: the daily refresh runs beside a user's edits and must not hold locks for long. */
    private static final int REFRESH_BATCH = 50;

    private final Transactor tx;
    private final JooqHouseholdStore households;
    private final JooqPersonStore persons;
    private final JooqIncidentStore incidents;
    private final JooqPartnerStore partners;
    private final Clock clock;
    private final HouseholdDerivedData derived;
    private final HouseholdMembers members;
    private final Access access;

    public DefaultHouseholdService(Access access, Transactor tx, JooqHouseholdStore households, JooqPersonStore persons,
                                   JooqIncidentStore incidents, JooqPartnerStore partners, HouseholdDerivedData derived,
                                   Clock clock) {
        this.access = access;
        this.derived = derived;
        this.tx = tx;
        this.households = households;
        this.persons = persons;
        this.incidents = incidents;
        this.partners = partners;
        this.clock = clock;
        this.members = new HouseholdMembers(persons);
    }

    private LocalDate today() {
        return DomainTime.today(clock);
    }

    private Instant now() {
        return clock.instant();
    }

    @Override
    public Page<HouseholdSummary> search(HouseholdQuery q) {
        access.require(UseCase.HOUSEHOLD_SEARCH);
        var criteria = new JooqHouseholdStore.Criteria(SearchTokens.query(q.text()), q.status(), q.withSignalOnly(),
                q.directorPartnerId(), q.sort().name(), q.ascending(), q.offset(), q.limit());
        LocalDate today = today();
        // One audit entry per search; the words searched are not recorded (they are names).
        Page<JooqHouseholdStore.Row> page = access.perform(UseCase.HOUSEHOLD_SEARCH, null, () -> {
            Long scope = access.session().readScope();
            var condition = scope == null ? null : JooqHouseholdStore.involving(scope, today);
            Page<JooqHouseholdStore.Row> found = households.search(criteria, condition);
            // Signals depend on today's date: rows shown are never a day old, even before the daily refresh ran.
            List<Long> stale = found.items().stream()
                    .filter(r -> r.signalsEvaluatedOn() == null || r.signalsEvaluatedOn().isBefore(today))
                    .map(JooqHouseholdStore.Row::id).toList();
            if (!stale.isEmpty()) {
                stale.forEach(derived::refreshIfStale);
                found = households.search(criteria, condition);
            }
            return found;
        });
        List<HouseholdSummary> items = page.items().stream()
                .map(r -> new HouseholdSummary(r.id(), r.name(), addressLine(r), postcode(r), r.address().city(),
                        r.status(), r.phase(), r.directorPartner(), r.incidentCount(), r.lastIncidentAt(), r.signals()))
                .toList();
        return new Page<>(items, page.offset(), page.limit(), page.total(), page.totalExact());
    }

    private static String addressLine(JooqHouseholdStore.Row r) {
        var a = r.address();
        if (a.street() == null) {
            return "";
        }
        return a.houseNumber() == null ? a.street() : a.street() + " " + a.houseNumber();
    }

    private static String postcode(JooqHouseholdStore.Row r) {
        return r.address().postcode() == null ? "" : r.address().postcode().value();
    }

    @Override
    public HouseholdDossier open(long householdId) {
        access.require(UseCase.HOUSEHOLD_OPEN);
        LocalDate today = today();
        access.requireHousehold(UseCase.HOUSEHOLD_OPEN, householdId);
        return access.perform(UseCase.HOUSEHOLD_OPEN, householdId, () -> {
            Household household = households.get(householdId);
            List<Member> members = this.members.of(householdId);
            List<Long> personIds = members.stream().map(m -> m.membership().personId()).toList();
            List<Incident> incidentList = incidents.byHousehold(householdId);
            List<Involvement> involvementList = incidents.involvements(householdId);
            List<Signal> signals = EscalationSignals.evaluate(
                    derived.signalInput(household, incidentList, involvementList), today);
            return new HouseholdDossier(household, members, persons.relationsAmong(personIds), incidentList,
                    involvementList, signals, households.statusChanges(householdId), partners.list(true));
        });
    }

    @Override
    public long create(HouseholdDraft draft) {
        access.require(UseCase.HOUSEHOLD_CREATE);
        ValidationException.throwIfAny(draft.validate(today()));
        return access.create(UseCase.HOUSEHOLD_CREATE, () -> {
            checkPartner(draft.caseDirectorPartnerId());
            long id = households.insert(draft, now());
            afterChange(id);
            return id;
        });
    }

    @Override
    public void update(long householdId, int version, HouseholdDraft draft) {
        access.require(UseCase.HOUSEHOLD_UPDATE);
        ValidationException.throwIfAny(draft.validate(today()));
        access.run(UseCase.HOUSEHOLD_UPDATE, householdId, () -> {
            checkPartner(draft.caseDirectorPartnerId());
            households.update(householdId, version, draft, now());
            afterChange(householdId);
        });
    }

    private void checkPartner(Long partnerId) {
        if (partnerId != null) {
            partners.get(partnerId);
        }
    }

    @Override
    public void close(long householdId, int version, LocalDate decidedOn, String reason) {
        changeStatus(UseCase.HOUSEHOLD_CLOSE, householdId, version, HouseholdStatus.CLOSED, decidedOn, reason);
    }

    @Override
    public void reopen(long householdId, int version, LocalDate decidedOn, String reason) {
        changeStatus(UseCase.HOUSEHOLD_REOPEN, householdId, version, HouseholdStatus.OPEN, decidedOn, reason);
    }

    private void changeStatus(UseCase useCase, long id, int version, HouseholdStatus status, LocalDate decidedOn, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (decidedOn == null) {
            errors.add(FieldError.of("decidedOn", "validation.required"));
        } else if (decidedOn.isAfter(today())) {
            errors.add(FieldError.of("decidedOn", "validation.dateInFuture"));
        }
        if (reason != null && reason.strip().length() > 2000) {
            errors.add(FieldError.of("reason", "validation.tooLong", 2000));
        }
        ValidationException.throwIfAny(errors);
        access.run(useCase, id, () -> {
            Household h = households.get(id);
            if (h.status() == status) {
                throw new DomainException(status == HouseholdStatus.CLOSED ? "error.householdClosed" : "error.householdOpen");
            }
            if (decidedOn.isBefore(h.openedOn())) {
                throw new ValidationException(List.of(FieldError.of("decidedOn", "validation.beforeOpened")));
            }
            // A decision cannot precede the previous one (reopening before the household was closed).
            var previous = households.statusChanges(id);
            if (!previous.isEmpty() && decidedOn.isBefore(previous.get(0).decidedOn())) {
                throw new ValidationException(List.of(FieldError.of("decidedOn", "validation.beforeLastDecision",
                        previous.get(0).decidedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")))));
            }
            households.changeStatus(id, version, status, decidedOn, reason, now());
        });
    }

    @Override
    public long addNewMember(long householdId, PersonDraft person, MembershipDraft membership) {
        access.require(UseCase.MEMBER_ADD);
        List<FieldError> errors = new ArrayList<>(person.validate(today()));
        errors.addAll(membership.validate());
        ValidationException.throwIfAny(errors);
        return access.perform(UseCase.MEMBER_ADD, householdId, () -> {
            households.get(householdId);
            long personId = persons.insert(person, now());
            persons.insertMembership(householdId, personId, membership, now());
            derived.reindex(householdId);
            return personId;
        });
    }

    @Override
    public void addExistingMember(long householdId, long personId, MembershipDraft membership) {
        access.require(UseCase.MEMBER_ADD);
        ValidationException.throwIfAny(membership.validate());
        access.run(UseCase.MEMBER_ADD, householdId, () -> {
            households.get(householdId);
            persons.get(personId);
            if (persons.isMember(householdId, personId)) {
                throw new DomainException("error.membershipExists");
            }
            persons.insertMembership(householdId, personId, membership, now());
            derived.reindex(householdId);
        });
    }

    @Override
    public void updatePerson(long personId, int version, PersonDraft draft) {
        access.require(UseCase.PERSON_UPDATE);
        ValidationException.throwIfAny(draft.validate(today()));
        access.run(UseCase.PERSON_UPDATE, personId, () -> {
            persons.update(personId, version, draft, now());
            for (long householdId : persons.householdIdsOf(personId)) {
                derived.reindex(householdId);
            }
        });
    }

    @Override
    public void updateMembership(long membershipId, int version, MembershipDraft draft) {
        access.require(UseCase.MEMBERSHIP_UPDATE);
        ValidationException.throwIfAny(draft.validate());
        access.run(UseCase.MEMBERSHIP_UPDATE, membershipId, () -> persons.updateMembership(membershipId, version, draft, now()));
    }

    @Override
    public void removeMembership(long membershipId, int version) {
        access.run(UseCase.MEMBERSHIP_REMOVE, membershipId, () -> {
            Membership m = persons.getMembership(membershipId);
            if (incidents.isInvolved(m.householdId(), m.personId())) {
                // Removing them would orphan their part in those incidents (victim, suspect...).
                throw new DomainException("error.memberInIncidents");
            }
            persons.deleteMembership(membershipId, version);
            derived.reindex(m.householdId());
        });
    }

    @Override
    public List<PersonMatch> findPersons(String text, int limit) {
        return access.perform(UseCase.PERSON_FIND, null, () -> {
            List<Person> found = persons.find(text, Math.max(1, Math.min(limit, 200)));
            if (found.isEmpty()) {
                return List.of();
            }
            Map<Long, List<HouseholdRef>> refs = householdsByPerson(
                    persons.membershipsOf(found.stream().map(Person::id).toList()));
            return found.stream().map(p -> new PersonMatch(p, refs.getOrDefault(p.id(), List.of()))).toList();
        });
    }

    @Override
    public long addRelation(long personAId, long personBId, RelationType type) {
        access.require(UseCase.RELATION_ADD);
        if (type == null) {
            throw new ValidationException(List.of(FieldError.of("type", "validation.required")));
        }
        if (personAId == personBId) {
            throw new DomainException("error.relationSelf");
        }
        return access.create(UseCase.RELATION_ADD, () -> {
            persons.get(personAId);
            persons.get(personBId);
            if (persons.relationExists(personAId, personBId, type)) {
                throw new DomainException("error.relationExists");
            }
            return persons.insertRelation(personAId, personBId, type, now());
        });
    }

    @Override
    public void removeRelation(long relationId) {
        access.run(UseCase.RELATION_REMOVE, relationId, () -> persons.deleteRelation(relationId));
    }

    @Override
    public long addIncident(long householdId, IncidentDraft draft) {
        access.require(UseCase.INCIDENT_ADD);
        ValidationException.throwIfAny(draft.validate(now()));
        return access.create(UseCase.INCIDENT_ADD, () -> {
            households.get(householdId);
            checkMembers(householdId, draft);
            long id = incidents.insert(householdId, draft, now());
            afterChange(householdId);
            return id;
        });
    }

    @Override
    public void updateIncident(long incidentId, int version, IncidentDraft draft) {
        access.require(UseCase.INCIDENT_UPDATE);
        ValidationException.throwIfAny(draft.validate(now()));
        access.run(UseCase.INCIDENT_UPDATE, incidentId, () -> {
            long householdId = incidents.get(incidentId).householdId();
            checkMembers(householdId, draft);
            incidents.update(incidentId, version, draft, now());
            afterChange(householdId);
        });
    }

    private void checkMembers(long householdId, IncidentDraft draft) {
        for (InvolvedPerson p : draft.involved()) {
            if (!persons.isMember(householdId, p.personId())) {
                throw new ValidationException(List.of(FieldError.of(IncidentDraft.INVOLVED, "error.personNotMember")));
            }
        }
    }

    @Override
    public long addInvolvement(long householdId, InvolvementDraft draft) {
        access.require(UseCase.INVOLVEMENT_ADD);
        ValidationException.throwIfAny(draft.validate(today()));
        return access.create(UseCase.INVOLVEMENT_ADD, () -> {
            households.get(householdId);
            partners.get(draft.partnerId());
            long id = incidents.insertInvolvement(householdId, draft, now());
            afterChange(householdId);
            return id;
        });
    }

    @Override
    public void updateInvolvement(long involvementId, int version, InvolvementDraft draft) {
        access.require(UseCase.INVOLVEMENT_UPDATE);
        ValidationException.throwIfAny(draft.validate(today()));
        access.run(UseCase.INVOLVEMENT_UPDATE, involvementId, () -> {
            long householdId = incidents.getInvolvement(involvementId).householdId();
            partners.get(draft.partnerId());
            incidents.updateInvolvement(involvementId, version, draft, now());
            afterChange(householdId);
        });
    }

    @Override
    public int refreshStaleSignals() {
        access.require(UseCase.SIGNALS_REFRESH);
        LocalDate today = today();
        int done = 0;
        while (true) {
            List<Long> ids = tx.inTransaction(() -> households.staleSignalIds(today, REFRESH_BATCH));
            if (ids.isEmpty()) {
                if (done > 0) {
                    access.run(UseCase.SIGNALS_REFRESH, null, () -> { });
                }
                return done;
            }
            tx.run(() -> ids.forEach(id -> derived.refreshIfStale(id)));
            done += ids.size();
        }
    }

    /** Per person, the households of the given memberships. */
    private static Map<Long, List<HouseholdRef>> householdsByPerson(List<JooqPersonStore.MembershipInfo> memberships) {
        return HouseholdMembers.householdsByPerson(memberships);
    }

    /** Keeps the search index and the derived columns in step with a change (same transaction). */
    private void afterChange(long householdId) {
        derived.update(householdId);
    }
}
