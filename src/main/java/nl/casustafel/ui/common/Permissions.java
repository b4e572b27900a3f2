package nl.casustafel.ui.common;

import nl.casustafel.domain.security.Role;
import nl.casustafel.service.security.SecurityService;
import nl.casustafel.service.security.UseCase;

/**
 * What the logged-in role may do, for showing only the sections and buttons it can use. This is not the security
 * (every service checks its use case); it spares a user "geen toegang" messages in normal work.
 */
public record Permissions(Role role) {

    /** The role of the session as it is now; nothing is allowed when nobody is logged in. */
    public static Permissions of(SecurityService security) {
        return new Permissions(security.session().map(s -> s.role()).orElse(null));
    }

    public boolean allows(UseCase useCase) {
        return role != null && useCase.allows(role);
    }
}
