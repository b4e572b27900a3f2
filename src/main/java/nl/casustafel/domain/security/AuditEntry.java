package nl.casustafel.domain.security;

import java.time.Instant;

/**
 * One link of the audit chain exactly as stored. Role, action and result are kept as the stored codes (not
 * parsed into enums) because verification must hash what is in the table, including a value someone changed
 * into something that is not a code. {@code hash} is SHA-256 over the canonical form of every other field,
 * {@code previousHash} included (see {@code nl.casustafel.security.AuditChain}).
 */
public record AuditEntry(long sequence, Instant time, String userName, String role, String action,
                         String objectType, String objectId, String result, String workstation, String reason,
                         String previousHash, String hash) {

    /** The action, or null when the stored code is not one (a tampered row). */
    public AuditAction knownAction() {
        return parse(AuditAction.class, action);
    }

    /** The role, or null (no role, as for a failed login, or a stored code that is not one). */
    public Role knownRole() {
        return parse(Role.class, role);
    }

    /** The result, or null when the stored code is not one. */
    public AuditResult knownResult() {
        return parse(AuditResult.class, result);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return constant;
            }
        }
        return null;
    }
}
