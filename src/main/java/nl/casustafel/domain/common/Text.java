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

    /** Lower case, accents removed ("Ëlla Müller" -> "ella muller"), ß and ligatures folded. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace("ß", "ss").replace("ø", "o").replace("Ø", "o")
                .replace("ł", "l").replace("Ł", "l").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
    }

    /** The folded words of a text, in order, without duplicates. */
    public static List<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : NON_WORD.split(fold(text))) {
            if (!part.isEmpty()) {
                out.add(part.length() > MAX_TOKEN_LENGTH ? part.substring(0, MAX_TOKEN_LENGTH) : part);
            }
        }
        return new ArrayList<>(out);
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Trimmed text, or null when blank. */
    public static String trimToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
