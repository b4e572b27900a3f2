package nl.casustafel.store.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.casustafel.MutableClock;
import nl.casustafel.TestClocks;
import nl.casustafel.domain.security.AuditAction;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.domain.security.AuditEvent;
import nl.casustafel.domain.security.AuditResult;
import nl.casustafel.domain.security.ChainAnchor;
import nl.casustafel.domain.security.ChainVerification;
import nl.casustafel.domain.security.ChainVerification.BreakReason;
import nl.casustafel.domain.security.Role;
import nl.casustafel.security.AuditChain;
import nl.casustafel.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit table keeps an intact chain, and tampering with it in SQL is found at the right sequence. */
class JooqAuditStoreTest {
    private Database db;
    private JooqAuditStore audit;
    private MutableClock clock;

    @BeforeEach
    void open() {
        db = Database.inMemory(TestClocks.uniqueName("audit"));
        clock = new MutableClock(TestClocks.NOW);
        audit = new JooqAuditStore(db.dsl(), db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static AuditEvent read(String user, long householdId) {
        return AuditEvent.about(user, Role.SPECIALIST, AuditAction.READ, "household", householdId,
                AuditResult.SUCCESS, "WS-0142");
    }

    private void appendTen() {
        for (int i = 1; i <= 10; i++) {
            audit.append(read(i % 2 == 0 ? "anna" : "bert", 40 + i));
            clock.advance(Duration.ofSeconds(1));
        }
    }

    private static void assertBroken(ChainVerification result, long sequence, BreakReason reason) {
        assertThat(result).isInstanceOfSatisfying(ChainVerification.Broken.class, b -> {
            assertThat(b.sequence()).as("sequence").isEqualTo(sequence);
            assertThat(b.reason()).isEqualTo(reason);
        });
    }

    @Test
    void appendedEntriesFormAnIntactChainWithTheHeadRecord() {
        appendTen();

        ChainVerification result = audit.verify(List.of());

        assertThat(result).isInstanceOfSatisfying(ChainVerification.Intact.class, intact -> {
            assertThat(intact.count()).isEqualTo(10);
            assertThat(intact.headHash()).isEqualTo(audit.head().hash());
        });
        assertThat(audit.head().sequence()).isEqualTo(10);
        try (Stream<AuditEntry> all = audit.streamAll()) {
            List<AuditEntry> entries = all.toList();
            assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L,
                    10L);
            assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
            assertThat(entries.get(0).time()).isEqualTo(TestClocks.NOW);
            assertThat(entries.get(0).knownAction()).isEqualTo(AuditAction.READ);
            assertThat(entries.get(0).knownRole()).isEqualTo(Role.SPECIALIST);
        }
    }

    @Test
    void anEmptyTrailIsIntact() {
        assertThat(audit.verify(List.of())).isEqualTo(new ChainVerification.Intact(0, 0, AuditChain.GENESIS));
    }

    @Test
    void aFieldChangedInTheTableIsFoundAtItsSequence() {
        appendTen();
        db.dsl().execute("UPDATE audit_entry SET user_name = 'carla' WHERE seq = 5");

        assertBroken(audit.verify(List.of()), 5, BreakReason.CONTENT_CHANGED);
    }

    @Test
    void aChangedTimeIsFound() {
        appendTen();
        db.dsl().execute("UPDATE audit_entry SET occurred_at = occurred_at + INTERVAL '1' HOUR WHERE seq = 7");

        assertBroken(audit.verify(List.of()), 7, BreakReason.CONTENT_CHANGED);
    }

    @Test
    void aDeletedEntryIsFoundAtItsSequence() {
        appendTen();
        db.dsl().execute("DELETE FROM audit_entry WHERE seq = 5");

        assertBroken(audit.verify(List.of()), 5, BreakReason.SEQUENCE_GAP);
    }

    @Test
    void deletedLastEntriesAreFoundThroughTheHeadRecord() {
        appendTen();
        db.dsl().execute("DELETE FROM audit_entry WHERE seq >= 9");

        assertBroken(audit.verify(List.of()), 9, BreakReason.TRUNCATED);
    }

    @Test
    void twoSwappedEntriesAreFoundAtTheFirst() {
        appendTen();
        db.dsl().execute("UPDATE audit_entry SET seq = -1 WHERE seq = 5");
        db.dsl().execute("UPDATE audit_entry SET seq = 5 WHERE seq = 6");
        db.dsl().execute("UPDATE audit_entry SET seq = 6 WHERE seq = -1");

        assertBroken(audit.verify(List.of()), 5, BreakReason.CONTENT_CHANGED);
    }

    @Test
    void anEntryInsertedAroundTheStoreIsFound() {
        appendTen();
        AuditEntry last;
        try (Stream<AuditEntry> all = audit.streamAll()) {
            last = all.reduce((a, b) -> b).orElseThrow();
        }
        // A well-formed eleventh entry, written with SQL: the head record was not moved.
        AuditEntry forged = AuditChain.next(last.sequence(), last.hash(), TestClocks.NOW, read("carla", 99));
        db.dsl().execute("INSERT INTO audit_entry (seq, occurred_at, user_name, user_role, action_code, object_type,"
                        + " object_id, outcome, workstation, reason, prev_hash, entry_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", forged.sequence(),
                forged.time().atOffset(java.time.ZoneOffset.UTC), forged.userName(), forged.role(), forged.action(),
                forged.objectType(), forged.objectId(), forged.result(), forged.workstation(), forged.reason(),
                forged.previousHash(), forged.hash());

        assertBroken(audit.verify(List.of()), 11, BreakReason.HEAD_MISMATCH);
    }

    @Test
    void aRecomputedTailIsFoundThroughAnAnchorFromSignedMinutes() {
        appendTen();
        ChainAnchor printed = audit.head();
        // Rewrite entry 10 and recompute its hash and the head record: consistent, but not what was printed.
        db.dsl().execute("UPDATE audit_entry SET object_id = '7' WHERE seq = 10");
        AuditEntry changed;
        try (Stream<AuditEntry> all = audit.streamAll()) {
            changed = all.filter(e -> e.sequence() == 10).findFirst().orElseThrow();
        }
        String hash = AuditChain.hash(changed);
        db.dsl().execute("UPDATE audit_entry SET entry_hash = ? WHERE seq = 10", hash);
        db.dsl().execute("UPDATE audit_head SET entry_hash = ? WHERE id = 1", hash);
        assertThat(audit.verify(List.of()).intact()).isTrue();

        assertBroken(audit.verify(List.of(printed)), 10, BreakReason.ANCHOR_MISMATCH);
    }

    @Test
    void anEntryRollsBackWithItsUseCase() {
        audit.append(read("anna", 1));

        assertThatThrownBy(() -> db.run(() -> {
            audit.append(read("anna", 2));
            throw new IllegalStateException("use case failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(audit.head().sequence()).isEqualTo(1);
        assertThat(audit.append(read("anna", 3)).sequence()).isEqualTo(2);
        assertThat(audit.verify(List.of()).intact()).isTrue();
    }

    @Test
    void whoHasSeenThisDossierListsTheEntriesOfOneObjectNewestFirst() {
        audit.append(read("anna", 42));
        audit.append(read("bert", 43));
        audit.append(new AuditEvent("bert", Role.CHAIR, AuditAction.PRINT, "household", "42", AuditResult.SUCCESS,
                "WS-0007", "Voorbereiding casusoverleg"));

        List<AuditEntry> seen = audit.forObject("household", "42", 50);

        assertThat(seen).extracting(AuditEntry::userName, AuditEntry::action, AuditEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bert", "PRINT", "Voorbereiding casusoverleg"),
                        org.assertj.core.groups.Tuple.tuple("anna", "READ", null));
    }

    @Test
    void concurrentAppendsFromTwoThreadsKeepTheChainIntact(@TempDir Path dir) throws Exception {
        int perThread = 100;
        try (Database file = Database.openFile(dir)) {
            JooqAuditStore store = new JooqAuditStore(file.dsl(), file, java.time.Clock.systemUTC());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<Object>> writers = List.of("anna", "bert").stream().map(user -> pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        // Some work in the same transaction before the append, as a use case would do.
                        file.run(() -> {
                            file.dsl().fetchCount(file.dsl().selectFrom("partner"));
                            store.append(read(user, 1000));
                        });
                    }
                    return null;
                })).toList();
                start.countDown();
                for (Future<Object> w : writers) {
                    w.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdown();
            }

            ChainVerification result = store.verify(List.of());
            assertThat(result).isInstanceOfSatisfying(ChainVerification.Intact.class,
                    intact -> assertThat(intact.count()).isEqualTo(2L * perThread));
            assertThat(store.forObject("household", "1000", 1000)).extracting(AuditEntry::userName)
                    .containsOnly("anna", "bert").hasSize(2 * perThread);
        }
    }
}
