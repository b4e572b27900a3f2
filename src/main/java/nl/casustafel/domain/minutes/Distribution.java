package nl.casustafel.domain.minutes;

import java.time.Instant;
import java.util.Objects;

/** One line of the distribution log (verstrekkingenlog): which copy went to whom, how, when, with which hash. */
public record Distribution(long id, long minutesId, long copyId, Long recipientPartnerId, DistributionAction action,
                           String sha256, Instant performedAt, String performedBy, String workstation) {
    public Distribution {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(performedAt, "performedAt");
    }
}
