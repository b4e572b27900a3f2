package nl.casustafel.store.household;

import static nl.casustafel.store.jooq.Tables.HOUSEHOLD;
import static nl.casustafel.store.jooq.Tables.HOUSEHOLD_SEARCH_TOKEN;
import static nl.casustafel.store.jooq.Tables.HOUSEHOLD_STATUS_CHANGE;
import static nl.casustafel.store.jooq.Tables.PARTNER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.common.Page;
import nl.casustafel.domain.common.Text;
import nl.casustafel.domain.household.Address;
import nl.casustafel.domain.household.CaseDirector;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.HouseholdNames;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.household.HouseholdStatusChange;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.household.Postcode;
import nl.casustafel.domain.signal.SignalType;
import nl.casustafel.store.Rows;
import nl.casustafel.store.jooq.tables.records.HouseholdRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** Households, their status history, the derived columns (signals, counts) and the search index. */
public final class JooqHouseholdStore {
    private final DSLContext dsl;
    private final int minNarrow;
    private final double broadShare;
    private final int countCap;

    public JooqHouseholdStore(DSLContext dsl) {
        this(dsl, MIN_NARROW, BROAD_SHARE, COUNT_CAP);
    }

    /**
     * With a fixed threshold: a word matching more than {@code narrow} households is broad. Tests make every
     * word broad to check that both strategies agree.
     */
    JooqHouseholdStore(DSLContext dsl, int narrow, int countCap) {
        this(dsl, narrow, 0, countCap);
    }

    JooqHouseholdStore(DSLContext dsl, int minNarrow, double broadShare, int countCap) {
        this.dsl = dsl;
        this.minNarrow = minNarrow;
        this.broadShare = broadShare;
        this.countCap = countCap;
    }

    /** Search criteria as the store sees them; the service layer builds this from a HouseholdQuery. */
    public record Criteria(List<String> tokens, HouseholdStatus status, boolean withSignalOnly,
                           Long directorPartnerId, String sort, boolean ascending, int offset, int limit) {
    }

    /** One row of the list, as stored. */
    public record Row(long id, String name, Address address, HouseholdStatus status, Phase phase,
                      String directorPartner, int incidentCount, Instant lastIncidentAt, List<SignalType> signals,
                      LocalDate signalsEvaluatedOn) {
    }

    public long insert(HouseholdDraft draft, Instant now) {
        return dsl.insertInto(HOUSEHOLD)
                .set(values(draft))
                .set(HOUSEHOLD.STATUS, HouseholdStatus.OPEN.name())
                .set(HOUSEHOLD.CREATED_AT, Rows.utc(now))
                .set(HOUSEHOLD.UPDATED_AT, Rows.utc(now))
                .returningResult(HOUSEHOLD.ID)
                .fetchOne().value1();
    }

    /**
     * A new household as a bulk load knows it at once (demo data): its content, when it was closed (null while
     * open), last discussed, and its derived columns.
     */
    public record NewHousehold(HouseholdDraft draft, LocalDate closedOn, LocalDate lastConferenceOn,
                               List<SignalType> signals, int incidentCount, Instant lastIncidentAt,
                               LocalDate signalsEvaluatedOn) {
    }

