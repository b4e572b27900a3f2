package nl.casustafel.domain.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Pure date questions about a measure's deadline. A measure is due on its deadline day and overdue the day after. */
public final class MeasureClocks {

    /**
     * How many days ahead a running legal clock is flagged: a deadline from today up to and including today + 14
     * ({@link nl.casustafel.domain.signal.SignalType#LEGAL_CLOCK_EXPIRING}).
     */
    public static final int LEGAL_CLOCK_WARNING_DAYS = 14;

    private MeasureClocks() {
    }

    /**
     * True when the measure is still open or in progress and its deadline lies before today. No deadline is never
     * overdue; a closed measure (done, not done, lapsed) is never overdue.
     */
    public static boolean isOverdue(MeasureStatus status, LocalDate deadline, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (deadline == null || (status != null && status.isClosed())) {
            return false;
        }
        return deadline.isBefore(today);
    }

    /**
     * True when the deadline lies from today up to and including today + {@code days}: 0 means "expires today".
     * A deadline already passed is overdue, not expiring; no deadline never expires.
     */
    public static boolean expiresWithin(LocalDate deadline, LocalDate today, int days) {
        Objects.requireNonNull(today, "today");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return deadline != null && !deadline.isBefore(today) && !deadline.isAfter(today.plusDays(days));
    }

    /**
     * {@link #expiresWithin(LocalDate, LocalDate, int)} for a measure that still needs action: a closed measure
     * (done, not done, lapsed) has no running clock.
     */
    public static boolean expiresWithin(MeasureStatus status, LocalDate deadline, LocalDate today, int days) {
        return (status == null || !status.isClosed()) && expiresWithin(deadline, today, days);
    }

    /** Days from today to the deadline: 0 on the deadline day, 1 the day before, negative once overdue. */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(today, "today");
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
