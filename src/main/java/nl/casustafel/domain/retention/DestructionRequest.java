package nl.casustafel.domain.retention;

import java.time.Instant;

/**
 * A proposal to destroy a household and its decision. {@code householdId} is null once the household was destroyed
 * (the request then says who approved what when, not which household it was).
 */
public record DestructionRequest(long id, Long householdId, String requestedBy, Instant requestedAt, String reason,
                                 DestructionStatus status, String decidedBy, Instant decidedAt,
                                 String decisionReason, int version) {
}
