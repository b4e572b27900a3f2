package nl.casustafel.store.measure;

import static nl.casustafel.store.jooq.Tables.AGENDA_ITEM;
import static nl.casustafel.store.jooq.Tables.CONFERENCE;
import static nl.casustafel.store.jooq.Tables.CONFERENCE_AMENDMENT;
import static nl.casustafel.store.jooq.Tables.HOUSEHOLD;
import static nl.casustafel.store.jooq.Tables.MEASURE;
import static nl.casustafel.store.jooq.Tables.MEASURE_EVENT;
import static nl.casustafel.store.jooq.Tables.PARTNER;
import static nl.casustafel.store.jooq.Tables.PERSON;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.common.Page;
import nl.casustafel.domain.common.Text;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.household.PersonName;
import nl.casustafel.domain.measure.Measure;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureEvent;
import nl.casustafel.domain.measure.MeasureEventKind;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.store.Rows;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Measures, their follow-up events and the amendments recorded for them. A measure is <em>locked</em> when the
 * conference of its agenda item is closed; that is computed by a join on every read, never stored.
 */
public final class JooqMeasureStore {
    /** The statuses in which a measure still needs action. */
    private static final List<String> RUNNING = List.of(MeasureStatus.OPEN.name(), MeasureStatus.IN_PROGRESS.name());

    private final DSLContext dsl;

    public JooqMeasureStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Filters, order and page of the overview as the store sees them; the service builds it from a MeasureQuery. */
    public record Criteria(Long ownerPartnerId, Set<MeasureStatus> statuses, boolean overdueOnly,
                           Integer expiringWithinDays, Long householdId, String sort, boolean ascending, int offset,
                           int limit, LocalDate today) {
        public Criteria {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        }
    }

    /** A measure with what a list shows beside it; {@code concernedPersonName} null means the whole household. */
    public record Row(Measure measure, String householdName, String ownerPartnerName, String concernedPersonName,
                      Long conferenceId, LocalDate agreedOn) {
    }

    /** An agenda item as the measures need it: its household and whether its conference is closed. */
    public record AgendaItemRef(long id, long householdId, long conferenceId, boolean conferenceClosed) {
    }

    public long insert(long householdId, Long agendaItemId, MeasureDraft draft, LocalDate deadline, LocalDate today,
                       Instant now) {
        return dsl.insertInto(MEASURE)
                .set(terms(draft, deadline))
                .set(MEASURE.HOUSEHOLD_ID, householdId)
                .set(MEASURE.AGENDA_ITEM_ID, agendaItemId)
                .set(MEASURE.STATUS, draft.status().name())
                .set(MEASURE.STATUS_CHANGED_ON, today)
                .set(MEASURE.CREATED_AT, Rows.utc(now))
                .set(MEASURE.UPDATED_AT, Rows.utc(now))
                .returningResult(MEASURE.ID)
                .fetchOne().value1();
    }

    /**
     * Replaces the terms and the status; {@code statusChangedOn} is the day the status last changed (unchanged
     * when the status stays the same).
     */
    public void update(long id, int version, MeasureDraft draft, LocalDate deadline, LocalDate statusChangedOn,
                       Instant now) {
        int rows = dsl.update(MEASURE)
                .set(terms(draft, deadline))
                .set(MEASURE.STATUS, draft.status().name())
                .set(MEASURE.STATUS_CHANGED_ON, statusChangedOn)
                .set(MEASURE.VERSION, MEASURE.VERSION.plus(1))
                .set(MEASURE.UPDATED_AT, Rows.utc(now))
                .where(MEASURE.ID.eq(id).and(MEASURE.VERSION.eq(version)))
                .execute();
        Rows.checkUpdated(rows, exists(id), "entity.measure", id);
    }

