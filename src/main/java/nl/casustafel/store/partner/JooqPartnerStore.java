package nl.casustafel.store.partner;

import static nl.casustafel.store.jooq.Tables.PARTNER;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.domain.partner.PartnerDraft;
import nl.casustafel.store.Rows;
import nl.casustafel.store.jooq.tables.records.PartnerRecord;
import org.jooq.DSLContext;

/** The partner catalogue. */
public final class JooqPartnerStore {
    private final DSLContext dsl;

    public JooqPartnerStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Partner> list(boolean includeInactive) {
        return dsl.selectFrom(PARTNER)
                .where(includeInactive ? PARTNER.ID.isNotNull() : PARTNER.ACTIVE.isTrue())
                .orderBy(PARTNER.SORT_ORDER, PARTNER.NAME)
                .fetch(JooqPartnerStore::toPartner);
    }

    public Partner get(long id) {
        return dsl.selectFrom(PARTNER).where(PARTNER.ID.eq(id)).fetchOptional(JooqPartnerStore::toPartner)
                .orElseThrow(() -> new NotFoundException("entity.partner", id));
    }

    public Map<String, Long> idsByCode() {
        return dsl.select(PARTNER.CODE, PARTNER.ID).from(PARTNER).fetchMap(PARTNER.CODE, PARTNER.ID);
    }

    public boolean codeExists(String code) {
        return dsl.fetchExists(PARTNER, PARTNER.CODE.eq(code));
    }

    public long insert(String code, PartnerDraft d, Instant now) {
        Integer max = dsl.select(org.jooq.impl.DSL.max(PARTNER.SORT_ORDER)).from(PARTNER).fetchOne().value1();
        return dsl.insertInto(PARTNER)
                .set(PARTNER.CODE, code)
                .set(PARTNER.NAME, d.name().strip())
                .set(PARTNER.SHORT_NAME, d.shortName().strip())
                .set(PARTNER.ACTIVE, d.active())
                .set(PARTNER.SORT_ORDER, (max == null ? 0 : max) + 10)
                .set(PARTNER.CREATED_AT, Rows.utc(now))
                .set(PARTNER.UPDATED_AT, Rows.utc(now))
                .returningResult(PARTNER.ID).fetchOne().value1();
    }

    public void update(long id, int version, PartnerDraft d, Instant now) {
        int rows = dsl.update(PARTNER)
                .set(PARTNER.NAME, d.name().strip())
                .set(PARTNER.SHORT_NAME, d.shortName().strip())
                .set(PARTNER.ACTIVE, d.active())
                .set(PARTNER.VERSION, PARTNER.VERSION.plus(1))
                .set(PARTNER.UPDATED_AT, Rows.utc(now))
                .where(PARTNER.ID.eq(id).and(PARTNER.VERSION.eq(version)))
                .execute();
        Rows.checkUpdated(rows, dsl.fetchExists(PARTNER, PARTNER.ID.eq(id)), "entity.partner", id);
    }

    static Partner toPartner(PartnerRecord r) {
        return new Partner(r.getId(), r.getVersion(), r.getCode(), r.getName(), r.getShortName(), r.getActive(),
                r.getSortOrder());
    }
}
