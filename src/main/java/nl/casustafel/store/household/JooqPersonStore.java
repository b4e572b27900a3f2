package nl.casustafel.store.household;

import static nl.casustafel.store.jooq.Tables.HOUSEHOLD;
import static nl.casustafel.store.jooq.Tables.MEMBERSHIP;
import static nl.casustafel.store.jooq.Tables.PERSON;
import static nl.casustafel.store.jooq.Tables.RELATION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.common.Text;
import nl.casustafel.domain.household.Bsn;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.household.Membership;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.Person;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonName;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Relation;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.store.Rows;
import nl.casustafel.store.jooq.tables.records.MembershipRecord;
import nl.casustafel.store.jooq.tables.records.PersonRecord;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Persons, their memberships of households and the relations between them. */
public final class JooqPersonStore {
    private final DSLContext dsl;

    public JooqPersonStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A membership joined with the household's name and status (for "other households"). */
    public record MembershipInfo(Membership membership, String householdName, HouseholdStatus householdStatus) {
    }

    public long insert(PersonDraft draft, Instant now) {
        return dsl.insertInto(PERSON)
                .set(values(draft))
                .set(PERSON.CREATED_AT, Rows.utc(now))
                .set(PERSON.UPDATED_AT, Rows.utc(now))
                .returningResult(PERSON.ID).fetchOne().value1();
    }

