package nl.casustafel.domain.minutes;

import java.time.Instant;

/**
 * A signed PDF of a minutes version: the complete minutes ({@code partnerId} null) or the need-to-know version for
 * one partner, which left out {@code omittedHouseholds} households that partner is not involved in.
 */
public record MinutesCopy(long id, long minutesId, Long partnerId, int omittedHouseholds, String sha256,
                          long sizeBytes, Instant signedAt) {

    public boolean isComplete() {
        return partnerId == null;
    }
}
