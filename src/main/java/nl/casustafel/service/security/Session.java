package nl.casustafel.service.security;

import java.util.Objects;
import nl.casustafel.domain.security.Role;

/**
 * Who is logged in: the account, its role and, for a partner-lezer, the partner organisation whose households it
 * may read. Holds no password and no key.
 */
public record Session(long accountId, String userName, String displayName, Role role, Long partnerId) {
    public Session {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(role, "role");
        if ((role == Role.PARTNER_READER) != (partnerId != null)) {
            throw new IllegalArgumentException("a partner reader, and only a partner reader, has a partner");
        }
    }

    /** The partner whose households bound what this session may read, or null when not bound. */
    public Long readScope() {
        return role == Role.PARTNER_READER ? partnerId : null;
    }
}
