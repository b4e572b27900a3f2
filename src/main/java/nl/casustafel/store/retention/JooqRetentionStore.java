package nl.casustafel.store.retention;

import static nl.casustafel.store.jooq.Tables.ACCOUNT;
import static nl.casustafel.store.jooq.Tables.AGENDA_ITEM;
import static nl.casustafel.store.jooq.Tables.CONFERENCE;
import static nl.casustafel.store.jooq.Tables.CONFERENCE_AMENDMENT;
import static nl.casustafel.store.jooq.Tables.DESTRUCTION_REQUEST;
import static nl.casustafel.store.jooq.Tables.HOUSEHOLD;
import static nl.casustafel.store.jooq.Tables.INCIDENT;
import static nl.casustafel.store.jooq.Tables.INCIDENT_PERSON;
import static nl.casustafel.store.jooq.Tables.MEASURE;
import static nl.casustafel.store.jooq.Tables.MEMBERSHIP;
import static nl.casustafel.store.jooq.Tables.MINUTES;
import static nl.casustafel.store.jooq.Tables.PERSON;
import static nl.casustafel.store.jooq.Tables.RELATION;
import static nl.casustafel.store.jooq.Tables.RETENTION_TERM;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.retention.DestructionRequest;
import nl.casustafel.domain.retention.DestructionStatus;
import nl.casustafel.domain.retention.RetentionTerm;
import nl.casustafel.store.Rows;
import nl.casustafel.store.jooq.tables.records.DestructionRequestRecord;
import org.jooq.DSLContext;
import org.jooq.Record2;

/** Retention terms, destruction requests, and the destruction of a household with everything of it (ADR 0014). */
public final class JooqRetentionStore {
    private final DSLContext dsl;

    public JooqRetentionStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RetentionTerm> terms() {
        return dsl.selectFrom(RETENTION_TERM).orderBy(RETENTION_TERM.RECORD_TYPE)
                .fetch(r -> new RetentionTerm(r.getRecordType(), r.getMonths(), Rows.instant(r.getUpdatedAt())));
    }

    public Optional<Integer> months(String recordType) {
        return dsl.select(RETENTION_TERM.MONTHS).from(RETENTION_TERM).where(RETENTION_TERM.RECORD_TYPE.eq(recordType))
                .fetchOptional(RETENTION_TERM.MONTHS);
    }

    public void setTerm(String recordType, int months, Instant now) {
        int rows = dsl.update(RETENTION_TERM).set(RETENTION_TERM.MONTHS, months)
                .set(RETENTION_TERM.UPDATED_AT, Rows.utc(now))
                .where(RETENTION_TERM.RECORD_TYPE.eq(recordType)).execute();
        if (rows == 0) {
            dsl.insertInto(RETENTION_TERM).set(RETENTION_TERM.RECORD_TYPE, recordType)
                    .set(RETENTION_TERM.MONTHS, months).set(RETENTION_TERM.UPDATED_AT, Rows.utc(now)).execute();
        }
    }

