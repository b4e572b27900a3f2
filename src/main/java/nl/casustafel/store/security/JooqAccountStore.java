package nl.casustafel.store.security;

import static nl.casustafel.store.jooq.Tables.ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.security.Account;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.Role;
import nl.casustafel.domain.security.UserNames;
import nl.casustafel.store.Rows;
import nl.casustafel.store.jooq.tables.records.AccountRecord;
import org.jooq.DSLContext;

/** Accounts (who may log in, with which role). Updates and deletes check the version (optimistic locking). */
public final class JooqAccountStore {
    private final DSLContext dsl;

    public JooqAccountStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Account> list(boolean includeInactive) {
        return dsl.selectFrom(ACCOUNT)
                .where(includeInactive ? ACCOUNT.ID.isNotNull() : ACCOUNT.ACTIVE.isTrue())
                .orderBy(ACCOUNT.USER_NAME)
                .fetch(JooqAccountStore::toAccount);
    }

    public Account get(long id) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(JooqAccountStore::toAccount)
                .orElseThrow(() -> new NotFoundException("entity.account", id));
    }

    /** The account with this user name (as typed: it is normalised first). */
    public Optional<Account> findByUserName(String userName) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.USER_NAME.eq(UserNames.normalise(userName)))
                .fetchOptional(JooqAccountStore::toAccount);
    }

    public boolean userNameExists(String userName) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.USER_NAME.eq(UserNames.normalise(userName)));
    }

    /** Inserts a validated draft; returns the new id. */
    public long insert(AccountDraft d, Instant now) {
        return dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.USER_NAME, UserNames.normalise(d.userName()))
                .set(ACCOUNT.DISPLAY_NAME, d.displayName().strip())
                .set(ACCOUNT.ROLE, d.role().name())
                .set(ACCOUNT.PARTNER_CODE, partnerCode(d))
                .set(ACCOUNT.ACTIVE, d.active())
                .set(ACCOUNT.CREATED_AT, Rows.utc(now))
                .set(ACCOUNT.UPDATED_AT, Rows.utc(now))
                .returningResult(ACCOUNT.ID).fetchOne().value1();
    }

    /**
     * Updates display name, role, partner and active flag. The user name is not changed here: it names the
     * account's key slot and its audit entries, so a rename is a use case of its own.
     */
    public void update(long id, int version, AccountDraft d, Instant now) {
        int rows = dsl.update(ACCOUNT)
                .set(ACCOUNT.DISPLAY_NAME, d.displayName().strip())
                .set(ACCOUNT.ROLE, d.role().name())
                .set(ACCOUNT.PARTNER_CODE, partnerCode(d))
                .set(ACCOUNT.ACTIVE, d.active())
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .set(ACCOUNT.UPDATED_AT, Rows.utc(now))
                .where(ACCOUNT.ID.eq(id).and(ACCOUNT.VERSION.eq(version)))
                .execute();
        Rows.checkUpdated(rows, dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(id)), "entity.account", id);
    }

    public void delete(long id, int version) {
        int rows = dsl.deleteFrom(ACCOUNT).where(ACCOUNT.ID.eq(id).and(ACCOUNT.VERSION.eq(version))).execute();
        Rows.checkUpdated(rows, dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(id)), "entity.account", id);
    }

    private static String partnerCode(AccountDraft d) {
        return d.role() == Role.PARTNER_READER ? d.partnerCode().strip() : null;
    }

    static Account toAccount(AccountRecord r) {
        return new Account(r.getId(), r.getVersion(), r.getUserName(), r.getDisplayName(), Role.valueOf(r.getRole()),
                r.getPartnerCode(), r.getActive(), Rows.instant(r.getCreatedAt()), Rows.instant(r.getUpdatedAt()));
    }
}
