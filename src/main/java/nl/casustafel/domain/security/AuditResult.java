package nl.casustafel.domain.security;

/** How an audited action ended. Stored by name: never rename a constant. */
public enum AuditResult {
    SUCCESS,
    /** Tried and failed (a wrong password, a conflict, an error). */
    FAILURE,
    /** Refused because the role does not allow it. */
    DENIED
}
