package nl.casustafel.domain.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Text helpers for searching and sorting: case- and accent-insensitive normalisation and tokens. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Longest token kept in the search index; longer words are cut (prefix search still finds them). */
    public static final int MAX_TOKEN_LENGTH = 80;

    private Text() {
    }

    /**
     * Lower case, accents removed ("Ëlla Müller" -> "ella muller"), ß/ẞ, ligatures and letters without a
     * decomposition folded to their plain form (ø -> o, ł -> l, æ -> ae, œ -> oe, ı -> i, đ/ð -> d, þ -> th), so
     * that "Yilmaz" finds "Yılmaz" and "Strasse" finds "Straße".
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower;
        }
        StringBuilder b = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ß' -> b.append("ss");
                case 'ø' -> b.append('o');
                case 'ł' -> b.append('l');
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                case 'ı' -> b.append('i');
                case 'đ', 'ð' -> b.append('d');
                case 'þ' -> b.append("th");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The folded words of a text, in order, without duplicates. */
    public static List<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : NON_WORD.split(fold(text))) {
            if (!part.isEmpty()) {
                out.add(cut(part));
            }
        }
        return new ArrayList<>(out);
    }

    /** The first {@link #MAX_TOKEN_LENGTH} characters, never splitting a surrogate pair. */
    private static String cut(String token) {
        if (token.length() <= MAX_TOKEN_LENGTH) {
            return token;
        }
        int end = MAX_TOKEN_LENGTH;
        if (Character.isHighSurrogate(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(0, end);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** True when the text, stripped, has more than {@code max} characters (null is never too long). */
    public static boolean isLongerThan(String text, int max) {
        return text != null && text.strip().length() > max;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Trimmed text, or null when blank. */
    public static String trimToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
