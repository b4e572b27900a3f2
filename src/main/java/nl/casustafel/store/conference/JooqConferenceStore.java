package nl.casustafel.store.conference;

import static nl.casustafel.store.jooq.Tables.AGENDA_ITEM;
import static nl.casustafel.store.jooq.Tables.ATTENDEE;
import static nl.casustafel.store.jooq.Tables.CONFERENCE;
import static nl.casustafel.store.jooq.Tables.CONFERENCE_AMENDMENT;
import static nl.casustafel.store.jooq.Tables.CONFERENCE_PARTNER;
import static nl.casustafel.store.jooq.Tables.PARTNER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.common.Text;
import nl.casustafel.domain.conference.Amendment;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.Attendee;
import nl.casustafel.domain.conference.AttendeeDraft;
import nl.casustafel.domain.conference.Conference;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.conference.ConferenceRole;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.store.Rows;
import nl.casustafel.store.jooq.tables.records.AttendeeRecord;
import nl.casustafel.store.jooq.tables.records.ConferenceRecord;
import nl.casustafel.store.jooq.tables.records.PartnerRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Conferences with their invited partners, attendees and amendments. Every update checks the row's version; a
 * stale one is a conflict ({@link #CONFLICT}). The agenda lives in {@link JooqAgendaStore}.
 */
public final class JooqConferenceStore {
    /** Message key of a stale conference, attendee or agenda item. */
    public static final String CONFLICT = "error.conference.conflict";

    private final DSLContext dsl;

    public JooqConferenceStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One row of the list: the conference and the number of items on its agenda. */
    public record Row(Conference conference, int agendaItems) {
    }

    // --- conferences ---------------------------------------------------------------------------------

    public long insert(ConferenceDraft draft, Long sourceIncidentId, Instant now) {
        return dsl.insertInto(CONFERENCE)
                .set(values(draft))
                .set(CONFERENCE.STATUS, ConferenceStatus.PLANNED.name())
                .set(CONFERENCE.SOURCE_INCIDENT_ID, sourceIncidentId)
                .set(CONFERENCE.CREATED_AT, Rows.utc(now))
                .set(CONFERENCE.UPDATED_AT, Rows.utc(now))
                .returningResult(CONFERENCE.ID)
                .fetchOne().value1();
    }

    public void update(long id, int version, ConferenceDraft draft, Instant now) {
        int rows = dsl.update(CONFERENCE)
                .set(values(draft))
                .set(CONFERENCE.VERSION, CONFERENCE.VERSION.plus(1))
                .set(CONFERENCE.UPDATED_AT, Rows.utc(now))
                .where(CONFERENCE.ID.eq(id).and(CONFERENCE.VERSION.eq(version)))
                .execute();
        Rows.checkUpdated(rows, exists(id), "entity.conference", id, CONFLICT);
    }

    private static Map<Field<?>, Object> values(ConferenceDraft d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(CONFERENCE.TYPE, d.type().name());
        values.put(CONFERENCE.STARTS_AT, Rows.utc(d.startsAt()));
        values.put(CONFERENCE.DURATION_MINUTES, d.durationMinutes());
        values.put(CONFERENCE.PLACE, Text.trimToNull(d.place()));
        values.put(CONFERENCE.CHAIR_NAME, d.chairName().strip());
        values.put(CONFERENCE.CHAIR_PARTNER_ID, d.chairPartnerId());
        values.put(CONFERENCE.MINUTE_TAKER_NAME, Text.trimToNull(d.minuteTakerName()));
        return values;
    }

    /** gepland -> bezig -> gesloten, with the moment it happened; checks the version. */
    public void changeStatus(long id, int version, ConferenceStatus status, Instant now) {
        var update = dsl.update(CONFERENCE)
                .set(CONFERENCE.STATUS, status.name())
                .set(CONFERENCE.VERSION, CONFERENCE.VERSION.plus(1))
                .set(CONFERENCE.UPDATED_AT, Rows.utc(now));
        if (status == ConferenceStatus.IN_PROGRESS) {
            update = update.set(CONFERENCE.STARTED_AT, Rows.utc(now));
        } else if (status == ConferenceStatus.CLOSED) {
            update = update.set(CONFERENCE.CLOSED_AT, Rows.utc(now));
        }
        int rows = update.where(CONFERENCE.ID.eq(id).and(CONFERENCE.VERSION.eq(version))).execute();
        Rows.checkUpdated(rows, exists(id), "entity.conference", id, CONFLICT);
    }

    public void delete(long id, int version) {
        int rows = dsl.deleteFrom(CONFERENCE).where(CONFERENCE.ID.eq(id).and(CONFERENCE.VERSION.eq(version))).execute();
        Rows.checkUpdated(rows, exists(id), "entity.conference", id, CONFLICT);
    }

    public boolean exists(long id) {
        return dsl.fetchExists(CONFERENCE, CONFERENCE.ID.eq(id));
    }

    public Conference get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("entity.conference", id));
    }

    public Optional<Conference> find(long id) {
        return dsl.selectFrom(CONFERENCE).where(CONFERENCE.ID.eq(id)).fetchOptional(JooqConferenceStore::toConference);
    }

    /**
     * The conference, its row locked until the transaction ends: changes to one conference's agenda and status are
     * made one after the other, so positions stay dense and a close cannot overtake an edit.
     */
    public Conference lock(long id) {
        return dsl.selectFrom(CONFERENCE).where(CONFERENCE.ID.eq(id)).forUpdate()
                .fetchOptional(JooqConferenceStore::toConference)
                .orElseThrow(() -> new NotFoundException("entity.conference", id));
    }

    /** Conferences starting in [from, to) with the given status (nulls: no filter), newest first. */
    public List<Row> list(ConferenceStatus status, Instant from, Instant to, int limit) {
        List<Condition> where = new ArrayList<>();
        if (status != null) {
            where.add(CONFERENCE.STATUS.eq(status.name()));
        }
        if (from != null) {
            where.add(CONFERENCE.STARTS_AT.ge(Rows.utc(from)));
        }
        if (to != null) {
            where.add(CONFERENCE.STARTS_AT.lt(Rows.utc(to)));
        }
        Field<Integer> items = DSL.field(DSL.selectCount().from(AGENDA_ITEM)
                .where(AGENDA_ITEM.CONFERENCE_ID.eq(CONFERENCE.ID)));
        return dsl.select(CONFERENCE.fields()).select(items)
                .from(CONFERENCE)
                .where(DSL.and(where))
                .orderBy(CONFERENCE.STARTS_AT.desc(), CONFERENCE.ID.desc())
                .limit(limit)
                .fetch(r -> new Row(toConference(r.into(CONFERENCE)), r.get(items)));
    }

    /**
     * The start of the latest closed conference that started before {@code before} and had the household on its
     * agenda; empty when there is none.
     */
    public Optional<Instant> lastDiscussedBefore(long householdId, Instant before) {
        return dsl.select(DSL.max(CONFERENCE.STARTS_AT))
                .from(AGENDA_ITEM).join(CONFERENCE).on(CONFERENCE.ID.eq(AGENDA_ITEM.CONFERENCE_ID))
                .where(AGENDA_ITEM.HOUSEHOLD_ID.eq(householdId)
                        .and(CONFERENCE.STATUS.eq(ConferenceStatus.CLOSED.name()))
                        .and(CONFERENCE.STARTS_AT.lt(Rows.utc(before))))
                .fetchOne(r -> Optional.ofNullable(Rows.instant(r.value1())));
    }

    static Conference toConference(ConferenceRecord r) {
        return new Conference(r.getId(), r.getVersion(), ConferenceType.valueOf(r.getType()),
                Rows.instant(r.getStartsAt()), r.getDurationMinutes(), r.getPlace(), r.getChairName(),
                r.getChairPartnerId(), r.getMinuteTakerName(), ConferenceStatus.valueOf(r.getStatus()),
                r.getSourceIncidentId(), Rows.instant(r.getStartedAt()), Rows.instant(r.getClosedAt()));
    }

    // --- invited partners ----------------------------------------------------------------------------

    /** Replaces the invited partners (duplicates ignored). */
    public void replaceInvitedPartners(long conferenceId, Collection<Long> partnerIds) {
        dsl.deleteFrom(CONFERENCE_PARTNER).where(CONFERENCE_PARTNER.CONFERENCE_ID.eq(conferenceId)).execute();
        var distinct = new LinkedHashSet<>(partnerIds);
        if (distinct.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(CONFERENCE_PARTNER, CONFERENCE_PARTNER.CONFERENCE_ID, CONFERENCE_PARTNER.PARTNER_ID);
        for (Long partnerId : distinct) {
            insert = insert.values(conferenceId, partnerId);
        }
        insert.execute();
    }

    /** The invited partners in catalogue order. */
    public List<Partner> invitedPartners(long conferenceId) {
        return dsl.select(PARTNER.fields()).from(PARTNER)
                .join(CONFERENCE_PARTNER).on(CONFERENCE_PARTNER.PARTNER_ID.eq(PARTNER.ID))
                .where(CONFERENCE_PARTNER.CONFERENCE_ID.eq(conferenceId))
                .orderBy(PARTNER.SORT_ORDER, PARTNER.NAME, PARTNER.ID)
                .fetch(r -> toPartner(r.into(PARTNER)));
    }

    /** Distinct partners of the attendees marked present, in catalogue order. */
    public List<Partner> presentPartners(long conferenceId) {
        return dsl.select(PARTNER.fields()).from(PARTNER)
                .where(PARTNER.ID.in(DSL.select(ATTENDEE.PARTNER_ID).from(ATTENDEE)
                        .where(ATTENDEE.CONFERENCE_ID.eq(conferenceId)
                                .and(ATTENDEE.ATTENDANCE.eq(AttendanceStatus.PRESENT.name())))))
                .orderBy(PARTNER.SORT_ORDER, PARTNER.NAME, PARTNER.ID)
                .fetch(r -> toPartner(r.into(PARTNER)));
    }

    /** True when attendance has been recorded for at least one attendee. */
    public boolean attendanceRecorded(long conferenceId) {
        return dsl.fetchExists(ATTENDEE, ATTENDEE.CONFERENCE_ID.eq(conferenceId).and(ATTENDEE.ATTENDANCE.isNotNull()));
    }

    private static Partner toPartner(PartnerRecord r) {
        return new Partner(r.getId(), r.getVersion(), r.getCode(), r.getName(), r.getShortName(), r.getActive(),
                r.getSortOrder());
    }

    // --- attendees -----------------------------------------------------------------------------------

    public long insertAttendee(long conferenceId, AttendeeDraft d, Instant now) {
        return dsl.insertInto(ATTENDEE)
                .set(values(d))
                .set(ATTENDEE.CONFERENCE_ID, conferenceId)
                .set(ATTENDEE.CREATED_AT, Rows.utc(now))
                .set(ATTENDEE.UPDATED_AT, Rows.utc(now))
                .returningResult(ATTENDEE.ID).fetchOne().value1();
    }

    public void updateAttendee(long id, int version, AttendeeDraft d, Instant now) {
        int rows = dsl.update(ATTENDEE)
                .set(values(d))
                .set(ATTENDEE.VERSION, ATTENDEE.VERSION.plus(1))
                .set(ATTENDEE.UPDATED_AT, Rows.utc(now))
                .where(ATTENDEE.ID.eq(id).and(ATTENDEE.VERSION.eq(version)))
                .execute();
        Rows.checkUpdated(rows, dsl.fetchExists(ATTENDEE, ATTENDEE.ID.eq(id)), "entity.attendee", id, CONFLICT);
    }

    public void deleteAttendee(long id, int version) {
        int rows = dsl.deleteFrom(ATTENDEE).where(ATTENDEE.ID.eq(id).and(ATTENDEE.VERSION.eq(version))).execute();
        Rows.checkUpdated(rows, dsl.fetchExists(ATTENDEE, ATTENDEE.ID.eq(id)), "entity.attendee", id, CONFLICT);
    }

    private static Map<Field<?>, Object> values(AttendeeDraft d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ATTENDEE.NAME, d.name().strip());
        values.put(ATTENDEE.PARTNER_ID, d.partnerId());
        values.put(ATTENDEE.ROLE, d.role().name());
        values.put(ATTENDEE.ATTENDANCE, d.attendance() == null ? null : d.attendance().name());
        values.put(ATTENDEE.INFORMATION_SENT, d.informationSent());
        values.put(ATTENDEE.CONFIDENTIALITY_SIGNED_ON, d.confidentialitySignedOn());
        return values;
    }

    public Attendee getAttendee(long id) {
        return dsl.selectFrom(ATTENDEE).where(ATTENDEE.ID.eq(id)).fetchOptional(JooqConferenceStore::toAttendee)
                .orElseThrow(() -> new NotFoundException("entity.attendee", id));
    }

    /** Attendees by role (chair first) and name. */
    public List<Attendee> attendees(long conferenceId) {
        return dsl.selectFrom(ATTENDEE).where(ATTENDEE.CONFERENCE_ID.eq(conferenceId))
                .orderBy(ATTENDEE.ID)
                .fetch(JooqConferenceStore::toAttendee)
                .stream()
                .sorted(java.util.Comparator.comparing((Attendee a) -> a.role().ordinal())
                        .thenComparing(a -> Text.fold(a.name())))
                .toList();
    }

    static Attendee toAttendee(AttendeeRecord r) {
        return new Attendee(r.getId(), r.getVersion(), r.getConferenceId(), r.getName(), r.getPartnerId(),
                ConferenceRole.valueOf(r.getRole()),
                r.getAttendance() == null ? null : AttendanceStatus.valueOf(r.getAttendance()),
                r.getInformationSent(), r.getConfidentialitySignedOn());
    }

    // --- amendments ----------------------------------------------------------------------------------

    public long insertAmendment(long conferenceId, Long agendaItemId, Long measureId, String reason,
                                String changeSummary, Instant now) {
        return dsl.insertInto(CONFERENCE_AMENDMENT)
                .set(CONFERENCE_AMENDMENT.CONFERENCE_ID, conferenceId)
                .set(CONFERENCE_AMENDMENT.AGENDA_ITEM_ID, agendaItemId)
                .set(CONFERENCE_AMENDMENT.MEASURE_ID, measureId)
                .set(CONFERENCE_AMENDMENT.REASON, reason.strip())
                .set(CONFERENCE_AMENDMENT.CHANGE_SUMMARY, changeSummary)
                .set(CONFERENCE_AMENDMENT.MADE_AT, Rows.utc(now))
                .returningResult(CONFERENCE_AMENDMENT.ID).fetchOne().value1();
    }

    /** Amendments in the order they were made. */
    public List<Amendment> amendments(long conferenceId) {
        return dsl.selectFrom(CONFERENCE_AMENDMENT).where(CONFERENCE_AMENDMENT.CONFERENCE_ID.eq(conferenceId))
                .orderBy(CONFERENCE_AMENDMENT.MADE_AT, CONFERENCE_AMENDMENT.ID)
                .fetch(r -> new Amendment(r.getId(), r.getConferenceId(), r.getAgendaItemId(), r.getMeasureId(),
                        r.getReason(), r.getChangeSummary(), Rows.instant(r.getMadeAt())));
    }
}
