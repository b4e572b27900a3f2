package nl.casustafel.ui.common;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's language: messages from the resource bundle (Dutch is the base bundle, English in
 * messages_en) and date formats (dd-MM-yyyy, HH:mm, Europe/Amsterdam).
 */
public final class I18n {
    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);
    public static final String BUNDLE = "i18n.messages";
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: Dutch must stay Dutch on an English machine.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static I18n forLanguage(String languageTag) {
        return "en".equals(languageTag) ? new I18n(ENGLISH) : new I18n(DUTCH);
    }

    public Locale locale() {
        return locale;
    }

    public String languageTag() {
        return locale.getLanguage();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The message for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing message key {}", key);
            return "!" + key + "!";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String label(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A sentence for the user about a failure; unexpected failures get a general message. */
    public String error(Throwable failure) {
        if (failure instanceof DomainException d) {
            // Arguments that are message keys themselves ("entity.household") are translated too.
            Object[] args = d.arguments().stream()
                    .map(a -> a instanceof String s && has(s) ? get(s) : a)
                    .toArray();
            return get(d.messageKey(), args);
        }
        return get("error.unexpected");
    }

    public String error(FieldError error) {
        return get(error.messageKey(), error.arguments().toArray());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** An instant shown in Europe/Amsterdam: "24-11-2026 14:05". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(DomainTime.ZONE));
    }

    public DateTimeFormatter datePattern() {
        return DATE;
    }
}
