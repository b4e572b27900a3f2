package nl.casustafel.domain.measure;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal or agreed clock of a type of measure: how its end date follows from its start. Terms are calendar
 * periods: "10 days" from start S ends on S + 10 days, months and years follow the calendar (31 January + 1 month =
 * the last day of February; 29 February + 1 year = 28 February). Immutable and pure.
 */
public final class LegalClock {

    private final ClockKind kind;
    private final Period defaultTerm;
    private final Period maximumTerm;
    private final Period extensionTerm;
    private final boolean deadlineRequired;

    private LegalClock(ClockKind kind, Period defaultTerm, Period maximumTerm, Period extensionTerm,
                       boolean deadlineRequired) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (deadlineRequired && defaultTerm != null) {
            throw new IllegalArgumentException("a clock with a default term never requires a deadline");
        }
        if (kind == ClockKind.EXTENDABLE && extensionTerm == null) {
            throw new IllegalArgumentException("an extendable clock needs an extension term");
        }
        this.defaultTerm = defaultTerm;
        this.maximumTerm = maximumTerm;
        this.extensionTerm = extensionTerm;
        this.deadlineRequired = deadlineRequired;
    }

    /** A fixed term with a default length and no maximum. */
    public static LegalClock fixedTerm(Period defaultTerm) {
        return new LegalClock(ClockKind.FIXED_TERM, Objects.requireNonNull(defaultTerm), null, null, false);
    }

    /** A default term that can be extended by {@code extension} at a time, never beyond {@code maximum} (may be null). */
    public static LegalClock extendable(Period defaultTerm, Period extension, Period maximum) {
        return new LegalClock(ClockKind.EXTENDABLE, Objects.requireNonNull(defaultTerm), maximum,
                Objects.requireNonNull(extension), false);
    }

    /** The end is ordered and must be entered; {@code maximum} (may be null) is the legal upper bound. */
    public static LegalClock asOrdered(Period maximum) {
        return new LegalClock(ClockKind.AS_ORDERED, null, maximum, null, true);
    }

    /** The end is agreed in the conference; optional. */
    public static LegalClock asAgreed() {
        return new LegalClock(ClockKind.AS_AGREED, null, null, null, false);
    }

    /** A review date, by default {@code defaultTerm} after the start. */
    public static LegalClock reviewDate(Period defaultTerm) {
        return new LegalClock(ClockKind.REVIEW_DATE, Objects.requireNonNull(defaultTerm), null, null, false);
    }

    /** Lapses when not used within {@code term}: the default deadline is "use before". */
    public static LegalClock lapsesWhenUnused(Period term) {
        return new LegalClock(ClockKind.LAPSES_WHEN_UNUSED, Objects.requireNonNull(term), null, null, false);
    }

    public ClockKind kind() {
        return kind;
    }

    /** The proposed end for a measure starting on {@code start}; empty when the clock proposes none. */
    public Optional<LocalDate> defaultDeadline(LocalDate start) {
        Objects.requireNonNull(start, "start");
        return Optional.ofNullable(defaultTerm).map(start::plus);
    }

    /** The latest end the law allows for a measure starting on {@code start}; empty when there is no hard maximum. */
    public Optional<LocalDate> absoluteMaximum(LocalDate start) {
        Objects.requireNonNull(start, "start");
        return Optional.ofNullable(maximumTerm).map(start::plus);
    }

    /** True when the user must enter the end ("as ordered"): there is no default to fall back on. */
    public boolean deadlineRequired() {
        return deadlineRequired;
    }

    public boolean isExtendable() {
        return extensionTerm != null;
    }

    /**
     * The end after one extension of a measure that started on {@code start} and now ends on {@code currentDeadline}:
     * the current end plus the extension term, capped at the absolute maximum. Empty when the clock cannot be
     * extended or the current end already is at (or beyond) the maximum.
     */
    public Optional<LocalDate> extendedDeadline(LocalDate start, LocalDate currentDeadline) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(currentDeadline, "currentDeadline");
        if (extensionTerm == null) {
            return Optional.empty();
        }
        LocalDate extended = currentDeadline.plus(extensionTerm);
        Optional<LocalDate> maximum = absoluteMaximum(start);
        if (maximum.isPresent()) {
            if (!currentDeadline.isBefore(maximum.get())) {
                return Optional.empty();
            }
            if (extended.isAfter(maximum.get())) {
                extended = maximum.get();
            }
        }
        return Optional.of(extended);
    }

    @Override
    public String toString() {
        return "LegalClock[" + kind + ", default=" + defaultTerm + ", maximum=" + maximumTerm + ", extension="
                + extensionTerm + ", deadlineRequired=" + deadlineRequired + "]";
    }
}