    /** The columns a draft sets (everything but the status), for insert and update alike. */
    private static Map<Field<?>, Object> terms(MeasureDraft draft, LocalDate deadline) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(MEASURE.CATEGORY, draft.category().name());
        values.put(MEASURE.TYPE, draft.type().name());
        values.put(MEASURE.CONCERNED_PERSON_ID, draft.concernedPersonId());
        values.put(MEASURE.OWNER_PARTNER_ID, draft.ownerPartnerId());
        values.put(MEASURE.RESPONSIBLE_PERSON, Text.trimToNull(draft.responsiblePerson()));
        values.put(MEASURE.START_DATE, draft.startDate());
        values.put(MEASURE.DEADLINE, deadline);
        values.put(MEASURE.DESCRIPTION, Text.trimToNull(draft.description()));
        return values;
    }

    public void changeStatus(long id, int version, MeasureStatus status, String note, LocalDate today, Instant now) {
        int rows = dsl.update(MEASURE)
                .set(MEASURE.STATUS, status.name())
                .set(MEASURE.STATUS_CHANGED_ON, today)
                .set(MEASURE.STATUS_NOTE, Text.trimToNull(note))
                .set(MEASURE.VERSION, MEASURE.VERSION.plus(1))
                .set(MEASURE.UPDATED_AT, Rows.utc(now))
                .where(MEASURE.ID.eq(id).and(MEASURE.VERSION.eq(version)))
                .execute();
        Rows.checkUpdated(rows, exists(id), "entity.measure", id);
    }

    /** Moves the deadline and counts the extension. */
    public void extend(long id, int version, LocalDate newDeadline, Instant now) {
        int rows = dsl.update(MEASURE)
                .set(MEASURE.DEADLINE, newDeadline)
                .set(MEASURE.EXTENSION_COUNT, MEASURE.EXTENSION_COUNT.plus(1))
                .set(MEASURE.VERSION, MEASURE.VERSION.plus(1))
                .set(MEASURE.UPDATED_AT, Rows.utc(now))
                .where(MEASURE.ID.eq(id).and(MEASURE.VERSION.eq(version)))
                .execute();
        Rows.checkUpdated(rows, exists(id), "entity.measure", id);
    }

    /** Removes the measure and (by cascade) its events. */
    public void delete(long id, int version) {
        int rows = dsl.deleteFrom(MEASURE).where(MEASURE.ID.eq(id).and(MEASURE.VERSION.eq(version))).execute();
        Rows.checkUpdated(rows, exists(id), "entity.measure", id);
    }

    public boolean exists(long id) {
        return dsl.fetchExists(MEASURE, MEASURE.ID.eq(id));
    }

    public Measure get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("entity.measure", id));
    }

    public Optional<Measure> find(long id) {
        return withConference().where(MEASURE.ID.eq(id)).fetchOptional(JooqMeasureStore::toMeasure);
    }

    /** Every measure of the household, oldest start first (ties by id). */
    public List<Measure> byHousehold(long householdId) {
        return withConference().where(MEASURE.HOUSEHOLD_ID.eq(householdId))
                .orderBy(MEASURE.START_DATE, MEASURE.ID)
                .fetch(JooqMeasureStore::toMeasure);
    }

    /**
     * Every measure that can count for accountability over [from, to]: still running and started by {@code to},
     * or whose status changed on or after {@code from}. A superset; {@code Accountability} applies the exact rules.
     */
    public List<Measure> accountabilityFacts(LocalDate from, LocalDate to) {
        Condition running = MEASURE.STATUS.in(RUNNING).and(MEASURE.START_DATE.le(to));
        return withConference().where(running.or(MEASURE.STATUS_CHANGED_ON.ge(from)))
                .orderBy(MEASURE.ID)
                .fetch(JooqMeasureStore::toMeasure);
    }

    private SelectOnConditionStep<Record> withConference() {
        return dsl.select(MEASURE.fields()).select(CONFERENCE.STATUS)
                .from(MEASURE)
                .leftJoin(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(MEASURE.AGENDA_ITEM_ID))
                .leftJoin(CONFERENCE).on(CONFERENCE.ID.eq(AGENDA_ITEM.CONFERENCE_ID));
    }

    // ---- events and amendments -----------------------------------------------------------------------------

    public long insertEvent(long measureId, Long agendaItemId, MeasureEventKind kind, MeasureStatus oldStatus,
                            MeasureStatus newStatus, LocalDate oldDeadline, LocalDate newDeadline, String note,
                            LocalDate occurredOn, Instant now) {
        return dsl.insertInto(MEASURE_EVENT)
                .set(MEASURE_EVENT.MEASURE_ID, measureId)
                .set(MEASURE_EVENT.AGENDA_ITEM_ID, agendaItemId)
                .set(MEASURE_EVENT.KIND, kind.name())
                .set(MEASURE_EVENT.OLD_STATUS, oldStatus == null ? null : oldStatus.name())
                .set(MEASURE_EVENT.NEW_STATUS, newStatus == null ? null : newStatus.name())
                .set(MEASURE_EVENT.OLD_DEADLINE, oldDeadline)
                .set(MEASURE_EVENT.NEW_DEADLINE, newDeadline)
                .set(MEASURE_EVENT.NOTE, Text.trimToNull(note))
                .set(MEASURE_EVENT.OCCURRED_ON, occurredOn)
                .set(MEASURE_EVENT.CREATED_AT, Rows.utc(now))
                .returningResult(MEASURE_EVENT.ID)
                .fetchOne().value1();
    }

    /** The history of one measure, oldest first. */
    public List<MeasureEvent> events(long measureId) {
        return dsl.selectFrom(MEASURE_EVENT)
                .where(MEASURE_EVENT.MEASURE_ID.eq(measureId))
                .orderBy(MEASURE_EVENT.OCCURRED_ON, MEASURE_EVENT.ID)
                .fetch(r -> new MeasureEvent(r.getId(), r.getMeasureId(), r.getAgendaItemId(),
                        MeasureEventKind.valueOf(r.getKind()), status(r.getOldStatus()), status(r.getNewStatus()),
                        r.getOldDeadline(), r.getNewDeadline(), r.getNote(), r.getOccurredOn()));
    }

    /** The agenda item with its household and its conference's state, or empty when it does not exist. */
    public Optional<AgendaItemRef> agendaItem(long id) {
        return dsl.select(AGENDA_ITEM.ID, AGENDA_ITEM.HOUSEHOLD_ID, AGENDA_ITEM.CONFERENCE_ID, CONFERENCE.STATUS)
                .from(AGENDA_ITEM).join(CONFERENCE).on(CONFERENCE.ID.eq(AGENDA_ITEM.CONFERENCE_ID))
                .where(AGENDA_ITEM.ID.eq(id))
                .fetchOptional(r -> new AgendaItemRef(r.value1(), r.value2(), r.value3(),
                        ConferenceStatus.CLOSED.name().equals(r.value4())));
    }

    /** Records an amendment of a measure in the conference of the agenda item in which it was agreed. */
    public long insertAmendment(long measureId, long agendaItemId, String reason, String changeSummary, Instant now) {
        Long conferenceId = dsl.select(AGENDA_ITEM.CONFERENCE_ID).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.ID.eq(agendaItemId)).fetchOne(AGENDA_ITEM.CONFERENCE_ID);
        if (conferenceId == null) {
            throw new NotFoundException("entity.agendaItem", agendaItemId);
        }
        return dsl.insertInto(CONFERENCE_AMENDMENT)
                .set(CONFERENCE_AMENDMENT.CONFERENCE_ID, conferenceId)
                .set(CONFERENCE_AMENDMENT.AGENDA_ITEM_ID, agendaItemId)
                .set(CONFERENCE_AMENDMENT.MEASURE_ID, measureId)
                .set(CONFERENCE_AMENDMENT.REASON, reason.strip())
                .set(CONFERENCE_AMENDMENT.CHANGE_SUMMARY, changeSummary)
                .set(CONFERENCE_AMENDMENT.MADE_AT, Rows.utc(now))
                .returningResult(CONFERENCE_AMENDMENT.ID)
                .fetchOne().value1();
    }

    // ---- lists ---------------------------------------------------------------------------------------------

    /** One page of the overview in the requested order, with the exact total. */
    public Page<Row> page(Criteria c) {
        Condition condition = condition(c);
        long total = dsl.fetchCount(MEASURE, condition);
        List<Row> rows = listed().where(condition)
                .orderBy(order(c.sort(), c.ascending()))
                .limit(c.limit())
                .offset(c.offset())
                .fetch(JooqMeasureStore::toRow);
        return new Page<>(rows, c.offset(), c.limit(), total);
    }

    /** Every row matching the filters, in the requested order, ignoring the page (for export). */
    public List<Row> all(Criteria c) {
        return listed().where(condition(c)).orderBy(order(c.sort(), c.ascending())).fetch(JooqMeasureStore::toRow);
    }

    /** Every row of one household, in no particular order. */
    public List<Row> rowsOfHousehold(long householdId) {
        return listed().where(MEASURE.HOUSEHOLD_ID.eq(householdId)).orderBy(MEASURE.ID).fetch(JooqMeasureStore::toRow);
    }

    private SelectOnConditionStep<Record> listed() {
        return dsl.select(MEASURE.fields())
                .select(CONFERENCE.ID, CONFERENCE.STATUS, CONFERENCE.STARTS_AT, HOUSEHOLD.NAME, PARTNER.SHORT_NAME,
                        PERSON.GIVEN_NAMES, PERSON.PARTICLES, PERSON.SURNAME)
                .from(MEASURE)
                .join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(MEASURE.HOUSEHOLD_ID))
                .join(PARTNER).on(PARTNER.ID.eq(MEASURE.OWNER_PARTNER_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(MEASURE.CONCERNED_PERSON_ID))
                .leftJoin(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(MEASURE.AGENDA_ITEM_ID))
                .leftJoin(CONFERENCE).on(CONFERENCE.ID.eq(AGENDA_ITEM.CONFERENCE_ID));
    }

    /** The filters; they only use columns of MEASURE, so the total is counted without joins. */
    private static Condition condition(Criteria c) {
        List<Condition> where = new ArrayList<>();
        if (c.ownerPartnerId() != null) {
            where.add(MEASURE.OWNER_PARTNER_ID.eq(c.ownerPartnerId()));
        }
        if (!c.statuses().isEmpty()) {
            where.add(MEASURE.STATUS.in(c.statuses().stream().map(Enum::name).toList()));
        }
        if (c.overdueOnly()) {
            where.add(MEASURE.STATUS.in(RUNNING).and(MEASURE.DEADLINE.lt(c.today())));
        }
        if (c.expiringWithinDays() != null) {
            where.add(MEASURE.STATUS.in(RUNNING)
                    .and(MEASURE.DEADLINE.between(c.today(), c.today().plusDays(c.expiringWithinDays()))));
        }
        if (c.householdId() != null) {
            where.add(MEASURE.HOUSEHOLD_ID.eq(c.householdId()));
        }
        return DSL.and(where);
    }

    /** The requested order (empty values last either way), then the id as tie-breaker. */
    private static List<SortField<?>> order(String sort, boolean ascending) {
        Field<?> primary = switch (sort) {
            case "START" -> MEASURE.START_DATE;
            case "HOUSEHOLD" -> HOUSEHOLD.SORT_KEY;
            case "OWNER" -> PARTNER.SHORT_NAME;
            case "TYPE" -> ordinal(MEASURE.TYPE, MeasureType.values());
            case "STATUS" -> ordinal(MEASURE.STATUS, MeasureStatus.values());
            default -> MEASURE.DEADLINE;
        };
        List<SortField<?>> fields = new ArrayList<>();
        fields.add(ascending ? primary.asc().nullsLast() : primary.desc().nullsLast());
        fields.add(ascending ? MEASURE.ID.asc() : MEASURE.ID.desc());
        return fields;
    }

    /** The enum's declaration order (catalogue order) as a portable CASE expression, not the name's spelling. */
    private static Field<Integer> ordinal(Field<String> column, Enum<?>[] constants) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (Enum<?> constant : constants) {
            positions.put(constant.name(), constant.ordinal());
        }
        return DSL.case_(column).mapValues(positions);
    }

    // ---- mapping -------------------------------------------------------------------------------------------

    private static Row toRow(Record r) {
        Measure measure = toMeasure(r);
        String person = r.get(MEASURE.CONCERNED_PERSON_ID) == null ? null
                : new PersonName(r.get(PERSON.GIVEN_NAMES), r.get(PERSON.PARTICLES), r.get(PERSON.SURNAME))
                .displayName();
        OffsetDateTime startsAt = r.get(CONFERENCE.STARTS_AT);
        return new Row(measure, r.get(HOUSEHOLD.NAME), r.get(PARTNER.SHORT_NAME), person, r.get(CONFERENCE.ID),
                startsAt == null ? null : DomainTime.dateOf(startsAt.toInstant()));
    }

    private static Measure toMeasure(Record r) {
        return new Measure(r.get(MEASURE.ID), r.get(MEASURE.VERSION), r.get(MEASURE.HOUSEHOLD_ID),
                r.get(MEASURE.AGENDA_ITEM_ID), MeasureCategory.valueOf(r.get(MEASURE.CATEGORY)),
                MeasureType.valueOf(r.get(MEASURE.TYPE)), r.get(MEASURE.CONCERNED_PERSON_ID),
                r.get(MEASURE.OWNER_PARTNER_ID), r.get(MEASURE.RESPONSIBLE_PERSON), r.get(MEASURE.START_DATE),
                r.get(MEASURE.DEADLINE), MeasureStatus.valueOf(r.get(MEASURE.STATUS)),
                r.get(MEASURE.STATUS_CHANGED_ON), r.get(MEASURE.STATUS_NOTE), r.get(MEASURE.DESCRIPTION),
                r.get(MEASURE.EXTENSION_COUNT), ConferenceStatus.CLOSED.name().equals(r.get(CONFERENCE.STATUS)));
    }

    private static MeasureStatus status(String name) {
        return name == null ? null : MeasureStatus.valueOf(name);
    }
}
