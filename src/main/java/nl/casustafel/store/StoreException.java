package nl.casustafel.store;

import nl.casustafel.domain.common.DomainException;

/** The store cannot be opened or used; the message key says why in words a user understands. */
public class StoreException extends DomainException {
    public StoreException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause, arguments);
    }
}
