package nl.casustafel.service.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.security.Account;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.AuditAction;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.domain.security.AuditEvent;
import nl.casustafel.domain.security.AuditResult;
import nl.casustafel.domain.security.ChainVerification;
import nl.casustafel.domain.security.Role;
import nl.casustafel.domain.security.UserNames;
import nl.casustafel.security.KeySlots;
import nl.casustafel.security.LoginThrottle;
import nl.casustafel.security.StoreKey;
import nl.casustafel.security.WrongPasswordException;
import nl.casustafel.store.Transactor;
import nl.casustafel.store.partner.JooqPartnerStore;
import nl.casustafel.store.security.JooqAccountStore;
import nl.casustafel.store.security.JooqAuditStore;

/**
 * Accounts, session, lock and audit trail (ADR 0012). For an encrypted store every account has a key slot and
 * the store key stays in memory while the store is open (to add and reset slots); a store without key slots (the
 * in-memory stores of tests and benchmarks) has accounts only.
 */
public final class DefaultSecurityService implements SecurityService {
    public static final int MAX_AUDIT_ROWS = 5000;
    private final Access access;
    private final Transactor tx;
    private final JooqAccountStore accounts;
    private final JooqAuditStore audit;
    private final JooqPartnerStore partners;
    private final KeySlots keySlots;
    private final StoreKey storeKey;
    private final LoginThrottle throttle;
    private final Clock clock;
    private volatile boolean locked;

