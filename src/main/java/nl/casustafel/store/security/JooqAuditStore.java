package nl.casustafel.store.security;

import static nl.casustafel.store.jooq.Tables.AUDIT_ENTRY;
import static nl.casustafel.store.jooq.Tables.AUDIT_HEAD;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.domain.security.AuditEvent;
import nl.casustafel.domain.security.ChainAnchor;
import nl.casustafel.domain.security.ChainVerification;
import nl.casustafel.security.AuditChain;
import nl.casustafel.store.Rows;
import nl.casustafel.store.Transactor;
import nl.casustafel.store.jooq.tables.records.AuditEntryRecord;
import nl.casustafel.store.jooq.tables.records.AuditHeadRecord;
import org.jooq.DSLContext;

/**
 * The audit trail: an append-only, hash-chained table (ADR 0009).
 * <p>
 * {@link #append} locks the single {@code audit_head} row ({@code SELECT ... FOR UPDATE}), reads the time only
 * then, links the new entry to the head and moves the head, all in one transaction. Concurrent appends (other
 * threads, other connections) therefore wait for each other and the chain never forks; the lock is held until
 * the surrounding transaction commits, so a use case should append its entry as its last statement. Called
 * inside a use case's transaction the entry commits or rolls back with it; called alone it is its own durable
 * transaction.
 */
public final class JooqAuditStore {
    private static final int HEAD_ID = 1;
    private final DSLContext dsl;
    private final Transactor tx;
    private final Clock clock;

    public JooqAuditStore(DSLContext dsl, Transactor tx, Clock clock) {
        this.dsl = dsl;
        this.tx = tx;
        this.clock = clock;
    }

    /** Appends one entry and returns it as stored (sequence, time, hashes). */
    public AuditEntry append(AuditEvent event) {
        return tx.inTransaction(() -> {
            AuditHeadRecord head = dsl.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(HEAD_ID)).forUpdate()
                    .fetchSingle();
            AuditEntry entry = AuditChain.next(head.getSeq(), head.getEntryHash(), clock.instant(), event);
            dsl.insertInto(AUDIT_ENTRY)
                    .set(AUDIT_ENTRY.SEQ, entry.sequence())
                    .set(AUDIT_ENTRY.OCCURRED_AT, Rows.utc(entry.time()))
                    .set(AUDIT_ENTRY.USER_NAME, entry.userName())
                    .set(AUDIT_ENTRY.USER_ROLE, entry.role())
                    .set(AUDIT_ENTRY.ACTION_CODE, entry.action())
                    .set(AUDIT_ENTRY.OBJECT_TYPE, entry.objectType())
                    .set(AUDIT_ENTRY.OBJECT_ID, entry.objectId())
                    .set(AUDIT_ENTRY.OUTCOME, entry.result())
                    .set(AUDIT_ENTRY.WORKSTATION, entry.workstation())
                    .set(AUDIT_ENTRY.REASON, entry.reason())
                    .set(AUDIT_ENTRY.PREV_HASH, entry.previousHash())
                    .set(AUDIT_ENTRY.ENTRY_HASH, entry.hash())
                    .execute();
            dsl.update(AUDIT_HEAD)
                    .set(AUDIT_HEAD.SEQ, entry.sequence())
                    .set(AUDIT_HEAD.ENTRY_HASH, entry.hash())
                    .where(AUDIT_HEAD.ID.eq(HEAD_ID))
                    .execute();
            return entry;
        });
    }

    /** The head record: sequence and hash of the last entry (0 and the genesis hash when empty). */
    public ChainAnchor head() {
        AuditHeadRecord head = dsl.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(HEAD_ID)).fetchSingle();
        return new ChainAnchor(head.getSeq(), head.getEntryHash());
    }

    /**
     * Every entry in sequence order, read lazily (for verification and export). The stream holds a database
     * cursor: close it (try-with-resources).
     */
    public Stream<AuditEntry> streamAll() {
        return dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ).fetchSize(500).fetchStream()
                .map(JooqAuditStore::toEntry);
    }

    /** Who did what with one object ("who has seen this dossier"), newest first. */
    public List<AuditEntry> forObject(String objectType, String objectId, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.OBJECT_TYPE.eq(objectType).and(AUDIT_ENTRY.OBJECT_ID.eq(objectId)))
                .orderBy(AUDIT_ENTRY.SEQ.desc())
                .limit(limit)
                .fetch(JooqAuditStore::toEntry);
    }

    /** The latest entries, newest first; of one user when the name is given. */
    public List<AuditEntry> latest(String userName, int limit) {
        var where = userName == null ? org.jooq.impl.DSL.noCondition() : AUDIT_ENTRY.USER_NAME.eq(userName);
        return dsl.selectFrom(AUDIT_ENTRY).where(where).orderBy(AUDIT_ENTRY.SEQ.desc()).limit(limit)
                .fetch(JooqAuditStore::toEntry);
    }

    /**
     * Verifies the whole chain against the head record and any further anchors (head hashes printed in signed
     * minutes). Entries after the head record count as a break ({@code HEAD_MISMATCH}): the application never
     * writes an entry without moving the head.
     */
    public ChainVerification verify(List<ChainAnchor> anchors) {
        ChainAnchor head = head();
        List<ChainAnchor> all = new ArrayList<>(anchors);
        all.add(head);
        ChainVerification result;
        try (Stream<AuditEntry> entries = streamAll()) {
            result = AuditChain.verify(entries::iterator, all);
        }
        if (result instanceof ChainVerification.Intact intact && intact.headSequence() != head.sequence()) {
            return new ChainVerification.Broken(head.sequence() + 1, ChainVerification.BreakReason.HEAD_MISMATCH,
                    head.sequence());
        }
        return result;
    }

    static AuditEntry toEntry(AuditEntryRecord r) {
        return new AuditEntry(r.getSeq(), Rows.instant(r.getOccurredAt()), r.getUserName(), r.getUserRole(),
                r.getActionCode(), r.getObjectType(), r.getObjectId(), r.getOutcome(), r.getWorkstation(),
                r.getReason(), r.getPrevHash(), r.getEntryHash());
    }
}
