package nl.casustafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.TestClocks;
import nl.casustafel.domain.security.AuditAction;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.domain.security.AuditEvent;
import nl.casustafel.domain.security.AuditResult;
import nl.casustafel.domain.security.ChainAnchor;
import nl.casustafel.domain.security.ChainVerification;
import nl.casustafel.domain.security.ChainVerification.BreakReason;
import nl.casustafel.domain.security.Role;
import org.junit.jupiter.api.Test;

/** The hash chain finds a change, a deletion, a swap and a cut-off end at the right sequence. */
class AuditChainTest {

    static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        long head = 0;
        String hash = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEvent event = AuditEvent.about("anna", Role.SPECIALIST, i % 3 == 0 ? AuditAction.UPDATE
                    : AuditAction.READ, "household", 100 + i, AuditResult.SUCCESS, "WS-0142");
            AuditEntry e = AuditChain.next(head, hash, TestClocks.NOW.plus(Duration.ofSeconds(i)), event);
            entries.add(e);
            head = e.sequence();
            hash = e.hash();
        }
        return entries;
    }

    private static AuditEntry withObjectId(AuditEntry e, String objectId) {
        return new AuditEntry(e.sequence(), e.time(), e.userName(), e.role(), e.action(), e.objectType(), objectId,
                e.result(), e.workstation(), e.reason(), e.previousHash(), e.hash());
    }

    private static AuditEntry withSequence(AuditEntry e, long sequence) {
        return new AuditEntry(sequence, e.time(), e.userName(), e.role(), e.action(), e.objectType(), e.objectId(),
                e.result(), e.workstation(), e.reason(), e.previousHash(), e.hash());
    }

    private static AuditEntry resealed(AuditEntry e) {
        return new AuditEntry(e.sequence(), e.time(), e.userName(), e.role(), e.action(), e.objectType(),
                e.objectId(), e.result(), e.workstation(), e.reason(), e.previousHash(), AuditChain.hash(e));
    }

    private static void assertBroken(ChainVerification result, long sequence, BreakReason reason) {
        assertThat(result).isInstanceOfSatisfying(ChainVerification.Broken.class, b -> {
            assertThat(b.sequence()).as("sequence").isEqualTo(sequence);
            assertThat(b.reason()).isEqualTo(reason);
            assertThat(b.verifiedCount()).isEqualTo(sequence - 1);
        });
    }

    @Test
    void anIntactChainVerifiesWithItsHead() {
        List<AuditEntry> entries = chain(10);

        ChainVerification result = AuditChain.verify(entries);

        assertThat(result).isEqualTo(new ChainVerification.Intact(10, 10, entries.get(9).hash()));
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS).hasSize(64);
        assertThat(AuditChain.verify(List.of())).isEqualTo(new ChainVerification.Intact(0, 0, AuditChain.GENESIS));
    }

    @Test
    void aChangedFieldIsFoundAtItsEntry() {
        List<AuditEntry> entries = chain(10);
        entries.set(4, withObjectId(entries.get(4), "999"));

        assertBroken(AuditChain.verify(entries), 5, BreakReason.CONTENT_CHANGED);
    }

    @Test
    void aChangedEntryWithARecomputedHashIsFoundAtTheNextEntry() {
        List<AuditEntry> entries = chain(10);
        entries.set(4, resealed(withObjectId(entries.get(4), "999")));

        assertBroken(AuditChain.verify(entries), 6, BreakReason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void aDeletedEntryIsAGapAtItsSequence() {
        List<AuditEntry> entries = chain(10);
        entries.remove(4);

        assertBroken(AuditChain.verify(entries), 5, BreakReason.SEQUENCE_GAP);
    }

    @Test
    void aDeletedEntryWithLaterSequencesRenumberedBreaksTheLink() {
        List<AuditEntry> entries = chain(10);
        entries.remove(4);
        for (int i = 4; i < entries.size(); i++) {
            entries.set(i, withSequence(entries.get(i), i + 1));
        }

        assertBroken(AuditChain.verify(entries), 5, BreakReason.CONTENT_CHANGED);
    }

    @Test
    void twoSwappedEntriesAreFoundAtTheFirst() {
        List<AuditEntry> entries = chain(10);
        AuditEntry fifth = entries.get(4);
        AuditEntry sixth = entries.get(5);
        // Swap their places in the sequence (the content moves, the sequence numbers stay).
        entries.set(4, withSequence(sixth, 5));
        entries.set(5, withSequence(fifth, 6));

        assertBroken(AuditChain.verify(entries), 5, BreakReason.CONTENT_CHANGED);
    }

    @Test
    void entriesGivenOutOfOrderAreReported() {
        List<AuditEntry> entries = chain(10);
        entries.add(5, entries.get(3));

        // Entries 1-5 are fine; what follows 5 is not 6.
        assertBroken(AuditChain.verify(entries), 6, BreakReason.SEQUENCE_OUT_OF_ORDER);
    }

    @Test
    void aRecomputedChainIsCaughtByAnAnchor() {
        List<AuditEntry> original = chain(10);
        ChainAnchor printedInMinutes = new ChainAnchor(7, original.get(6).hash());
        // Someone changes entry 3 and recomputes every hash after it: the chain itself is consistent again.
        List<AuditEntry> forged = new ArrayList<>(original.subList(0, 2));
        String previous = original.get(1).hash();
        for (int i = 2; i < 10; i++) {
            AuditEntry e = original.get(i);
            AuditEntry changed = new AuditEntry(e.sequence(), e.time(), e.userName(), e.role(), e.action(),
                    e.objectType(), i == 2 ? "999" : e.objectId(), e.result(), e.workstation(), e.reason(), previous,
                    null);
            changed = resealed(changed);
            forged.add(changed);
            previous = changed.hash();
        }
        assertThat(AuditChain.verify(forged).intact()).isTrue();

        assertBroken(AuditChain.verify(forged, List.of(printedInMinutes)), 7, BreakReason.ANCHOR_MISMATCH);
    }

    @Test
    void aCutOffEndIsCaughtByAnAnchor() {
        List<AuditEntry> entries = chain(10);
        ChainAnchor head = new ChainAnchor(10, entries.get(9).hash());

        assertBroken(AuditChain.verify(entries.subList(0, 8), List.of(head)), 9, BreakReason.TRUNCATED);
        assertThat(AuditChain.verify(entries, List.of(head)).intact()).isTrue();
    }

    @Test
    void theCanonicalFormSeparatesFields() {
        Instant t = TestClocks.NOW;
        AuditEntry a = new AuditEntry(1, t, "anna", null, "READ", "household", "12", "SUCCESS", "ws", null,
                AuditChain.GENESIS, null);
        AuditEntry b = new AuditEntry(1, t, "anna", null, "READ", "household1", "2", "SUCCESS", "ws", null,
                AuditChain.GENESIS, null);
        AuditEntry c = new AuditEntry(1, t, "anna", "", "READ", "household", "12", "SUCCESS", "ws", null,
                AuditChain.GENESIS, null);

        assertThat(AuditChain.hash(a)).isNotEqualTo(AuditChain.hash(b)).isNotEqualTo(AuditChain.hash(c));
    }

    @Test
    void timesAreKeptToTheMicrosecondAndSpelledOneWay() {
        Instant withNanos = Instant.parse("2026-11-24T12:00:00.123456789Z");

        AuditEntry e = AuditChain.next(0, AuditChain.GENESIS, withNanos, AuditEvent.about("anna", Role.CHAIR,
                AuditAction.SIGN, "minutes", 3, AuditResult.SUCCESS, "ws"));

        assertThat(e.time()).isEqualTo(Instant.parse("2026-11-24T12:00:00.123456Z"));
        assertThat(AuditChain.formatTime(TestClocks.NOW)).isEqualTo("2026-11-24T12:00:00.000000Z");
        assertThat(AuditChain.formatTime(e.time())).isEqualTo("2026-11-24T12:00:00.123456Z");
    }

    @Test
    void aKnownEntryHasAStableHash() {
        // Pins canonical form version 1 (the value was computed independently from the format described in
        // AuditChain's Javadoc): changing the encoding would break every stored chain.
        AuditEntry e = AuditChain.next(0, AuditChain.GENESIS, TestClocks.NOW, new AuditEvent("anna", Role.SPECIALIST,
                AuditAction.READ, "household", "42", AuditResult.SUCCESS, "WS-0142", "Overleg voorbereiden"));

        assertThat(e.hash()).isEqualTo(AuditChain.hash(e)).matches("[0-9a-f]{64}");
        assertThat(e.hash()).isEqualTo(PINNED);
    }

    static final String PINNED = "6a998188a0d7e12065f054aeb2552615e4d6e0da90e839bb06fc7b4a87cad992";
}
