package nl.casustafel.domain.household;

/**
 * Burgerservicenummer: nine digits passing the 11-proef
 * (9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11, not all zeros).
 */
public record Bsn(String value) {
    public Bsn {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid BSN");
        }
        value = normalise(value);
    }

    /** Accepts the nine digits with optional spaces or dots as typed ("123.456.782"). */
    public static Bsn parse(String text) {
        return new Bsn(normalise(text));
    }

    /** The input without spaces and dots ("123.456.782" -> "123456782"); other characters are kept. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        return text.replace(" ", "").replace(".", "").strip();
    }

    public static boolean isValid(String text) {
        String digits = normalise(text);
        if (digits == null || digits.length() != 9) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < 9; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            allZero &= d == 0;
            sum += (i < 8 ? (9 - i) : -1) * d;
        }
        return !allZero && sum % 11 == 0;
    }

    /** Shown as "1234.56.789" is not customary; BSNs are shown as nine digits. */
    @Override
    public String toString() {
        return value;
    }
}
