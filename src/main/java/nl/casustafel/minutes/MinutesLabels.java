package nl.casustafel.minutes;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed texts of the minutes from the bundle {@code i18n/messages} in the chosen language (no fallback to the
 * machine's language), enumeration labels ({@code enum.<SimpleName>.<CONSTANT>}) and the Dutch formats for
 * dates and times in Europe/Amsterdam: dd-MM-yyyy and HH:mm.
 */
final class MinutesLabels {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    private static final String BUNDLE = "i18n.messages";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter weekday;

    /** Labels in English for an English {@code requested} locale, in Dutch for any other. */
    MinutesLabels(Locale requested) {
        this.locale = supported(requested);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.weekday = DateTimeFormatter.ofPattern("EEEE", locale);
    }

    private static Locale supported(Locale requested) {
        if (!ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return DUTCH;
        }
        return requested.getCountry().isEmpty() ? ENGLISH : requested;
    }

    /** The language the labels are in (nl-NL, or en-GB or another English): the document's language. */
    Locale locale() {
        return locale;
    }

    /** The message for {@code key}, with {@link MessageFormat} placeholders filled when arguments are given. */
    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    String label(Enum<?> value) {
        return bundle.getString("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }

    static String date(ZonedDateTime when) {
        return when.withZoneSameInstant(ZONE).format(DATE);
    }

    static String time(ZonedDateTime when) {
        return when.withZoneSameInstant(ZONE).format(TIME);
    }

    static String dateTime(Instant when) {
        ZonedDateTime local = when.atZone(ZONE);
        return local.format(DATE) + " " + local.format(TIME);
    }

    /** "dinsdag 24-11-2026" (the weekday in this language). */
    String dayAndDate(ZonedDateTime when) {
        ZonedDateTime local = when.withZoneSameInstant(ZONE);
        return local.format(weekday) + " " + local.format(DATE);
    }
}
