package nl.casustafel.domain.security;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * User names as stored and compared everywhere (account table, key slots, audit trail): stripped, lower case,
 * 2 to 64 characters of a-z, 0-9, dot, hyphen and underscore. ASCII only, so that two names that look alike
 * are the same name. A user name is not special-category data, but it does say who works with the dossiers.
 */
public final class UserNames {
    public static final int MAX_LENGTH = 64;
    private static final Pattern VALID = Pattern.compile("[a-z0-9._-]{2," + MAX_LENGTH + "}");

    private UserNames() {
    }

    /** The stored form of what a user typed: stripped and in lower case (null stays null). */
    public static String normalise(String typed) {
        return typed == null ? null : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the normalised form of the text is a valid user name. */
    public static boolean isValid(String typed) {
        String name = normalise(typed);
        return name != null && VALID.matcher(name).matches();
    }

    /** The normalised name; throws IllegalArgumentException when it is not valid (programming error). */
    public static String require(String typed) {
        if (!isValid(typed)) {
            throw new IllegalArgumentException("not a valid user name");
        }
        return normalise(typed);
    }
}