    public DefaultSecurityService(Access access, Transactor tx, JooqAccountStore accounts, JooqAuditStore audit,
                                  JooqPartnerStore partners, KeySlots keySlots, StoreKey storeKey,
                                  LoginThrottle throttle, Clock clock) {
        this.access = access;
        this.tx = tx;
        this.accounts = accounts;
        this.audit = audit;
        this.partners = partners;
        this.keySlots = keySlots;
        this.storeKey = storeKey;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Starts the session of a user whose password opened the store (or, for a store without key slots, whom
     * the composition root trusts). Writes the failed logins kept while the store was closed, then the LOGIN.
     *
     * @throws DomainException {@code error.login.inactive} for an unknown or deactivated account (audited)
     */
    public Session start(String userName, List<AuditEvent> failedBefore) {
        Account account = tx.inTransaction(() -> accounts.findByUserName(userName)).orElse(null);
        failedBefore.forEach(access::appendAlone);
        if (account == null || !account.active()) {
            access.appendAlone(new AuditEvent(account == null ? null : account.userName(),
                    account == null ? null : account.role(), AuditAction.LOGIN_FAILED, "account",
                    account == null ? null : Long.toString(account.id()), AuditResult.DENIED, access.workstation(),
                    null));
            throw new DomainException("error.login.inactive");
        }
        Session session = toSession(account);
        access.signIn(session);
        access.lock(false);
        locked = false;
        access.appendAlone(access.accountEvent(session, AuditAction.LOGIN));
        return session;
    }

    private Session toSession(Account account) {
        Long partnerId = null;
        if (account.role() == Role.PARTNER_READER) {
            partnerId = tx.inTransaction(() -> partners.idsByCode().get(account.partnerCode()));
            if (partnerId == null) {
                throw new DomainException("error.login.inactive");
            }
        }
        return new Session(account.id(), account.userName(), account.displayName(), account.role(), partnerId);
    }

    @Override
    public Optional<Session> session() {
        return locked ? Optional.empty() : access.current();
    }

    @Override
    public boolean isLocked() {
        return locked;
    }

    @Override
    public void lock() {
        if (access.current().isPresent() && !locked) {
            locked = true;
            access.lock(true);
        }
    }

    @Override
    public void unlock(char[] password) {
        Session s = access.current().orElseThrow(() -> new DomainException("error.access.signedOut"));
        throttle.checkAllowed(s.userName());
        if (!passwordOpensStore(s.userName(), password)) {
            throttle.recordFailure(s.userName());
            access.appendAlone(new AuditEvent(s.userName(), s.role(), AuditAction.LOGIN_FAILED, "account",
                    Long.toString(s.accountId()), AuditResult.FAILURE, access.workstation(), null));
            throw new WrongPasswordException();
        }
        throttle.recordSuccess(s.userName());
        locked = false;
        access.lock(false);
        access.appendAlone(access.accountEvent(s, AuditAction.LOGIN));
    }

    private boolean passwordOpensStore(String userName, char[] password) {
        if (keySlots == null) {
            return false;
        }
        try {
            StoreKey key = keySlots.unlock(userName, password);
            try {
                return key.sameAs(storeKey);
            } finally {
                key.destroy();
            }
        } catch (WrongPasswordException e) {
            return false;
        }
    }

    @Override
    public void signOut() {
        access.current().ifPresent(s -> access.appendAlone(
                access.accountEvent(s, AuditAction.LOGOUT)));
        access.signOut();
        locked = false;
    }

    @Override
    public List<Account> accounts(boolean includeInactive) {
        return access.perform(UseCase.ACCOUNT_LIST, null, () -> accounts.list(includeInactive));
    }

    @Override
    public long createAccount(AccountDraft draft, char[] initialPassword) {
        access.require(UseCase.ACCOUNT_CREATE);
        ValidationException.throwIfAny(draft.validate());
        Passwords.requireAcceptable(initialPassword);
        return access.create(UseCase.ACCOUNT_CREATE, () -> {
            if (accounts.userNameExists(draft.userName())) {
                throw new DomainException("error.account.exists");
            }
            checkPartner(draft);
            long id = accounts.insert(draft, clock.instant());
            if (keySlots != null && draft.active()) {
                // Last: when writing the slot fails, the account row is rolled back with it.
                keySlots.addSlot(storeKey, UserNames.normalise(draft.userName()), initialPassword);
            }
            return id;
        });
    }

    private void checkPartner(AccountDraft draft) {
        if (draft.partnerCode() != null && !partners.idsByCode().containsKey(draft.partnerCode())) {
            throw new DomainException("error.account.partner");
        }
    }

    @Override
    public void updateAccount(long accountId, int version, AccountDraft draft) {
        access.require(UseCase.ACCOUNT_UPDATE);
        ValidationException.throwIfAny(draft.validate());
        access.run(UseCase.ACCOUNT_UPDATE, accountId, () -> {
            Account before = accounts.get(accountId);
            if (!before.userName().equals(UserNames.normalise(draft.userName()))) {
                // The key slot is bound to the name: a new name is a new account.
                throw new DomainException("error.account.rename");
            }
            if (before.id() == access.session().accountId() && (!draft.active() || draft.role() != before.role())) {
                throw new DomainException("error.account.self");
            }
            checkPartner(draft);
            accounts.update(accountId, version, draft, clock.instant());
            if (keySlots != null && before.active() && !draft.active()) {
                keySlots.removeSlot(before.userName());
            }
            if (before.role() == Role.ADMINISTRATOR
                    && accounts.list(false).stream().noneMatch(a -> a.role() == Role.ADMINISTRATOR)) {
                throw new DomainException("error.account.lastAdministrator");
            }
        });
    }

    @Override
    public void resetPassword(long accountId, char[] newPassword) {
        access.require(UseCase.ACCOUNT_RESET_PASSWORD);
        Passwords.requireAcceptable(newPassword);
        access.run(UseCase.ACCOUNT_RESET_PASSWORD, accountId, () -> {
            Account account = accounts.get(accountId);
            if (!account.active()) {
                throw new DomainException("error.account.inactive");
            }
            if (keySlots != null) {
                keySlots.resetPassword(storeKey, account.userName(), newPassword);
            }
        });
    }

    @Override
    public void changePassword(char[] oldPassword, char[] newPassword) {
        access.require(UseCase.PASSWORD_CHANGE);
        Passwords.requireAcceptable(newPassword);
        Session s = access.session();
        throttle.checkAllowed(s.userName());
        access.run(UseCase.PASSWORD_CHANGE, s.accountId(), () -> {
            if (keySlots == null) {
                return;
            }
            try {
                keySlots.changePassword(s.userName(), oldPassword, newPassword);
            } catch (WrongPasswordException e) {
                throttle.recordFailure(s.userName());
                throw e;
            }
        });
    }

    @Override
    public ChainVerification verifyAudit() {
        return access.perform(UseCase.AUDIT_VERIFY, null, () -> audit.verify(List.of()));
    }

    @Override
    public List<AuditEntry> auditEntries(String userName, int limit) {
        access.require(UseCase.AUDIT_VIEW);
        int n = Math.max(1, Math.min(MAX_AUDIT_ROWS, limit));
        String user = userName == null || userName.isBlank() ? null : UserNames.normalise(userName);
        return access.perform(UseCase.AUDIT_VIEW, null, () -> audit.latest(user, n));
    }

    @Override
    public List<AuditEntry> householdAudit(long householdId, int limit) {
        access.require(UseCase.HOUSEHOLD_AUDIT);
        int n = Math.max(1, Math.min(MAX_AUDIT_ROWS, limit));
        return access.perform(UseCase.HOUSEHOLD_AUDIT, householdId,
                () -> audit.forObject("household", Long.toString(householdId), n));
    }

    @Override
    public String auditHeadHash() {
        return tx.inTransaction(() -> audit.head().hash());
    }
}
