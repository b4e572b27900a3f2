package nl.casustafel.domain.security;

/** What was done, as recorded in the audit trail (NEN 7513 style). Stored by name: never rename a constant. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    PRINT,
    EXPORT,
    SIGN,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT
}
