package nl.casustafel.domain.retention;

import java.time.Instant;
import java.time.LocalDate;

/** How long a record type is kept after it ended, in months (a household: after its last closing decision). */
public record RetentionTerm(String recordType, int months, Instant updatedAt) {
    /** The record type of households (the only one destroyed so far). */
    public static final String HOUSEHOLD = "HOUSEHOLD";
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 1200;

    /**
     * Whether a record that ended on {@code endedOn} is past its term on {@code today}: it has been ended for
     * longer than the term, i.e. {@code today} is after {@code endedOn + months}.
     */
    public static boolean isDue(LocalDate endedOn, int months, LocalDate today) {
        return today.isAfter(endedOn.plusMonths(months));
    }

    /**
     * A date no due record ended after (for a query that is then filtered with {@link #isDue}): month ends make
     * "plus months" uneven, so it leaves a few days of margin.
     */
    public static LocalDate queryCutoff(int months, LocalDate today) {
        return today.minusMonths(months).plusDays(3);
    }
}
