package nl.casustafel.ui.household;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casustafel.domain.signal.Signal;
import nl.casustafel.domain.signal.SignalType;
import nl.casustafel.ui.common.I18n;

/**
 * Turns a signal into words: its title and why it fired ({@code signal.reason.<TYPE>} with {0} = count,
 * {1} = the dates dd-MM-yyyy joined with ", ", {2} = the date of the last case conference). Pure: no JavaFX.
 */
public final class SignalTexts {
    /** Signals that point at acute danger (red); the others are amber. */
    private static final Set<SignalType> DANGER = EnumSet.of(SignalType.ESCALATION, SignalType.RISING_SEVERITY,
            SignalType.BREACH_OF_MEASURE, SignalType.LETHALITY_MARKER, SignalType.CHILDREN_PRESENT_REPEATEDLY,
            SignalType.HIGH_RISK_CLUSTER);

    private SignalTexts() {
    }

    public static String title(I18n i18n, Signal signal) {
        return i18n.label(signal.type());
    }

    /** "3 incidenten in de afgelopen 12 maanden: 02-03-2025, 14-06-2025, 01-09-2025". */
    public static String reason(I18n i18n, Signal signal, LocalDate lastConferenceOn) {
        String dates = signal.dates().stream().map(i18n::date).collect(Collectors.joining(", "));
        String conference = lastConferenceOn == null ? i18n.get("common.unknown") : i18n.date(lastConferenceOn);
        // The count is passed as a string so that MessageFormat does not group digits ("1.000").
        return i18n.get("signal.reason." + signal.type().name(), String.valueOf(signal.count()), dates, conference);
    }

    public static boolean isDanger(SignalType type) {
        return DANGER.contains(type);
    }

    /** CSS class next to {@code signal-chip}: "danger" (red) or "warning" (amber). */
    public static String severityClass(SignalType type) {
        return isDanger(type) ? "danger" : "warning";
    }
}
