package nl.casustafel.domain.common;

/** The record asked for does not exist (any more). */
public class NotFoundException extends DomainException {
    public NotFoundException(String what, long id) {
        super("error.notFound", what, Long.toString(id));
    }
}
