package nl.casustafel.service.security;

import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.ValidationException;

/** What a new password must be: long enough to resist guessing offline against a copied key-slot file. */
public final class Passwords {
    public static final int MIN_LENGTH = 12;
    public static final String FIELD = "password";

    private Passwords() {
    }

    public static void requireAcceptable(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new ValidationException(java.util.List.of(FieldError.of(FIELD, "validation.passwordLength",
                    MIN_LENGTH)));
        }
        boolean blank = true;
        for (char c : password) {
            blank &= Character.isWhitespace(c);
        }
        if (blank) {
            throw new ValidationException(java.util.List.of(FieldError.of(FIELD, "validation.required")));
        }
    }
}
