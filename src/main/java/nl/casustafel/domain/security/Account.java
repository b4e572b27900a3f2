package nl.casustafel.domain.security;

import java.time.Instant;

/**
 * Someone who may log in. The password is not here: it protects this account's key slot, which lives outside
 * the database (see ADR 0009). {@code partnerCode} is set for a {@link Role#PARTNER_READER} only.
 */
public record Account(long id, int version, String userName, String displayName, Role role, String partnerCode,
                      boolean active, Instant createdAt, Instant updatedAt) {
}
