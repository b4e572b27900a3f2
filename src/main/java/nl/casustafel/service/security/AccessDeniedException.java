package nl.casustafel.service.security;

import nl.casustafel.domain.common.DomainException;

/** The logged-in role may not perform this use case, or may not see this household. */
public final class AccessDeniedException extends DomainException {
    public AccessDeniedException() {
        super("error.access.denied");
    }
}
