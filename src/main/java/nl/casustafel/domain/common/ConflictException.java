package nl.casustafel.domain.common;

/** Optimistic locking failed: somebody else changed or removed the record after it was read. */
public class ConflictException extends DomainException {
    public ConflictException() {
        super("error.conflict");
    }

    /** With a message that names what to reopen (an overleg rather than a dossier). */
    public ConflictException(String messageKey) {
        super(messageKey);
    }
}
