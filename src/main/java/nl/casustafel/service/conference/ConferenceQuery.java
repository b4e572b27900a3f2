package nl.casustafel.service.conference;

import java.time.LocalDate;
import nl.casustafel.domain.conference.ConferenceStatus;

/**
 * Conferences by status and date (inclusive, Europe/Amsterdam); nulls mean no filter. Newest first, at most
 * {@code limit}.
 */
public record ConferenceQuery(ConferenceStatus status, LocalDate from, LocalDate to, int limit) {
    public static final int MAX_LIMIT = 1000;

    public ConferenceQuery {
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    public static ConferenceQuery all() {
        return new ConferenceQuery(null, null, null, MAX_LIMIT);
    }
}