    /** Stores new persons as {@link #insert} one by one would; returns their ids in the order of {@code drafts}. */
    public List<Long> insertAll(List<PersonDraft> drafts, Instant now) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        List<Field<?>> fields = new ArrayList<>(values(drafts.get(0)).keySet());
        fields.addAll(List.of(PERSON.CREATED_AT, PERSON.UPDATED_AT));
        List<Object[]> rows = new ArrayList<>(drafts.size());
        for (PersonDraft d : drafts) {
            List<Object> row = new ArrayList<>(values(d).values());
            row.add(Rows.utc(now));
            row.add(Rows.utc(now));
            rows.add(row.toArray());
        }
        return Rows.insertReturningIds(dsl, PERSON, PERSON.ID, fields, rows);
    }

    /** A membership for {@link #insertMemberships}. */
    public record NewMembership(long householdId, long personId, MembershipDraft draft) {
    }

    /** A relation for {@link #insertRelations}. */
    public record NewRelation(long personAId, long personBId, RelationType type) {
    }

    /** Stores memberships as {@link #insertMembership} one by one would, in batches. */
    public void insertMemberships(List<NewMembership> memberships, Instant now) {
        List<Object[]> rows = new ArrayList<>(memberships.size());
        for (NewMembership m : memberships) {
            rows.add(new Object[] {m.householdId(), m.personId(), m.draft().role().name(), m.draft().startDate(),
                m.draft().endDate(), Rows.utc(now), Rows.utc(now)});
        }
        Rows.batchInsert(dsl, MEMBERSHIP, List.of(MEMBERSHIP.HOUSEHOLD_ID, MEMBERSHIP.PERSON_ID, MEMBERSHIP.ROLE,
                MEMBERSHIP.START_DATE, MEMBERSHIP.END_DATE, MEMBERSHIP.CREATED_AT, MEMBERSHIP.UPDATED_AT), rows);
    }

    /** Stores relations as {@link #insertRelation} one by one would, in batches. */
    public void insertRelations(List<NewRelation> relations, Instant now) {
        List<Object[]> rows = new ArrayList<>(relations.size());
        for (NewRelation r : relations) {
            rows.add(new Object[] {r.personAId(), r.personBId(), r.type().name(), Rows.utc(now), Rows.utc(now)});
        }
        Rows.batchInsert(dsl, RELATION, List.of(RELATION.PERSON_A_ID, RELATION.PERSON_B_ID, RELATION.TYPE,
                RELATION.CREATED_AT, RELATION.UPDATED_AT), rows);
    }

    public void update(long id, int version, PersonDraft draft, Instant now) {
        int rows = dsl.update(PERSON)
                .set(values(draft))
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .set(PERSON.UPDATED_AT, Rows.utc(now))
                .where(PERSON.ID.eq(id).and(PERSON.VERSION.eq(version)))
                .execute();
        Rows.checkUpdated(rows, dsl.fetchExists(PERSON, PERSON.ID.eq(id)), "entity.person", id);
    }

    /** The columns a person draft sets, for insert and update alike. */
    private static Map<Field<?>, Object> values(PersonDraft draft) {
        PersonName name = draft.name();
        Bsn bsn = draft.parsedBsn();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(PERSON.GIVEN_NAMES, name.givenNames());
        values.put(PERSON.PARTICLES, name.particles());
        values.put(PERSON.SURNAME, name.surname());
        values.put(PERSON.SORT_KEY, sortKey(name));
        values.put(PERSON.DATE_OF_BIRTH, draft.dateOfBirth());
        values.put(PERSON.BSN, bsn == null ? null : bsn.value());
        values.put(PERSON.GENDER, draft.gender().name());
        values.put(PERSON.NOTES, Text.trimToNull(draft.notes()));
        return values;
    }

    private static String sortKey(PersonName name) {
        String key = name.sortKey();
        return key.length() > 400 ? key.substring(0, 400) : key;
    }

    public Person get(long id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(JooqPersonStore::toPerson)
                .orElseThrow(() -> new NotFoundException("entity.person", id));
    }

    public List<Person> byIds(Collection<Long> ids) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.in(ids)).orderBy(PERSON.SORT_KEY)
                .fetch(JooqPersonStore::toPerson);
    }

    /** Persons whose BSN equals, or whose name words start with, the words of the text. */
    public List<Person> find(String text, int limit) {
        List<String> tokens = Text.tokens(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        org.jooq.Condition condition = org.jooq.impl.DSL.trueCondition();
        String digits = Bsn.normalise(text.strip());
        if (digits.length() == 9 && digits.chars().allMatch(Character::isDigit)) {
            condition = PERSON.BSN.eq(digits);
        } else {
            for (String token : tokens) {
                condition = condition.and(PERSON.SORT_KEY.like("%" + Rows.escapeLike(token) + "%", Rows.LIKE_ESCAPE));
            }
        }
        return dsl.selectFrom(PERSON).where(condition).orderBy(PERSON.SORT_KEY).limit(limit)
                .fetch(JooqPersonStore::toPerson);
    }

    public long insertMembership(long householdId, long personId, MembershipDraft draft, Instant now) {
        return dsl.insertInto(MEMBERSHIP)
                .set(MEMBERSHIP.HOUSEHOLD_ID, householdId)
                .set(MEMBERSHIP.PERSON_ID, personId)
                .set(MEMBERSHIP.ROLE, draft.role().name())
                .set(MEMBERSHIP.START_DATE, draft.startDate())
                .set(MEMBERSHIP.END_DATE, draft.endDate())
                .set(MEMBERSHIP.CREATED_AT, Rows.utc(now))
                .set(MEMBERSHIP.UPDATED_AT, Rows.utc(now))
                .returningResult(MEMBERSHIP.ID).fetchOne().value1();
    }

    public boolean isMember(long householdId, long personId) {
        return dsl.fetchExists(MEMBERSHIP, MEMBERSHIP.HOUSEHOLD_ID.eq(householdId).and(MEMBERSHIP.PERSON_ID.eq(personId)));
    }

    public Membership getMembership(long id) {
        return dsl.selectFrom(MEMBERSHIP).where(MEMBERSHIP.ID.eq(id)).fetchOptional(JooqPersonStore::toMembership)
                .orElseThrow(() -> new NotFoundException("entity.membership", id));
    }

    public void updateMembership(long id, int version, MembershipDraft draft, Instant now) {
        int rows = dsl.update(MEMBERSHIP)
                .set(MEMBERSHIP.ROLE, draft.role().name())
                .set(MEMBERSHIP.START_DATE, draft.startDate())
                .set(MEMBERSHIP.END_DATE, draft.endDate())
                .set(MEMBERSHIP.VERSION, MEMBERSHIP.VERSION.plus(1))
                .set(MEMBERSHIP.UPDATED_AT, Rows.utc(now))
                .where(MEMBERSHIP.ID.eq(id).and(MEMBERSHIP.VERSION.eq(version)))
                .execute();
        Rows.checkUpdated(rows, dsl.fetchExists(MEMBERSHIP, MEMBERSHIP.ID.eq(id)), "entity.membership", id);
    }

    public void deleteMembership(long id, int version) {
        int rows = dsl.deleteFrom(MEMBERSHIP).where(MEMBERSHIP.ID.eq(id).and(MEMBERSHIP.VERSION.eq(version))).execute();
        Rows.checkUpdated(rows, dsl.fetchExists(MEMBERSHIP, MEMBERSHIP.ID.eq(id)), "entity.membership", id);
    }

    public List<Membership> memberships(long householdId) {
        return dsl.selectFrom(MEMBERSHIP).where(MEMBERSHIP.HOUSEHOLD_ID.eq(householdId)).orderBy(MEMBERSHIP.ID)
                .fetch(JooqPersonStore::toMembership);
    }

    /** All memberships of the given persons, with household names: the "other households" links. */
    public List<MembershipInfo> membershipsOf(Collection<Long> personIds) {
        return dsl.select(MEMBERSHIP.fields()).select(HOUSEHOLD.NAME, HOUSEHOLD.STATUS)
                .from(MEMBERSHIP).join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(MEMBERSHIP.HOUSEHOLD_ID))
                .where(MEMBERSHIP.PERSON_ID.in(personIds))
                .orderBy(HOUSEHOLD.SORT_KEY)
                .fetch(r -> new MembershipInfo(toMembership(r.into(MEMBERSHIP)), r.get(HOUSEHOLD.NAME),
                        HouseholdStatus.valueOf(r.get(HOUSEHOLD.STATUS))));
    }

    /** Households a person belongs to. */
    public List<Long> householdIdsOf(long personId) {
        return dsl.select(MEMBERSHIP.HOUSEHOLD_ID).from(MEMBERSHIP).where(MEMBERSHIP.PERSON_ID.eq(personId))
                .fetch(MEMBERSHIP.HOUSEHOLD_ID);
    }

    /** Relations in which both persons are among the given ones. */
    public List<Relation> relationsAmong(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(RELATION)
                .where(RELATION.PERSON_A_ID.in(personIds).and(RELATION.PERSON_B_ID.in(personIds)))
                .orderBy(RELATION.ID)
                .fetch(r -> new Relation(r.getId(), r.getPersonAId(), r.getPersonBId(), RelationType.valueOf(r.getType())));
    }

    public boolean relationExists(long a, long b, RelationType type) {
        // Two index lookups instead of one OR condition, which H2 would answer with a table scan.
        if (dsl.fetchExists(RELATION, RELATION.PERSON_A_ID.eq(a).and(RELATION.PERSON_B_ID.eq(b))
                .and(RELATION.TYPE.eq(type.name())))) {
            return true;
        }
        // Only parent-child is directed; the others are the same relation either way round.
        return type != RelationType.PARENT_CHILD && dsl.fetchExists(RELATION, RELATION.PERSON_A_ID.eq(b)
                .and(RELATION.PERSON_B_ID.eq(a)).and(RELATION.TYPE.eq(type.name())));
    }

    public long insertRelation(long a, long b, RelationType type, Instant now) {
        return dsl.insertInto(RELATION)
                .set(RELATION.PERSON_A_ID, a)
                .set(RELATION.PERSON_B_ID, b)
                .set(RELATION.TYPE, type.name())
                .set(RELATION.CREATED_AT, Rows.utc(now))
                .set(RELATION.UPDATED_AT, Rows.utc(now))
                .returningResult(RELATION.ID).fetchOne().value1();
    }

    public void deleteRelation(long id) {
        if (dsl.deleteFrom(RELATION).where(RELATION.ID.eq(id)).execute() == 0) {
            throw new NotFoundException("entity.relation", id);
        }
    }

    static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getVersion(), new PersonName(r.getGivenNames(), r.getParticles(), r.getSurname()),
                r.getDateOfBirth(), r.getBsn() == null ? null : new Bsn(r.getBsn()), Gender.valueOf(r.getGender()),
                r.getNotes());
    }

    static Membership toMembership(MembershipRecord r) {
        return new Membership(r.getId(), r.getVersion(), r.getHouseholdId(), r.getPersonId(),
                PersonRole.valueOf(r.getRole()), r.getStartDate(), r.getEndDate());
    }
}