    /**
     * Stores new households as {@link #insert}, {@link #setLastConferenceOn}, {@link #changeStatus} to closed
     * (version 1, with its status change) and {@link #updateDerived} one by one would, with a few statements per
     * few hundred households. Returns the ids in the order of {@code rows}.
     */
    public List<Long> insertAll(List<NewHousehold> rows, Instant now) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Field<?>> fields = new ArrayList<>(values(rows.get(0).draft()).keySet());
        fields.addAll(List.of(HOUSEHOLD.STATUS, HOUSEHOLD.CLOSED_ON, HOUSEHOLD.LAST_CONFERENCE_ON,
                HOUSEHOLD.SIGNAL_CODES, HOUSEHOLD.SIGNAL_COUNT, HOUSEHOLD.INCIDENT_COUNT, HOUSEHOLD.LAST_INCIDENT_AT,
                HOUSEHOLD.SIGNALS_EVALUATED_ON, HOUSEHOLD.VERSION, HOUSEHOLD.CREATED_AT, HOUSEHOLD.UPDATED_AT));
        List<Object[]> values = new ArrayList<>(rows.size());
        for (NewHousehold h : rows) {
            List<Object> row = new ArrayList<>(values(h.draft()).values());
            boolean closed = h.closedOn() != null;
            row.addAll(Arrays.asList((closed ? HouseholdStatus.CLOSED : HouseholdStatus.OPEN).name(), h.closedOn(),
                    h.lastConferenceOn(), codes(h.signals()), h.signals().size(), h.incidentCount(),
                    Rows.utc(h.lastIncidentAt()), h.signalsEvaluatedOn(), closed ? 1 : 0, Rows.utc(now),
                    Rows.utc(now)));
            values.add(row.toArray());
        }
        List<Long> ids = Rows.insertReturningIds(dsl, HOUSEHOLD, HOUSEHOLD.ID, fields, values);
        List<Object[]> changes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).closedOn() != null) {
                changes.add(new Object[] {ids.get(i), HouseholdStatus.CLOSED.name(), rows.get(i).closedOn(), null,
                    Rows.utc(now)});
            }
        }
        Rows.batchInsert(dsl, HOUSEHOLD_STATUS_CHANGE, List.of(HOUSEHOLD_STATUS_CHANGE.HOUSEHOLD_ID,
                HOUSEHOLD_STATUS_CHANGE.STATUS, HOUSEHOLD_STATUS_CHANGE.DECIDED_ON, HOUSEHOLD_STATUS_CHANGE.REASON,
                HOUSEHOLD_STATUS_CHANGE.CREATED_AT), changes);
        return ids;
    }

    public void update(long id, int version, HouseholdDraft draft, Instant now) {
        int rows = dsl.update(HOUSEHOLD)
                .set(values(draft))
                .set(HOUSEHOLD.VERSION, HOUSEHOLD.VERSION.plus(1))
                .set(HOUSEHOLD.UPDATED_AT, Rows.utc(now))
                .where(HOUSEHOLD.ID.eq(id).and(HOUSEHOLD.VERSION.eq(version)))
                .execute();
        Rows.checkUpdated(rows, exists(id), "entity.household", id);
    }

    /** The columns a household draft sets, for insert and update alike. */
    private static Map<Field<?>, Object> values(HouseholdDraft draft) {
        Address a = draft.address();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(HOUSEHOLD.NAME, draft.name().strip());
        values.put(HOUSEHOLD.SORT_KEY, HouseholdNames.sortKey(draft.name()));
        values.put(HOUSEHOLD.STREET, a.street());
        values.put(HOUSEHOLD.HOUSE_NUMBER, a.houseNumber());
        values.put(HOUSEHOLD.POSTCODE, a.postcode() == null ? null : a.postcode().value());
        values.put(HOUSEHOLD.CITY, a.city());
        values.put(HOUSEHOLD.PHASE, draft.phase().name());
        values.put(HOUSEHOLD.CASE_DIRECTOR_PARTNER_ID, draft.caseDirectorPartnerId());
        values.put(HOUSEHOLD.CASE_DIRECTOR_NAME, Text.trimToNull(draft.caseDirectorName()));
        values.put(HOUSEHOLD.OPENED_ON, draft.openedOn());
        return values;
    }

    public void changeStatus(long id, int version, HouseholdStatus status, LocalDate decidedOn, String reason,
                             Instant now) {
        int rows = dsl.update(HOUSEHOLD)
                .set(HOUSEHOLD.STATUS, status.name())
                .set(HOUSEHOLD.CLOSED_ON, status == HouseholdStatus.CLOSED ? decidedOn : null)
                .set(HOUSEHOLD.VERSION, HOUSEHOLD.VERSION.plus(1))
                .set(HOUSEHOLD.UPDATED_AT, Rows.utc(now))
                .where(HOUSEHOLD.ID.eq(id).and(HOUSEHOLD.VERSION.eq(version)))
                .execute();
        Rows.checkUpdated(rows, exists(id), "entity.household", id);
        dsl.insertInto(HOUSEHOLD_STATUS_CHANGE)
                .set(HOUSEHOLD_STATUS_CHANGE.HOUSEHOLD_ID, id)
                .set(HOUSEHOLD_STATUS_CHANGE.STATUS, status.name())
                .set(HOUSEHOLD_STATUS_CHANGE.DECIDED_ON, decidedOn)
                .set(HOUSEHOLD_STATUS_CHANGE.REASON, Text.trimToNull(reason))
                .set(HOUSEHOLD_STATUS_CHANGE.CREATED_AT, Rows.utc(now))
                .execute();
    }

    /** Sets the last conference date (used by demo data now, by conferences later). */
    public void setLastConferenceOn(long id, LocalDate date) {
        dsl.update(HOUSEHOLD).set(HOUSEHOLD.LAST_CONFERENCE_ON, date).where(HOUSEHOLD.ID.eq(id)).execute();
    }

    /**
     * Records that the household was discussed on {@code date}, unless a later discussion is already recorded.
     * Not an edit of the dossier (version unchanged): closing a conference must not conflict with a colleague
     * editing the household.
     */
    public void raiseLastConferenceOn(long id, LocalDate date) {
        dsl.update(HOUSEHOLD).set(HOUSEHOLD.LAST_CONFERENCE_ON, date)
                .where(HOUSEHOLD.ID.eq(id)
                        .and(HOUSEHOLD.LAST_CONFERENCE_ON.isNull().or(HOUSEHOLD.LAST_CONFERENCE_ON.lt(date))))
                .execute();
    }

    /**
     * Stores the derived columns; does not count as an edit (version unchanged). With {@code onlyIfStale},
     * a row already evaluated on {@code evaluatedOn} (by a change committed meanwhile) is left alone.
     */
    public void updateDerived(long id, List<SignalType> signals, int incidentCount, Instant lastIncidentAt,
                              LocalDate evaluatedOn, boolean onlyIfStale) {
        Condition row = HOUSEHOLD.ID.eq(id);
        if (onlyIfStale) {
            row = row.and(HOUSEHOLD.SIGNALS_EVALUATED_ON.isNull().or(HOUSEHOLD.SIGNALS_EVALUATED_ON.lt(evaluatedOn)));
        }
        dsl.update(HOUSEHOLD)
                .set(HOUSEHOLD.SIGNAL_CODES, codes(signals))
                .set(HOUSEHOLD.SIGNAL_COUNT, signals.size())
                .set(HOUSEHOLD.INCIDENT_COUNT, incidentCount)
                .set(HOUSEHOLD.LAST_INCIDENT_AT, Rows.utc(lastIncidentAt))
                .set(HOUSEHOLD.SIGNALS_EVALUATED_ON, evaluatedOn)
                .where(row)
                .execute();
    }

    public boolean exists(long id) {
        return dsl.fetchExists(HOUSEHOLD, HOUSEHOLD.ID.eq(id));
    }

    public Household get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("entity.household", id));
    }

    public Optional<Household> find(long id) {
        return dsl.selectFrom(HOUSEHOLD).where(HOUSEHOLD.ID.eq(id)).fetchOptional().map(JooqHouseholdStore::toHousehold);
    }

    public List<HouseholdStatusChange> statusChanges(long id) {
        return dsl.selectFrom(HOUSEHOLD_STATUS_CHANGE)
                .where(HOUSEHOLD_STATUS_CHANGE.HOUSEHOLD_ID.eq(id))
                .orderBy(HOUSEHOLD_STATUS_CHANGE.DECIDED_ON.desc(), HOUSEHOLD_STATUS_CHANGE.ID.desc())
                .fetch(r -> new HouseholdStatusChange(r.getId(), HouseholdStatus.valueOf(r.getStatus()),
                        r.getDecidedOn(), r.getReason()));
    }

    /** Ids of households whose signals were last evaluated before {@code today} (or never). */
    public List<Long> staleSignalIds(LocalDate today, int limit) {
        return dsl.select(HOUSEHOLD.ID).from(HOUSEHOLD)
                .where(HOUSEHOLD.SIGNALS_EVALUATED_ON.isNull().or(HOUSEHOLD.SIGNALS_EVALUATED_ON.lt(today)))
                .orderBy(HOUSEHOLD.ID)
                .limit(limit)
                .fetch(HOUSEHOLD.ID);
    }

    /**
     * The households a partner may read (partner-lezer): those in which it is involved today (an involvement
     * whose period holds today) or which it directs as case director.
     */
    public static Condition involving(long partnerId, LocalDate today) {
        var i = nl.casustafel.store.jooq.Tables.INVOLVEMENT;
        return HOUSEHOLD.CASE_DIRECTOR_PARTNER_ID.eq(partnerId).or(HOUSEHOLD.ID.in(
                DSL.select(i.HOUSEHOLD_ID).from(i).where(i.PARTNER_ID.eq(partnerId)
                        .and(i.START_DATE.le(today))
                        .and(i.END_DATE.isNull().or(i.END_DATE.ge(today))))));
    }

    /** True when the partner may read the household: see {@link #involving}. */
    public boolean involves(long householdId, long partnerId, LocalDate today) {
        return dsl.fetchExists(HOUSEHOLD, HOUSEHOLD.ID.eq(householdId).and(involving(partnerId, today)));
    }

    public long count() {
        return dsl.fetchCount(HOUSEHOLD);
    }

    /** Replaces the search tokens of a household. */
    public void replaceTokens(long householdId, Collection<String> tokens) {
        dsl.deleteFrom(HOUSEHOLD_SEARCH_TOKEN).where(HOUSEHOLD_SEARCH_TOKEN.HOUSEHOLD_ID.eq(householdId)).execute();
        if (tokens.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(HOUSEHOLD_SEARCH_TOKEN, HOUSEHOLD_SEARCH_TOKEN.HOUSEHOLD_ID,
                HOUSEHOLD_SEARCH_TOKEN.TOKEN);
        for (String token : tokens) {
            insert = insert.values(householdId, token);
        }
        insert.execute();
    }

    /** Adds the search tokens of new households (no tokens yet), by household id. */
    public void insertTokens(Map<Long, ? extends Collection<String>> tokensByHousehold) {
        List<Object[]> rows = new ArrayList<>();
        tokensByHousehold.forEach((id, tokens) -> tokens.forEach(t -> rows.add(new Object[] {id, t})));
        Rows.batchInsert(dsl, HOUSEHOLD_SEARCH_TOKEN,
                List.of(HOUSEHOLD_SEARCH_TOKEN.HOUSEHOLD_ID, HOUSEHOLD_SEARCH_TOKEN.TOKEN), rows);
    }

    /** A word matching more than this share of all households is "broad" (see ADR 0004)... */
    static final double BROAD_SHARE = 0.03;
    /** ... but a word matching at most this many households is always narrow: collecting them is cheap. */
    static final int MIN_NARROW = 1000;
    /** Counting broad results stops this many rows past the page. */
    static final int COUNT_CAP = 100;

    /**
     * The households a word matches, read from the token index up to one more than the narrow limit: all of them
     * when the word is narrow, else as many as that limit plus one.
     */
    private record WordMatch(String token, Set<Long> households, boolean narrow) {
    }

    /**
     * Households matching every word (as the start of one of their words) and the filters, one page in the
     * requested order. Each word is looked up first in the token index, reading its distinct households up to
     * one more than the narrow limit, which tells how many households it matches or that it matches more.
     * <ul>
     *   <li>When a word is <em>narrow</em> (at most {@link #BROAD_SHARE} of the households, or
     *   {@link #MIN_NARROW}), its households are collected through the token index, the other words are probed
     *   per candidate household, and the count is exact (without a query when no filter or broad word needs
     *   checking: the households read are the answer).</li>
     *   <li>When every word is <em>broad</em>, counting exactly would read a large part of the index, so the
     *   total is not exact ({@code totalExact} false: "more than N"): for a single word without filters it is
     *   what reading the word showed (more than the narrow limit), otherwise counting stops {@link #COUNT_CAP}
     *   rows past the page. Sorted by name, the name index is walked and each household probed, so the first
     *   page costs about {@code limit / share} probes.</li>
     * </ul>
     */
    public Page<Row> search(Criteria c) {
        return search(c, null);
    }

    /** As {@link #search(Criteria)}, within a scope (a partner-lezer's households, see {@link #involving}). */
    public Page<Row> search(Criteria c, Condition scope) {
        List<Condition> where = new ArrayList<>();
        if (scope != null) {
            where.add(scope);
        }
        if (c.status() != null) {
            where.add(HOUSEHOLD.STATUS.eq(c.status().name()));
        }
        if (c.withSignalOnly()) {
            where.add(HOUSEHOLD.SIGNAL_COUNT.gt(0));
        }
        if (c.directorPartnerId() != null) {
            where.add(HOUSEHOLD.CASE_DIRECTOR_PARTNER_ID.eq(c.directorPartnerId()));
        }
        boolean filtered = !where.isEmpty();
        List<WordMatch> words = new ArrayList<>();
        if (!c.tokens().isEmpty()) {
            // COUNT(*) over the whole table: H2 answers it from the row count, without reading rows.
            int narrowLimit = (int) Math.max(minNarrow, broadShare * dsl.fetchCount(HOUSEHOLD));
            for (String token : c.tokens()) {
                words.add(match(token, narrowLimit));
            }
        }
        boolean allBroad = !words.isEmpty() && words.stream().noneMatch(WordMatch::narrow);
        boolean walkNameIndex = allBroad && "NAME".equals(c.sort());
        for (WordMatch word : words) {
            // Bound parameters with LIKE wildcards escaped: search text is data, never SQL.
            var matches = HOUSEHOLD_SEARCH_TOKEN.TOKEN.like(Rows.escapeLike(word.token()) + "%", Rows.LIKE_ESCAPE);
            // A narrow word collects its households through the token index; a broad word is checked per
            // candidate household (one seek in the (household_id, token) index), unless every word is broad and
            // the order is not by name (then there is no index to walk and no candidates to probe).
            boolean probe = !word.narrow() && (walkNameIndex || !allBroad);
            where.add(probe
                    ? DSL.exists(DSL.selectOne().from(HOUSEHOLD_SEARCH_TOKEN)
                            .where(HOUSEHOLD_SEARCH_TOKEN.HOUSEHOLD_ID.eq(HOUSEHOLD.ID).and(matches)))
                    : HOUSEHOLD.ID.in(DSL.select(HOUSEHOLD_SEARCH_TOKEN.HOUSEHOLD_ID).from(HOUSEHOLD_SEARCH_TOKEN)
                            .where(matches)));
        }
        Condition condition = DSL.and(where);
        long total;
        boolean exact = true;
        if (allBroad) {
            int cap = c.offset() + c.limit() + countCap;
            if (words.size() == 1 && !filtered && words.get(0).households().size() > cap) {
                // At least this many: reading the word stopped there.
                total = words.get(0).households().size();
                exact = false;
            } else {
                // Counted in Java over a top-level query: H2 does not use the index for a LIKE with a bind
                // parameter inside a derived table (SELECT COUNT(*) FROM (...)), which made this 300x slower.
                var ids = dsl.select(HOUSEHOLD.ID).from(HOUSEHOLD).where(condition);
                total = (walkNameIndex ? ids.orderBy(HOUSEHOLD.SORT_KEY, HOUSEHOLD.ID) : ids)
                        .limit(cap + 1).fetch().size();
                exact = total <= cap;
            }
        } else if (!filtered && words.stream().allMatch(WordMatch::narrow)) {
            // Every household the words match was read from the index: no query needed.
            total = words.isEmpty() ? dsl.fetchCount(HOUSEHOLD) : intersection(words).size();
        } else if (!words.isEmpty()) {
            // A narrow word bounds the candidates (at most the narrow limit): one pass over them gives the
            // count and the page's ids, where a count and a page query would each check every candidate.
            List<Long> ids = dsl.select(HOUSEHOLD.ID).from(HOUSEHOLD)
                    .where(condition)
                    .orderBy(order(c.sort(), c.ascending()))
                    .fetch(HOUSEHOLD.ID);
            List<Long> pageIds = ids.subList(Math.min(c.offset(), ids.size()),
                    Math.min(c.offset() + c.limit(), ids.size()));
            return new Page<>(rows(HOUSEHOLD.ID.in(pageIds), pageIds), c.offset(), c.limit(), ids.size(), true);
        } else {
            total = dsl.fetchCount(HOUSEHOLD, condition);
        }
        List<Row> rows = total == 0 ? List.of() : select()
                .where(condition)
                .orderBy(order(c.sort(), c.ascending()))
                .limit(c.limit())
                .offset(c.offset())
                .fetch(JooqHouseholdStore::toRow);
        return new Page<>(rows, c.offset(), c.limit(), total, exact);
    }

    /** The columns of a list row, with the case director's organisation. */
    private SelectJoinStep<? extends Record> select() {
        return dsl.select(HOUSEHOLD.ID, HOUSEHOLD.NAME, HOUSEHOLD.STREET, HOUSEHOLD.HOUSE_NUMBER, HOUSEHOLD.POSTCODE,
                        HOUSEHOLD.CITY, HOUSEHOLD.STATUS, HOUSEHOLD.PHASE, PARTNER.SHORT_NAME,
                        HOUSEHOLD.INCIDENT_COUNT, HOUSEHOLD.LAST_INCIDENT_AT, HOUSEHOLD.SIGNAL_CODES,
                        HOUSEHOLD.SIGNALS_EVALUATED_ON)
                .from(HOUSEHOLD)
                .leftJoin(PARTNER).on(PARTNER.ID.eq(HOUSEHOLD.CASE_DIRECTOR_PARTNER_ID));
    }

    /** The rows of these households, in the order of {@code ids} (a household gone meanwhile is left out). */
    private List<Row> rows(Condition byId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> byIdMap = new HashMap<>();
        select().where(byId).fetch(JooqHouseholdStore::toRow).forEach(r -> byIdMap.put(r.id(), r));
        return ids.stream().map(byIdMap::get).filter(Objects::nonNull).toList();
    }

    /**
     * Reads the distinct households of the index entries starting with the word, up to {@code narrowLimit + 1}
     * (H2 stops reading the index there); narrow when there are no more than {@code narrowLimit}.
     */
    private WordMatch match(String token, int narrowLimit) {
        // A top-level query, not SELECT COUNT(*) FROM (...): see the count in search().
        Set<Long> households = new HashSet<>(dsl.selectDistinct(HOUSEHOLD_SEARCH_TOKEN.HOUSEHOLD_ID)
                .from(HOUSEHOLD_SEARCH_TOKEN)
                .where(HOUSEHOLD_SEARCH_TOKEN.TOKEN.like(Rows.escapeLike(token) + "%", Rows.LIKE_ESCAPE))
                .limit(narrowLimit + 1)
                .fetch(HOUSEHOLD_SEARCH_TOKEN.HOUSEHOLD_ID));
        return new WordMatch(token, households, households.size() <= narrowLimit);
    }

    private static Set<Long> intersection(List<WordMatch> words) {
        Set<Long> result = new HashSet<>(words.get(0).households());
        for (WordMatch w : words.subList(1, words.size())) {
            result.retainAll(w.households());
        }
        return result;
    }

    private static List<SortField<?>> order(String sort, boolean ascending) {
        Field<?> primary = switch (sort) {
            case "POSTCODE" -> HOUSEHOLD.POSTCODE;
            case "CITY" -> HOUSEHOLD.CITY;
            case "STATUS" -> HOUSEHOLD.STATUS;
            case "INCIDENTS" -> HOUSEHOLD.INCIDENT_COUNT;
            case "LAST_INCIDENT" -> HOUSEHOLD.LAST_INCIDENT_AT;
            case "SIGNALS" -> HOUSEHOLD.SIGNAL_COUNT;
            default -> HOUSEHOLD.SORT_KEY;
        };
        List<SortField<?>> fields = new ArrayList<>();
        fields.add(ascending ? primary.asc().nullsLast() : primary.desc().nullsLast());
        if (primary != HOUSEHOLD.SORT_KEY) {
            fields.add(HOUSEHOLD.SORT_KEY.asc());
        }
        fields.add(HOUSEHOLD.ID.asc());
        return fields;
    }

    private static Row toRow(Record r) {
        Address address = new Address(r.get(HOUSEHOLD.STREET), r.get(HOUSEHOLD.HOUSE_NUMBER),
                postcode(r.get(HOUSEHOLD.POSTCODE)), r.get(HOUSEHOLD.CITY));
        return new Row(r.get(HOUSEHOLD.ID), r.get(HOUSEHOLD.NAME), address,
                HouseholdStatus.valueOf(r.get(HOUSEHOLD.STATUS)), Phase.valueOf(r.get(HOUSEHOLD.PHASE)),
                r.get(PARTNER.SHORT_NAME), r.get(HOUSEHOLD.INCIDENT_COUNT),
                Rows.instant(r.get(HOUSEHOLD.LAST_INCIDENT_AT)), signals(r.get(HOUSEHOLD.SIGNAL_CODES)),
                r.get(HOUSEHOLD.SIGNALS_EVALUATED_ON));
    }

    static Household toHousehold(HouseholdRecord r) {
        Address address = new Address(r.getStreet(), r.getHouseNumber(), postcode(r.getPostcode()), r.getCity());
        CaseDirector director = r.getCaseDirectorPartnerId() == null ? null
                : new CaseDirector(r.getCaseDirectorPartnerId(), r.getCaseDirectorName());
        return new Household(r.getId(), r.getVersion(), r.getName(), address,
                HouseholdStatus.valueOf(r.getStatus()), Phase.valueOf(r.getPhase()), director, r.getOpenedOn(),
                r.getClosedOn(), r.getLastConferenceOn());
    }

    private static Postcode postcode(String value) {
        return value == null ? null : Postcode.parse(value);
    }

    static String codes(List<SignalType> signals) {
        return String.join(",", signals.stream().map(Enum::name).toList());
    }

    static List<SignalType> signals(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(SignalType::valueOf).toList();
    }
}
