package nl.casustafel.domain.security;

/**
 * A (sequence, hash) pair of the audit chain known from elsewhere: the head record, or a head hash printed in
 * signed minutes. Only anchors reveal a chain that was recomputed from some entry on, or cut off at the end.
 */
public record ChainAnchor(long sequence, String hash) {
}
