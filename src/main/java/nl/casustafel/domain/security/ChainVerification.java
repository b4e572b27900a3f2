package nl.casustafel.domain.security;

/** The outcome of checking the audit chain: intact up to its head, or broken at a first sequence, and why. */
public sealed interface ChainVerification {

    boolean intact();

    /** Every entry links to the one before it, from the genesis to the head. */
    record Intact(long count, long headSequence, String headHash) implements ChainVerification {
        @Override
        public boolean intact() {
            return true;
        }
    }

    /**
     * The first place where the chain does not hold. {@code sequence} is the first sequence that cannot be
     * trusted (for a gap: the first missing one); the {@code verifiedCount} entries before it are intact.
     */
    record Broken(long sequence, BreakReason reason, long verifiedCount) implements ChainVerification {
        @Override
        public boolean intact() {
            return false;
        }
    }

    enum BreakReason {
        /** The entry's content no longer gives its hash: a field was changed (or the entry moved). */
        CONTENT_CHANGED,
        /** The entry is intact but does not follow the entry before it: entries were removed, added or reordered. */
        PREVIOUS_HASH_MISMATCH,
        /** Sequences jump: the entry with this sequence was deleted. */
        SEQUENCE_GAP,
        /** The entry after the last intact one repeats or goes back in sequence. */
        SEQUENCE_OUT_OF_ORDER,
        /** The entry differs from what an anchor (head record, signed minutes) recorded for its sequence. */
        ANCHOR_MISMATCH,
        /** Entries an anchor knows of are gone from the end. */
        TRUNCATED,
        /** Entries follow the recorded head: they were added around the audit store. */
        HEAD_MISMATCH
    }
}
