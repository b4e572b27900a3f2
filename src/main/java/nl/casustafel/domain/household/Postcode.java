package nl.casustafel.domain.household;

import java.util.Locale;
import java.util.regex.Pattern;

/** Dutch postcode: four digits (first not zero) and two letters, shown as "1234 AB". */
public record Postcode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");
    // SA, SD and SS are never issued.
    private static final Pattern FORBIDDEN_LETTERS = Pattern.compile("SA|SD|SS");

    public Postcode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid postcode");
        }
        value = normalise(value);
    }

    public static Postcode parse(String text) {
        return new Postcode(text);
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        if (!FORMAT.matcher(t).matches()) {
            return false;
        }
        return !FORBIDDEN_LETTERS.matcher(t.substring(t.length() - 2).toUpperCase(Locale.ROOT)).matches();
    }

    private static String normalise(String text) {
        String t = text.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        return t.substring(0, 4) + " " + t.substring(4);
    }

    /** "1234AB", the form people also type and search for. */
    public String compact() {
        return value.replace(" ", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
