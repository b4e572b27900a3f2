package nl.casustafel.security;

import nl.casustafel.domain.common.DomainException;

/** A backup file that is not one, of a newer format, or changed or cut off since it was written. */
public class BackupException extends DomainException {
    public BackupException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause, arguments);
    }

    public BackupException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
