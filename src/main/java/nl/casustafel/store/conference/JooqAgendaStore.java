package nl.casustafel.store.conference;

import static nl.casustafel.store.jooq.Tables.AGENDA_ITEM;
import static nl.casustafel.store.jooq.Tables.HOUSEHOLD;
import static nl.casustafel.store.jooq.Tables.INCIDENT;
import static nl.casustafel.store.jooq.Tables.MEASURE;
import static nl.casustafel.store.jooq.Tables.SAFETY_SCORE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.common.Text;
import nl.casustafel.domain.conference.AgendaItem;
import nl.casustafel.domain.conference.AgendaItemState;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AgendaSuggestions;
import nl.casustafel.domain.conference.AssessmentDraft;
import nl.casustafel.domain.conference.SafetyScore;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.store.Rows;
import nl.casustafel.store.jooq.tables.records.AgendaItemRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The agendas of conferences: items kept in dense positions 0..n-1, their state and safety-first assessment with the
 * safety scores, and the facts behind agenda suggestions. Callers lock the conference first
 * ({@link JooqConferenceStore#lock}) so that changes to one agenda happen one after the other.
 */
public final class JooqAgendaStore {
    private static final List<String> OPEN_MEASURE = List.of(MeasureStatus.OPEN.name(), MeasureStatus.IN_PROGRESS.name());

    private final DSLContext dsl;

    public JooqAgendaStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An item with its household's name and the household's open measures (carried over). */
    public record Row(AgendaItem item, String householdName, int openMeasures) {
    }

    /** Appends an item at the end of the agenda. */
    public long insert(long conferenceId, long householdId, AgendaReason reason, int timeBoxMinutes, Instant now) {
        int position = dsl.fetchCount(AGENDA_ITEM, AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId));
        return dsl.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.CONFERENCE_ID, conferenceId)
                .set(AGENDA_ITEM.HOUSEHOLD_ID, householdId)
                .set(AGENDA_ITEM.POSITION, position)
                .set(AGENDA_ITEM.REASON, reason.name())
                .set(AGENDA_ITEM.TIME_BOX_MINUTES, timeBoxMinutes)
                .set(AGENDA_ITEM.STATE, AgendaItemState.PENDING.name())
                .set(AGENDA_ITEM.CREATED_AT, Rows.utc(now))
                .set(AGENDA_ITEM.UPDATED_AT, Rows.utc(now))
                .returningResult(AGENDA_ITEM.ID).fetchOne().value1();
    }

    public boolean isOnAgenda(long conferenceId, long householdId) {
        return dsl.fetchExists(AGENDA_ITEM,
                AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId).and(AGENDA_ITEM.HOUSEHOLD_ID.eq(householdId)));
    }

    public AgendaItem get(long id) {
        return dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(id)).fetchOptional(JooqAgendaStore::toItem)
                .orElseThrow(() -> new NotFoundException("entity.agendaItem", id));
    }

    /** The agenda in order, with household names and open measure counts (one query). */
    public List<Row> agenda(long conferenceId) {
        Field<Integer> openMeasures = DSL.field(DSL.selectCount().from(MEASURE)
                .where(MEASURE.HOUSEHOLD_ID.eq(AGENDA_ITEM.HOUSEHOLD_ID).and(MEASURE.STATUS.in(OPEN_MEASURE))));
        return dsl.select(AGENDA_ITEM.fields()).select(HOUSEHOLD.NAME, openMeasures)
                .from(AGENDA_ITEM).join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(AGENDA_ITEM.HOUSEHOLD_ID))
                .where(AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId))
                .orderBy(AGENDA_ITEM.POSITION, AGENDA_ITEM.ID)
                .fetch(r -> new Row(toItem(r.into(AGENDA_ITEM)), r.get(HOUSEHOLD.NAME), r.get(openMeasures)));
    }

    public void update(long id, int version, AgendaReason reason, int timeBoxMinutes, Instant now) {
        int rows = dsl.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.REASON, reason.name())
                .set(AGENDA_ITEM.TIME_BOX_MINUTES, timeBoxMinutes)
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .set(AGENDA_ITEM.UPDATED_AT, Rows.utc(now))
                .where(AGENDA_ITEM.ID.eq(id).and(AGENDA_ITEM.VERSION.eq(version)))
                .execute();
        checkUpdated(rows, id);
    }

    public void setState(long id, int version, AgendaItemState state, Instant now) {
        int rows = dsl.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.STATE, state.name())
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .set(AGENDA_ITEM.UPDATED_AT, Rows.utc(now))
                .where(AGENDA_ITEM.ID.eq(id).and(AGENDA_ITEM.VERSION.eq(version)))
                .execute();
        checkUpdated(rows, id);
    }

    /** Saves the assessment columns and replaces the safety scores. */
    public void saveAssessment(long id, int version, AssessmentDraft d, Instant now) {
        int rows = dsl.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.IMMEDIATE_DANGER, d.immediateDanger())
                .set(AGENDA_ITEM.WORRIES, Text.trimToNull(d.worries()))
                .set(AGENDA_ITEM.GOING_WELL, Text.trimToNull(d.goingWell()))
                .set(AGENDA_ITEM.MUST_HAPPEN, Text.trimToNull(d.mustHappen()))
                .set(AGENDA_ITEM.DECISIONS, Text.trimToNull(d.decisions()))
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .set(AGENDA_ITEM.UPDATED_AT, Rows.utc(now))
                .where(AGENDA_ITEM.ID.eq(id).and(AGENDA_ITEM.VERSION.eq(version)))
                .execute();
        checkUpdated(rows, id);
        dsl.deleteFrom(SAFETY_SCORE).where(SAFETY_SCORE.AGENDA_ITEM_ID.eq(id)).execute();
        List<SafetyScore> scores = d.safetyScores();
        if (!scores.isEmpty()) {
            var insert = dsl.insertInto(SAFETY_SCORE, SAFETY_SCORE.AGENDA_ITEM_ID, SAFETY_SCORE.PARTNER_ID,
                    SAFETY_SCORE.SCORE);
            for (SafetyScore s : scores) {
                insert = insert.values(id, s.partnerId(), s.score());
            }
            insert.execute();
        }
    }

    /** The scores of an item, by partner id. */
    public List<SafetyScore> scores(long itemId) {
        return dsl.selectFrom(SAFETY_SCORE).where(SAFETY_SCORE.AGENDA_ITEM_ID.eq(itemId))
                .orderBy(SAFETY_SCORE.PARTNER_ID)
                .fetch(r -> new SafetyScore(r.getPartnerId(), r.getScore()));
    }

    /** Deletes the item (version checked) and closes the gap in the positions. */
    public void delete(long id, int version) {
        long conferenceId = get(id).conferenceId();
        int rows = dsl.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(id).and(AGENDA_ITEM.VERSION.eq(version)))
                .execute();
        checkUpdated(rows, id);
        renumber(conferenceId, orderedIds(conferenceId));
    }

    /** Moves the item to {@code newIndex} (clamped to the agenda); the others shift. Positions are not edits. */
    public void move(long id, int newIndex) {
        long conferenceId = get(id).conferenceId();
        List<Long> ids = new ArrayList<>(orderedIds(conferenceId));
        ids.remove(Long.valueOf(id));
        ids.add(Math.max(0, Math.min(newIndex, ids.size())), id);
        renumber(conferenceId, ids);
    }

    private List<Long> orderedIds(long conferenceId) {
        return dsl.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).where(AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId))
                .orderBy(AGENDA_ITEM.POSITION, AGENDA_ITEM.ID).fetch(AGENDA_ITEM.ID);
    }

    /** Gives the items positions 0..n-1 in the given order, writing only the rows whose position changes. */
    private void renumber(long conferenceId, List<Long> ids) {
        Map<Long, Integer> current = dsl.select(AGENDA_ITEM.ID, AGENDA_ITEM.POSITION).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId)).fetchMap(AGENDA_ITEM.ID, AGENDA_ITEM.POSITION);
        for (int i = 0; i < ids.size(); i++) {
            if (!Integer.valueOf(i).equals(current.get(ids.get(i)))) {
                dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.POSITION, i).where(AGENDA_ITEM.ID.eq(ids.get(i))).execute();
            }
        }
    }

    /** Items still pending or parked. */
    public int countUnhandled(long conferenceId) {
        return dsl.fetchCount(AGENDA_ITEM, AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId)
                .and(AGENDA_ITEM.STATE.ne(AgendaItemState.DONE.name())));
    }

    /** Households of the items marked handled. */
    public List<Long> handledHouseholdIds(long conferenceId) {
        return dsl.select(AGENDA_ITEM.HOUSEHOLD_ID).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId).and(AGENDA_ITEM.STATE.eq(AgendaItemState.DONE.name())))
                .orderBy(AGENDA_ITEM.POSITION).fetch(AGENDA_ITEM.HOUSEHOLD_ID);
    }

    private void checkUpdated(int rows, long id) {
        Rows.checkUpdated(rows, dsl.fetchExists(AGENDA_ITEM, AGENDA_ITEM.ID.eq(id)), "entity.agendaItem", id,
                JooqConferenceStore.CONFLICT);
    }

    static AgendaItem toItem(AgendaItemRecord r) {
        return new AgendaItem(r.getId(), r.getVersion(), r.getConferenceId(), r.getHouseholdId(), r.getPosition(),
                AgendaReason.valueOf(r.getReason()), r.getTimeBoxMinutes(), AgendaItemState.valueOf(r.getState()),
                r.getImmediateDanger(), r.getWorries(), r.getGoingWell(), r.getMustHappen(), r.getDecisions());
    }

    // --- suggestion facts ----------------------------------------------------------------------------

    /**
     * The facts of agenda suggestions for the open households not on the conference's agenda that have at least one
     * fact, as of {@code date}. Every fact is aggregated in SQL over a bounded set reached through an index:
     * <ul>
     *   <li>incidents since the household was last discussed (on a later day than {@code last_conference_on}, in
     *       Europe/Amsterdam), or since {@code neverDiscussedSince} when never discussed, up to
     *       {@code until}; acute ones are serious or severe or carry strangulation or a weapon / threat to kill.
     *       The household row's {@code last_incident_at} bounds the candidates before the incident index
     *       ({@code household_id, occurred_at}) is probed;</li>
     *   <li>open or in-progress measures with a deadline before {@code date} (overdue) or up to
     *       {@code date + clockDays} (clock expiring), through the {@code (status, deadline)} index;</li>
     *   <li>active signals: the stored {@code signal_count}, through the {@code (signal_count, sort_key)} index. Only
     *       the households with signals and no other fact that can still make the top {@code limit} are read.</li>
     * </ul>
     */
    public List<AgendaSuggestions.Facts> suggestionFacts(long conferenceId, LocalDate date, Instant neverDiscussedSince,
                                                         Instant until, int clockDays, int limit) {
        Condition candidate = HOUSEHOLD.STATUS.eq(HouseholdStatus.OPEN.name())
                .and(DSL.notExists(DSL.selectOne().from(AGENDA_ITEM)
                        .where(AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId).and(AGENDA_ITEM.HOUSEHOLD_ID.eq(HOUSEHOLD.ID)))));
        Map<Long, Builder> facts = new LinkedHashMap<>();

        // Incidents since last discussed. SQL cannot turn a DATE into an instant in Europe/Amsterdam portably (a
        // cast uses the session's zone), so the query counts from the start of the last discussed day in the
        // session zone, which is never later than the exact start (the next day in Amsterdam) and never more than
        // two days earlier; the few incidents in that margin are read and those on or before the day discussed
        // (in Amsterdam) are taken off again.
        Field<LocalDate> last = HOUSEHOLD.LAST_CONFERENCE_ON;
        Field<OffsetDateTime> neverSince = DSL.val(Rows.utc(neverDiscussedSince));
        Field<OffsetDateTime> since = DSL.coalesce(last.cast(SQLDataType.TIMESTAMPWITHTIMEZONE), neverSince);
        Field<OffsetDateTime> marginEnd = DSL.localDateAdd(last, 2).cast(SQLDataType.TIMESTAMPWITHTIMEZONE);
        Condition acute = INCIDENT.SEVERITY.in(Severity.SERIOUS.name(), Severity.SEVERE.name())
                .or(INCIDENT.STRANGULATION.isTrue()).or(INCIDENT.WEAPON_OR_THREAT_TO_KILL.isTrue());
        Condition incidents = candidate
                .and(HOUSEHOLD.LAST_INCIDENT_AT.ge(since))
                .and(INCIDENT.OCCURRED_AT.ge(since))
                .and(INCIDENT.OCCURRED_AT.lt(Rows.utc(until)));
        Field<Integer> all = DSL.count(INCIDENT.ID);
        Field<Integer> acuteCount = DSL.count(INCIDENT.ID).filterWhere(acute);
        dsl.select(HOUSEHOLD.ID, HOUSEHOLD.NAME, HOUSEHOLD.LAST_CONFERENCE_ON, HOUSEHOLD.SIGNAL_COUNT, all, acuteCount)
                .from(HOUSEHOLD).join(INCIDENT).on(INCIDENT.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                .where(incidents)
                .groupBy(HOUSEHOLD.ID, HOUSEHOLD.NAME, HOUSEHOLD.LAST_CONFERENCE_ON, HOUSEHOLD.SIGNAL_COUNT)
                .forEach(r -> {
                    Builder b = facts.computeIfAbsent(r.get(HOUSEHOLD.ID), id -> new Builder(id, r.get(HOUSEHOLD.NAME),
                            r.get(HOUSEHOLD.LAST_CONFERENCE_ON) != null, r.get(HOUSEHOLD.SIGNAL_COUNT)));
                    b.incidents = r.get(all);
                    b.acute = r.get(acuteCount);
                });
        Field<Boolean> isAcute = DSL.when(acute, DSL.inline(true)).otherwise(DSL.inline(false));
        dsl.select(HOUSEHOLD.ID, HOUSEHOLD.LAST_CONFERENCE_ON, INCIDENT.OCCURRED_AT, isAcute)
                .from(HOUSEHOLD).join(INCIDENT).on(INCIDENT.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                .where(incidents.and(last.isNotNull()).and(INCIDENT.OCCURRED_AT.lt(marginEnd)))
                .forEach(r -> {
                    LocalDate day = DomainTime.dateOf(Rows.instant(r.get(INCIDENT.OCCURRED_AT)));
                    Builder b = facts.get(r.get(HOUSEHOLD.ID));
                    if (b != null && !day.isAfter(r.get(HOUSEHOLD.LAST_CONFERENCE_ON))) {
                        b.incidents--;
                        if (r.get(isAcute)) {
                            b.acute--;
                        }
                    }
                });
        facts.values().removeIf(b -> b.incidents == 0);

        // Open measures past or near their deadline.
        Field<Integer> overdue = DSL.count(MEASURE.ID).filterWhere(MEASURE.DEADLINE.lt(date));
        Field<Integer> expiring = DSL.count(MEASURE.ID).filterWhere(MEASURE.DEADLINE.ge(date));
        dsl.select(HOUSEHOLD.ID, HOUSEHOLD.NAME, HOUSEHOLD.LAST_CONFERENCE_ON, HOUSEHOLD.SIGNAL_COUNT, overdue, expiring)
                .from(MEASURE).join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(MEASURE.HOUSEHOLD_ID))
                .where(MEASURE.STATUS.in(OPEN_MEASURE)
                        .and(MEASURE.DEADLINE.le(date.plusDays(clockDays)))
                        .and(candidate))
                .groupBy(HOUSEHOLD.ID, HOUSEHOLD.NAME, HOUSEHOLD.LAST_CONFERENCE_ON, HOUSEHOLD.SIGNAL_COUNT)
                .forEach(r -> {
                    Builder b = facts.computeIfAbsent(r.get(HOUSEHOLD.ID), id -> new Builder(id, r.get(HOUSEHOLD.NAME),
                            r.get(HOUSEHOLD.LAST_CONFERENCE_ON) != null, r.get(HOUSEHOLD.SIGNAL_COUNT)));
                    b.overdue = r.get(overdue);
                    b.expiring = r.get(expiring);
                });

        // Households with signals only: their score is their signal count, so only those that can still reach the
        // top `limit` matter: the best limit + (households found above), and every household tied with the last.
        int wanted = limit + facts.size();
        List<Integer> counts = dsl.select(HOUSEHOLD.SIGNAL_COUNT).from(HOUSEHOLD)
                .where(HOUSEHOLD.SIGNAL_COUNT.gt(0).and(candidate))
                .orderBy(HOUSEHOLD.SIGNAL_COUNT.desc())
                .limit(wanted)
                .fetch(HOUSEHOLD.SIGNAL_COUNT);
        if (!counts.isEmpty()) {
            // Counts above the cap score alike, so the threshold never exceeds it.
            int threshold = Math.min(counts.get(counts.size() - 1), AgendaSuggestions.CAP);
            // Above the threshold: fewer than `wanted`. At it: ties are ranked by name, as the index is ordered.
            dsl.select(HOUSEHOLD.ID, HOUSEHOLD.NAME, HOUSEHOLD.LAST_CONFERENCE_ON, HOUSEHOLD.SIGNAL_COUNT)
                    .from(HOUSEHOLD)
                    .where(HOUSEHOLD.SIGNAL_COUNT.gt(threshold).and(candidate))
                    .unionAll(DSL.select(HOUSEHOLD.ID, HOUSEHOLD.NAME, HOUSEHOLD.LAST_CONFERENCE_ON, HOUSEHOLD.SIGNAL_COUNT)
                            .from(HOUSEHOLD)
                            .where(HOUSEHOLD.SIGNAL_COUNT.eq(threshold).and(candidate))
                            .orderBy(HOUSEHOLD.SORT_KEY, HOUSEHOLD.ID)
                            .limit(wanted))
                    .forEach(r -> facts.computeIfAbsent(r.get(HOUSEHOLD.ID), id -> new Builder(id,
                            r.get(HOUSEHOLD.NAME), r.get(HOUSEHOLD.LAST_CONFERENCE_ON) != null,
                            r.get(HOUSEHOLD.SIGNAL_COUNT))));
        }
        return facts.values().stream().map(Builder::build).toList();
    }

    /** Facts of one household as the queries find them. */
    private static final class Builder {
        final long id;
        final String name;
        final boolean discussed;
        final int signals;
        int incidents;
        int acute;
        int overdue;
        int expiring;

        Builder(long id, String name, boolean discussed, int signals) {
            this.id = id;
            this.name = name;
            this.discussed = discussed;
            this.signals = signals;
        }

        AgendaSuggestions.Facts build() {
            return new AgendaSuggestions.Facts(id, name, discussed, acute, incidents, overdue, expiring, signals);
        }
    }
}