    /**
     * Closed households that closed on or before {@code closedOnOrBefore}, without an open destruction request,
     * and not on the agenda of a conference since {@code minutesSince} that has minutes: id and closing date.
     */
    public List<Record2<Long, LocalDate>> closedHouseholds(LocalDate closedOnOrBefore, LocalDate minutesSince) {
        return dsl.select(HOUSEHOLD.ID, HOUSEHOLD.CLOSED_ON).from(HOUSEHOLD)
                .where(HOUSEHOLD.STATUS.eq("CLOSED"))
                .and(HOUSEHOLD.CLOSED_ON.le(closedOnOrBefore))
                .andNotExists(dsl.selectOne().from(DESTRUCTION_REQUEST)
                        .where(DESTRUCTION_REQUEST.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                        .and(DESTRUCTION_REQUEST.STATUS.eq(DestructionStatus.PROPOSED.name())))
                .andNotExists(dsl.selectOne().from(AGENDA_ITEM)
                        .join(CONFERENCE).on(CONFERENCE.ID.eq(AGENDA_ITEM.CONFERENCE_ID))
                        .join(MINUTES).on(MINUTES.CONFERENCE_ID.eq(CONFERENCE.ID))
                        .where(AGENDA_ITEM.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                        .and(CONFERENCE.STARTS_AT.ge(Rows.utc(minutesSince.atTime(LocalTime.MIDNIGHT)
                                .atZone(DomainTime.ZONE).toInstant()))))
                .orderBy(HOUSEHOLD.CLOSED_ON, HOUSEHOLD.ID)
                .fetch();
    }

    /** The status and closing date of a household, if it exists. */
    public Optional<Record2<String, LocalDate>> householdStatus(long householdId) {
        return dsl.select(HOUSEHOLD.STATUS, HOUSEHOLD.CLOSED_ON).from(HOUSEHOLD).where(HOUSEHOLD.ID.eq(householdId))
                .fetchOptional();
    }

    public boolean hasOpenRequest(long householdId) {
        return dsl.fetchExists(DESTRUCTION_REQUEST, DESTRUCTION_REQUEST.HOUSEHOLD_ID.eq(householdId)
                .and(DESTRUCTION_REQUEST.STATUS.eq(DestructionStatus.PROPOSED.name())));
    }

    public long insertRequest(long householdId, String requestedBy, String reason, Instant now) {
        return dsl.insertInto(DESTRUCTION_REQUEST)
                .set(DESTRUCTION_REQUEST.HOUSEHOLD_ID, householdId)
                .set(DESTRUCTION_REQUEST.REQUESTED_BY, requestedBy)
                .set(DESTRUCTION_REQUEST.REQUESTED_AT, Rows.utc(now))
                .set(DESTRUCTION_REQUEST.REASON, reason)
                .set(DESTRUCTION_REQUEST.STATUS, DestructionStatus.PROPOSED.name())
                .returning(DESTRUCTION_REQUEST.ID).fetchOne().getId();
    }

    public List<DestructionRequest> requests() {
        return dsl.selectFrom(DESTRUCTION_REQUEST).orderBy(DESTRUCTION_REQUEST.ID.desc())
                .fetch(JooqRetentionStore::toRequest);
    }

    /** The request, locked for the deciding transaction. */
    public DestructionRequest requestForUpdate(long id) {
        return dsl.selectFrom(DESTRUCTION_REQUEST).where(DESTRUCTION_REQUEST.ID.eq(id)).forUpdate()
                .fetchOptional(JooqRetentionStore::toRequest)
                .orElseThrow(() -> new NotFoundException("entity.destructionRequest", id));
    }

    public void decide(long id, int version, DestructionStatus status, String decidedBy, String reason, Instant now) {
        int rows = dsl.update(DESTRUCTION_REQUEST)
                .set(DESTRUCTION_REQUEST.STATUS, status.name())
                .set(DESTRUCTION_REQUEST.DECIDED_BY, decidedBy)
                .set(DESTRUCTION_REQUEST.DECIDED_AT, Rows.utc(now))
                .set(DESTRUCTION_REQUEST.DECISION_REASON, reason)
                .set(DESTRUCTION_REQUEST.VERSION, version + 1)
                .where(DESTRUCTION_REQUEST.ID.eq(id)).and(DESTRUCTION_REQUEST.VERSION.eq(version))
                .and(DESTRUCTION_REQUEST.STATUS.eq(DestructionStatus.PROPOSED.name()))
                .execute();
        Rows.checkUpdated(rows, true, "entity.destructionRequest", id);
    }

    /**
     * Deletes the household and everything of it: the cascades of the schema (status changes, memberships,
     * incidents and their persons, involvements, search tokens, agenda items with their safety scores, measures
     * with their events), the amendments about its agenda items and measures, and the persons who belong to no
     * other household and are named in nothing else (with all their relations). Persons shared with another
     * household stay. Returns how many persons were deleted.
     */
    public int destroyHousehold(long householdId) {
        Set<Long> persons = new HashSet<>();
        persons.addAll(dsl.select(MEMBERSHIP.PERSON_ID).from(MEMBERSHIP).where(MEMBERSHIP.HOUSEHOLD_ID.eq(householdId))
                .fetch(MEMBERSHIP.PERSON_ID));
        persons.addAll(dsl.select(INCIDENT_PERSON.PERSON_ID).from(INCIDENT_PERSON)
                .join(INCIDENT).on(INCIDENT.ID.eq(INCIDENT_PERSON.INCIDENT_ID))
                .where(INCIDENT.HOUSEHOLD_ID.eq(householdId)).fetch(INCIDENT_PERSON.PERSON_ID));
        persons.addAll(dsl.select(MEASURE.CONCERNED_PERSON_ID).from(MEASURE)
                .where(MEASURE.HOUSEHOLD_ID.eq(householdId)).and(MEASURE.CONCERNED_PERSON_ID.isNotNull())
                .fetch(MEASURE.CONCERNED_PERSON_ID));

        dsl.deleteFrom(CONFERENCE_AMENDMENT)
                .where(CONFERENCE_AMENDMENT.AGENDA_ITEM_ID.in(dsl.select(AGENDA_ITEM.ID).from(AGENDA_ITEM)
                        .where(AGENDA_ITEM.HOUSEHOLD_ID.eq(householdId))))
                .or(CONFERENCE_AMENDMENT.MEASURE_ID.in(dsl.select(MEASURE.ID).from(MEASURE)
                        .where(MEASURE.HOUSEHOLD_ID.eq(householdId))))
                .execute();
        int households = dsl.deleteFrom(HOUSEHOLD).where(HOUSEHOLD.ID.eq(householdId)).execute();
        if (households != 1) {
            throw new NotFoundException("entity.household", householdId);
        }
        if (persons.isEmpty()) {
            return 0;
        }
        List<Long> orphans = dsl.select(PERSON.ID).from(PERSON)
                .where(PERSON.ID.in(persons))
                .andNotExists(dsl.selectOne().from(MEMBERSHIP).where(MEMBERSHIP.PERSON_ID.eq(PERSON.ID)))
                .andNotExists(dsl.selectOne().from(INCIDENT_PERSON).where(INCIDENT_PERSON.PERSON_ID.eq(PERSON.ID)))
                .andNotExists(dsl.selectOne().from(MEASURE).where(MEASURE.CONCERNED_PERSON_ID.eq(PERSON.ID)))
                .fetch(PERSON.ID);
        if (orphans.isEmpty()) {
            return 0;
        }
        dsl.deleteFrom(RELATION).where(RELATION.PERSON_A_ID.in(orphans)).or(RELATION.PERSON_B_ID.in(orphans))
                .execute();
        return dsl.deleteFrom(PERSON).where(PERSON.ID.in(orphans)).execute();
    }

    private static DestructionRequest toRequest(DestructionRequestRecord r) {
        return new DestructionRequest(r.getId(), r.getHouseholdId(), r.getRequestedBy(),
                Rows.instant(r.getRequestedAt()), r.getReason(), DestructionStatus.valueOf(r.getStatus()),
                r.getDecidedBy(), Rows.instant(r.getDecidedAt()), r.getDecisionReason(), r.getVersion());
    }

    /** When the account was created (the four-eyes rule: see DefaultRetentionService#approve). */
    public Optional<Instant> accountCreatedAt(String userName) {
        return dsl.select(ACCOUNT.CREATED_AT).from(ACCOUNT).where(ACCOUNT.USER_NAME.eq(userName))
                .fetchOptional(r -> nl.casustafel.store.Rows.instant(r.value1()));
    }
}
