package nl.casustafel.security;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.domain.security.AuditEvent;
import nl.casustafel.domain.security.ChainAnchor;
import nl.casustafel.domain.security.ChainVerification;
import nl.casustafel.domain.security.ChainVerification.BreakReason;

/**
 * The hash chain of the audit trail. Entry n stores {@code hash = SHA-256(canonical(n))}, where the canonical
 * form holds every field of the entry and the hash of entry n-1 ({@link #GENESIS} for the first). Changing,
 * deleting, inserting or reordering an entry breaks the chain at that entry unless every later hash is
 * recomputed too; anchors (the head record, head hashes printed in signed minutes) reveal that and a cut-off end.
 * <p>
 * Canonical form, version 1: the tag {@code casustafel-audit-v1}, then the sequence as an 8-byte big-endian
 * number, then each field as a 4-byte big-endian length and its UTF-8 bytes (length -1 for null): time
 * (ISO-8601 UTC with exactly six fraction digits), user name, role, action, object type, object id, result,
 * workstation, reason, previous hash. Length prefixes make the encoding unambiguous whatever a field contains.
 */
public final class AuditChain {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final String TAG = "casustafel-audit-v1";
    private static final HexFormat HEX = HexFormat.of();

    private AuditChain() {
    }

    /** Times are kept to the microsecond, as both H2 and PostgreSQL store them, so a stored entry hashes alike. */
    public static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    /** The entry that follows the given head (sequence 0 and {@link #GENESIS} for an empty chain). */
    public static AuditEntry next(long headSequence, String headHash, Instant time, AuditEvent event) {
        Instant t = truncate(time);
        long sequence = headSequence + 1;
        String role = event.role() == null ? null : event.role().name();
        AuditEntry unsealed = new AuditEntry(sequence, t, event.userName(), role, event.action().name(),
                event.objectType(), event.objectId(), event.result().name(), event.workstation(), event.reason(),
                headHash, null);
        String hash = hash(unsealed);
        return new AuditEntry(sequence, t, event.userName(), role, event.action().name(), event.objectType(),
                event.objectId(), event.result().name(), event.workstation(), event.reason(), headHash, hash);
    }

    /** The hash an entry must have, computed from all its other fields (its own {@code hash} is ignored). */
    public static String hash(AuditEntry e) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(sha256.digest(canonical(e)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
    }

    static byte[] canonical(AuditEntry e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(TAG.getBytes(StandardCharsets.US_ASCII));
            out.writeLong(e.sequence());
            field(out, e.time() == null ? null : formatTime(e.time()));
            field(out, e.userName());
            field(out, e.role());
            field(out, e.action());
            field(out, e.objectType());
            field(out, e.objectId());
            field(out, e.result());
            field(out, e.workstation());
            field(out, e.reason());
            field(out, e.previousHash());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /** {@code 2026-11-24T12:00:00.000000Z}: one spelling per instant (Instant.toString drops zero fractions). */
    static String formatTime(Instant time) {
        long micros = time.getNano() / 1000;
        String seconds = time.truncatedTo(ChronoUnit.SECONDS).toString(); // ends in Z, no fraction
        return seconds.substring(0, seconds.length() - 1) + "." + String.format("%06d", micros) + "Z";
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Checks a chain given in sequence order, without anchors. */
    public static ChainVerification verify(Iterable<AuditEntry> entries) {
        return verify(entries, java.util.List.of());
    }

    /**
     * Checks a chain given in sequence order (streamed: entries are not kept) against known anchors. Reports the
     * first place where it breaks; see {@link BreakReason}.
     */
    public static ChainVerification verify(Iterable<AuditEntry> entries, Collection<ChainAnchor> anchors) {
        Map<Long, Set<String>> anchored = new TreeMap<>();
        for (ChainAnchor a : anchors) {
            if (a.sequence() > 0) {
                anchored.computeIfAbsent(a.sequence(), s -> new HashSet<>()).add(a.hash());
            }
        }
        long expected = 1;
        String previous = GENESIS;
        for (AuditEntry e : entries) {
            long verified = expected - 1;
            if (e.sequence() < expected) {
                return new ChainVerification.Broken(expected, BreakReason.SEQUENCE_OUT_OF_ORDER, verified);
            }
            if (e.sequence() > expected) {
                return new ChainVerification.Broken(expected, BreakReason.SEQUENCE_GAP, verified);
            }
            if (e.hash() == null || !MessageDigest.isEqual(hash(e).getBytes(StandardCharsets.US_ASCII),
                    e.hash().getBytes(StandardCharsets.US_ASCII))) {
                return new ChainVerification.Broken(e.sequence(), BreakReason.CONTENT_CHANGED, verified);
            }
            if (!previous.equals(e.previousHash())) {
                return new ChainVerification.Broken(e.sequence(), BreakReason.PREVIOUS_HASH_MISMATCH, verified);
            }
            Set<String> anchor = anchored.get(e.sequence());
            if (anchor != null && !anchor.equals(Set.of(e.hash()))) {
                return new ChainVerification.Broken(e.sequence(), BreakReason.ANCHOR_MISMATCH, verified);
            }
            previous = e.hash();
            expected++;
        }
        long count = expected - 1;
        for (long sequence : anchored.keySet()) {
            if (sequence > count) {
                return new ChainVerification.Broken(expected, BreakReason.TRUNCATED, count);
            }
        }
        return new ChainVerification.Intact(count, count, previous);
    }
}
