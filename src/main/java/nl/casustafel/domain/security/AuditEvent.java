package nl.casustafel.domain.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a use case tells the audit trail: who (user name and role at the time), what (action, object type and
 * id), how it ended, from which workstation, and the reason where the user was asked for one.
 * <p>
 * An entry must never hold special-category content, so everything but the reason is restricted to codes:
 * the object type is a lower-case word ("household", "person", "minutes"), the object id a technical id, never a
 * name, BSN or search text. The user name is null for a failed login of an unknown name (what was typed may be a
 * password typed into the wrong field). The reason is free text by necessity; the UI should offer a short list.
 */
public record AuditEvent(String userName, Role role, AuditAction action, String objectType, String objectId,
                         AuditResult result, String workstation, String reason) {
    public static final int MAX_REASON_LENGTH = 500;
    private static final Pattern OBJECT_TYPE = Pattern.compile("[a-z][a-z_]{0,39}");
    private static final Pattern OBJECT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern WORKSTATION = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(result, "result");
        if (userName != null) {
            userName = UserNames.require(userName);
        }
        check(objectType == null || OBJECT_TYPE.matcher(objectType).matches(), "object type");
        check(objectId == null || OBJECT_ID.matcher(objectId).matches(), "object id");
        check(objectId == null || objectType != null, "object id without type");
        check(workstation != null && WORKSTATION.matcher(workstation).matches(), "workstation");
        if (reason != null) {
            reason = reason.strip();
            check(reason.length() <= MAX_REASON_LENGTH, "reason too long");
            if (reason.isEmpty()) {
                reason = null;
            }
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            // No value in the message: it may be exactly what must not be logged.
            throw new IllegalArgumentException("invalid audit " + what);
        }
    }

    /** An event about one object. */
    public static AuditEvent about(String userName, Role role, AuditAction action, String objectType, long objectId,
                                   AuditResult result, String workstation) {
        return new AuditEvent(userName, role, action, objectType, Long.toString(objectId), result, workstation, null);
    }
}
