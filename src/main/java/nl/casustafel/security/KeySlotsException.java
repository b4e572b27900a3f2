package nl.casustafel.security;

import nl.casustafel.domain.common.DomainException;

/** The key-slot file is missing, damaged, of a newer format, or cannot take the change asked for. */
public class KeySlotsException extends DomainException {
    public KeySlotsException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause, arguments);
    }

    public KeySlotsException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
