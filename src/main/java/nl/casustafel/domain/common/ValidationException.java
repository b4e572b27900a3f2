package nl.casustafel.domain.common;

import java.util.List;

/** Input that may not be saved; nothing has been changed. */
public class ValidationException extends DomainException {
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "error.validation" : errors.get(0).messageKey(),
                errors.isEmpty() ? new Object[0] : errors.get(0).arguments().toArray());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Throws when the list holds any error. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
