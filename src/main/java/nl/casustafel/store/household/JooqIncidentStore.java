package nl.casustafel.store.household;

import static nl.casustafel.store.jooq.Tables.INCIDENT;
import static nl.casustafel.store.jooq.Tables.INCIDENT_PERSON;
import static nl.casustafel.store.jooq.Tables.INVOLVEMENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.common.Text;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.household.InvolvementDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.InvolvedPerson;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.store.Rows;
import nl.casustafel.store.jooq.tables.records.IncidentRecord;
import nl.casustafel.store.jooq.tables.records.InvolvementRecord;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Incidents (with involved persons and risk markers) and involvements of partner organisations. */
public final class JooqIncidentStore {
    private final DSLContext dsl;

    public JooqIncidentStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long householdId, IncidentDraft draft, Instant now) {
        IncidentRecord r = dsl.newRecord(INCIDENT);
        r.setHouseholdId(householdId);
        fill(r, draft);
        r.setCreatedAt(Rows.utc(now));
        r.setUpdatedAt(Rows.utc(now));
        r.store();
        insertPersons(r.getId(), draft);
        return r.getId();
    }

    /** An incident for {@link #insertAll}, with its involved persons. */
    public record NewIncident(long householdId, IncidentDraft draft) {
    }

    /**
     * Stores incidents of households that have none yet (a bulk load) as {@link #insert} one by one would;
     * returns their ids in the order of {@code incidents}.
     */
    public List<Long> insertAll(List<NewIncident> incidents, Instant now) {
        if (incidents.isEmpty()) {
            return List.of();
        }
        List<Field<?>> fields = List.of(INCIDENT.HOUSEHOLD_ID, INCIDENT.OCCURRED_AT, INCIDENT.TYPE, INCIDENT.SEVERITY,
                INCIDENT.REGISTRATION_NUMBER, INCIDENT.SOURCE, INCIDENT.DESCRIPTION, INCIDENT.CHILDREN_PRESENT,
                INCIDENT.STRANGULATION, INCIDENT.WEAPON_OR_THREAT_TO_KILL, INCIDENT.SEPARATION_RECENT,
                INCIDENT.STALKING, INCIDENT.COERCIVE_CONTROL, INCIDENT.SUBSTANCE_USE, INCIDENT.PREGNANCY,
                INCIDENT.CREATED_AT, INCIDENT.UPDATED_AT);
        List<Object[]> rows = new ArrayList<>(incidents.size());
        Set<Long> households = new LinkedHashSet<>();
        for (NewIncident i : incidents) {
            IncidentRecord r = new IncidentRecord();
            fill(r, i.draft());
            rows.add(new Object[] {i.householdId(), r.getOccurredAt(), r.getType(), r.getSeverity(),
                r.getRegistrationNumber(), r.getSource(), r.getDescription(), r.getChildrenPresent(),
                r.getStrangulation(), r.getWeaponOrThreatToKill(), r.getSeparationRecent(), r.getStalking(),
                r.getCoerciveControl(), r.getSubstanceUse(), r.getPregnancy(), Rows.utc(now), Rows.utc(now)});
            households.add(i.householdId());
        }
        Rows.batchInsert(dsl, INCIDENT, fields, rows);
        // The households had no incidents: theirs now are exactly these, and ids follow insertion order.
        List<Long> ids = dsl.select(INCIDENT.ID).from(INCIDENT).where(INCIDENT.HOUSEHOLD_ID.in(households))
                .orderBy(INCIDENT.ID).fetch(INCIDENT.ID);
        if (ids.size() != incidents.size()) {
            throw new IllegalStateException("the households of a bulk load of incidents had incidents already");
        }
        List<Object[]> persons = new ArrayList<>();
        for (int k = 0; k < incidents.size(); k++) {
            for (InvolvedPerson p : incidents.get(k).draft().involved()) {
                persons.add(new Object[] {ids.get(k), p.personId(), p.role().name()});
            }
        }
        Rows.batchInsert(dsl, INCIDENT_PERSON, List.of(INCIDENT_PERSON.INCIDENT_ID, INCIDENT_PERSON.PERSON_ID,
                INCIDENT_PERSON.ROLE), persons);
        return ids;
    }

    public void update(long id, int version, IncidentDraft draft, Instant now) {
        IncidentRecord r = dsl.newRecord(INCIDENT);
        fill(r, draft);
        r.setUpdatedAt(Rows.utc(now));
        r.setVersion(version + 1);
        r.changed(INCIDENT.ID, false);
        r.changed(INCIDENT.HOUSEHOLD_ID, false);
        r.changed(INCIDENT.CREATED_AT, false);
        int rows = dsl.update(INCIDENT).set(r).where(INCIDENT.ID.eq(id).and(INCIDENT.VERSION.eq(version))).execute();
        Rows.checkUpdated(rows, dsl.fetchExists(INCIDENT, INCIDENT.ID.eq(id)), "entity.incident", id);
        dsl.deleteFrom(INCIDENT_PERSON).where(INCIDENT_PERSON.INCIDENT_ID.eq(id)).execute();
        insertPersons(id, draft);
    }

    private void insertPersons(long incidentId, IncidentDraft draft) {
        if (draft.involved().isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(INCIDENT_PERSON, INCIDENT_PERSON.INCIDENT_ID, INCIDENT_PERSON.PERSON_ID,
                INCIDENT_PERSON.ROLE);
        for (InvolvedPerson p : draft.involved()) {
            insert = insert.values(incidentId, p.personId(), p.role().name());
        }
        insert.execute();
    }

    private static void fill(IncidentRecord r, IncidentDraft d) {
        Set<RiskMarker> m = d.riskMarkers();
        r.setOccurredAt(Rows.utc(d.occurredAt()));
        r.setType(d.type().name());
        r.setSeverity(d.severity().name());
        r.setRegistrationNumber(Text.trimToNull(d.registrationNumber()));
        r.setSource(d.source().name());
        r.setDescription(Text.trimToNull(d.description()));
        r.setChildrenPresent(m.contains(RiskMarker.CHILDREN_PRESENT));
        r.setStrangulation(m.contains(RiskMarker.STRANGULATION));
        r.setWeaponOrThreatToKill(m.contains(RiskMarker.WEAPON_OR_THREAT_TO_KILL));
        r.setSeparationRecent(m.contains(RiskMarker.SEPARATION_RECENT));
        r.setStalking(m.contains(RiskMarker.STALKING));
        r.setCoerciveControl(m.contains(RiskMarker.COERCIVE_CONTROL));
        r.setSubstanceUse(m.contains(RiskMarker.SUBSTANCE_USE));
        r.setPregnancy(m.contains(RiskMarker.PREGNANCY));
    }

    public Incident get(long id) {
        IncidentRecord r = dsl.selectFrom(INCIDENT).where(INCIDENT.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> new NotFoundException("entity.incident", id));
        return toIncident(r, involved(List.of(id)).getOrDefault(id, List.of()));
    }

    /** The household's incidents, newest first, with their involved persons (two queries, no N+1). */
    public List<Incident> byHousehold(long householdId) {
        List<IncidentRecord> records = dsl.selectFrom(INCIDENT).where(INCIDENT.HOUSEHOLD_ID.eq(householdId))
                .orderBy(INCIDENT.OCCURRED_AT.desc(), INCIDENT.ID.desc()).fetch();
        if (records.isEmpty()) {
            return List.of();
        }
        Map<Long, List<InvolvedPerson>> persons = dsl.select(INCIDENT_PERSON.INCIDENT_ID, INCIDENT_PERSON.PERSON_ID,
                        INCIDENT_PERSON.ROLE)
                .from(INCIDENT_PERSON).join(INCIDENT).on(INCIDENT.ID.eq(INCIDENT_PERSON.INCIDENT_ID))
                .where(INCIDENT.HOUSEHOLD_ID.eq(householdId))
                .orderBy(INCIDENT_PERSON.INCIDENT_ID, INCIDENT_PERSON.PERSON_ID)
                .fetchGroups(INCIDENT_PERSON.INCIDENT_ID,
                        r -> new InvolvedPerson(r.get(INCIDENT_PERSON.PERSON_ID), PersonRole.valueOf(r.get(INCIDENT_PERSON.ROLE))));
        List<Incident> out = new ArrayList<>(records.size());
        for (IncidentRecord r : records) {
            out.add(toIncident(r, persons.getOrDefault(r.getId(), List.of())));
        }
        return out;
    }

    private Map<Long, List<InvolvedPerson>> involved(List<Long> incidentIds) {
        Map<Long, List<InvolvedPerson>> out = new LinkedHashMap<>();
        dsl.selectFrom(INCIDENT_PERSON).where(INCIDENT_PERSON.INCIDENT_ID.in(incidentIds))
                .orderBy(INCIDENT_PERSON.PERSON_ID)
                .forEach(r -> out.computeIfAbsent(r.getIncidentId(), k -> new ArrayList<>())
                        .add(new InvolvedPerson(r.getPersonId(), PersonRole.valueOf(r.getRole()))));
        return out;
    }

    /** True when the person is involved in any incident of the household. */
    public boolean isInvolved(long householdId, long personId) {
        return dsl.fetchExists(dsl.selectOne().from(INCIDENT_PERSON).join(INCIDENT)
                .on(INCIDENT.ID.eq(INCIDENT_PERSON.INCIDENT_ID))
                .where(INCIDENT.HOUSEHOLD_ID.eq(householdId).and(INCIDENT_PERSON.PERSON_ID.eq(personId))));
    }

    /** Registration numbers of a household's incidents (for the search index). */
    public List<String> registrationNumbers(long householdId) {
        return dsl.select(INCIDENT.REGISTRATION_NUMBER).from(INCIDENT)
                .where(INCIDENT.HOUSEHOLD_ID.eq(householdId).and(INCIDENT.REGISTRATION_NUMBER.isNotNull()))
                .fetch(INCIDENT.REGISTRATION_NUMBER);
    }

    static Incident toIncident(IncidentRecord r, List<InvolvedPerson> involved) {
        Set<RiskMarker> markers = EnumSet.noneOf(RiskMarker.class);
        if (r.getChildrenPresent()) markers.add(RiskMarker.CHILDREN_PRESENT);
        if (r.getStrangulation()) markers.add(RiskMarker.STRANGULATION);
        if (r.getWeaponOrThreatToKill()) markers.add(RiskMarker.WEAPON_OR_THREAT_TO_KILL);
        if (r.getSeparationRecent()) markers.add(RiskMarker.SEPARATION_RECENT);
        if (r.getStalking()) markers.add(RiskMarker.STALKING);
        if (r.getCoerciveControl()) markers.add(RiskMarker.COERCIVE_CONTROL);
        if (r.getSubstanceUse()) markers.add(RiskMarker.SUBSTANCE_USE);
        if (r.getPregnancy()) markers.add(RiskMarker.PREGNANCY);
        return new Incident(r.getId(), r.getVersion(), r.getHouseholdId(), Rows.instant(r.getOccurredAt()),
                IncidentType.valueOf(r.getType()), Severity.valueOf(r.getSeverity()), r.getRegistrationNumber(),
                IncidentSource.valueOf(r.getSource()), r.getDescription(), markers, involved);
    }

    // --- involvements -------------------------------------------------------------------------------

    public long insertInvolvement(long householdId, InvolvementDraft d, Instant now) {
        return dsl.insertInto(INVOLVEMENT)
                .set(values(d))
                .set(INVOLVEMENT.HOUSEHOLD_ID, householdId)
                .set(INVOLVEMENT.CREATED_AT, Rows.utc(now))
                .set(INVOLVEMENT.UPDATED_AT, Rows.utc(now))
                .returningResult(INVOLVEMENT.ID).fetchOne().value1();
    }

    /** An involvement for {@link #insertInvolvements}. */
    public record NewInvolvement(long householdId, InvolvementDraft draft) {
    }

    /** Stores involvements as {@link #insertInvolvement} one by one would, in batches. */
    public void insertInvolvements(List<NewInvolvement> involvements, Instant now) {
        if (involvements.isEmpty()) {
            return;
        }
        List<Field<?>> fields = new ArrayList<>(values(involvements.get(0).draft()).keySet());
        fields.addAll(List.of(INVOLVEMENT.HOUSEHOLD_ID, INVOLVEMENT.CREATED_AT, INVOLVEMENT.UPDATED_AT));
        List<Object[]> rows = new ArrayList<>(involvements.size());
        for (NewInvolvement v : involvements) {
            List<Object> row = new ArrayList<>(values(v.draft()).values());
            row.addAll(Arrays.asList(v.householdId(), Rows.utc(now), Rows.utc(now)));
            rows.add(row.toArray());
        }
        Rows.batchInsert(dsl, INVOLVEMENT, fields, rows);
    }

    public void updateInvolvement(long id, int version, InvolvementDraft d, Instant now) {
        int rows = dsl.update(INVOLVEMENT)
                .set(values(d))
                .set(INVOLVEMENT.VERSION, INVOLVEMENT.VERSION.plus(1))
                .set(INVOLVEMENT.UPDATED_AT, Rows.utc(now))
                .where(INVOLVEMENT.ID.eq(id).and(INVOLVEMENT.VERSION.eq(version)))
                .execute();
        Rows.checkUpdated(rows, dsl.fetchExists(INVOLVEMENT, INVOLVEMENT.ID.eq(id)), "entity.involvement", id);
    }

    /** The columns an involvement draft sets, for insert and update alike. */
    private static Map<Field<?>, Object> values(InvolvementDraft d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(INVOLVEMENT.PARTNER_ID, d.partnerId());
        values.put(INVOLVEMENT.CONTACT_PERSON, Text.trimToNull(d.contactPerson()));
        values.put(INVOLVEMENT.CONTACT_DETAILS, Text.trimToNull(d.contactDetails()));
        values.put(INVOLVEMENT.START_DATE, d.startDate());
        values.put(INVOLVEMENT.END_DATE, d.endDate());
        values.put(INVOLVEMENT.DESCRIPTION, Text.trimToNull(d.description()));
        return values;
    }

    public Involvement getInvolvement(long id) {
        return dsl.selectFrom(INVOLVEMENT).where(INVOLVEMENT.ID.eq(id)).fetchOptional(JooqIncidentStore::toInvolvement)
                .orElseThrow(() -> new NotFoundException("entity.involvement", id));
    }

    public List<Involvement> involvements(long householdId) {
        return dsl.selectFrom(INVOLVEMENT).where(INVOLVEMENT.HOUSEHOLD_ID.eq(householdId))
                .orderBy(INVOLVEMENT.START_DATE.desc(), INVOLVEMENT.ID)
                .fetch(JooqIncidentStore::toInvolvement);
    }

    static Involvement toInvolvement(InvolvementRecord r) {
        return new Involvement(r.getId(), r.getVersion(), r.getHouseholdId(), r.getPartnerId(), r.getContactPerson(),
                r.getContactDetails(), r.getStartDate(), r.getEndDate(), r.getDescription());
    }
}
