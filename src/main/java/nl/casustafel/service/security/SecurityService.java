package nl.casustafel.service.security;

import java.util.List;
import java.util.Optional;
import nl.casustafel.domain.security.Account;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.domain.security.ChainVerification;

/**
 * Accounts, the session and the audit trail. Logging in opens the store, so it happens in the composition root
 * ({@code AppContext.login}); everything after that is here. Passwords are taken as char arrays and wiped by
 * the caller.
 */
public interface SecurityService {

    /** Who is logged in, if anyone. */
    Optional<Session> session();

    /** True while the session is locked: no use case runs until {@link #unlock}. */
    boolean isLocked();

    /** Locks the session (inactivity, Ctrl+L): every use case is refused until the password is given again. */
    void lock();

    /**
     * Unlocks a locked session with the logged-in user's password (checked against the user's key slot, with
     * the login slowdown). A wrong password is audited and thrown as {@code WrongPasswordException}.
     */
    void unlock(char[] password);

    /** Ends the session (audited). */
    void signOut();

    List<Account> accounts(boolean includeInactive);

    /** Creates an account with a first password that opens the store (a key slot). */
    long createAccount(AccountDraft draft, char[] initialPassword);

    /** Changes name, role, partner or active state; deactivating removes the account's key slot. */
    void updateAccount(long accountId, int version, AccountDraft draft);

    /** An administrator sets a new password for an account (rewraps its key slot). */
    void resetPassword(long accountId, char[] newPassword);

    /** The logged-in user changes their own password; the old one must be right. */
    void changePassword(char[] oldPassword, char[] newPassword);

    /** Verifies the whole audit chain (administrator). */
    ChainVerification verifyAudit();

    /** The latest entries of the audit trail, newest first, optionally of one user (administrator). */
    List<AuditEntry> auditEntries(String userName, int limit);

    /** "Wie heeft dit dossier gezien": the audit entries about one household, newest first. */
    List<AuditEntry> householdAudit(long householdId, int limit);

    /** The hash of the audit chain's head as it is now, for the signed minutes. */
    String auditHeadHash();
}
