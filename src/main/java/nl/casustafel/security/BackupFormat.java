package nl.casustafel.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The backup file format (ADR 0013): a header in clear (magic, format version, creation time, store id, the bytes
 * of {@code keyslots.json} of that moment, a random salt and nonce prefix, the segment size), then the payload
 * (H2's backup zip of the encrypted store file) encrypted once more with AES-256-GCM in segments.
 * <p>
 * The segment key is HKDF-SHA256(store key, salt, "casustafel backup v1"): a fresh key per file, and a key that is
 * not the store key itself. Segment {@code i} has the nonce {@code prefix(8) || i(4)} and the associated data
 * {@code SHA-256(header) || last?1:0}: a changed byte anywhere (header included), segments swapped, removed,
 * added or cut off at the end all fail authentication. Plaintext is only handed on after its segment verified;
 * memory use is one or two segments, however large the store.
 * <pre>
 * file    = magic "CASUSTAFEL-BACKUP\n" | int version | int bodyLength | body | segment*
 * body    = long createdEpochMillis | utf storeId | int n | n bytes keyslots | 32 salt | 8 noncePrefix | int segmentSize
 * segment = int ciphertextLength (16 .. segmentSize + 16) | ciphertext with tag
 * </pre>
 */
public final class BackupFormat {
    /** How backup files end. */
    public static final String EXTENSION = ".ccb";
    public static final int VERSION = 1;
    public static final int DEFAULT_SEGMENT_SIZE = 1 << 20;
    static final byte[] MAGIC = "CASUSTAFEL-BACKUP\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] HKDF_INFO = "casustafel backup v1".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_BODY = 1 << 20;
    private static final int MAX_SEGMENT_SIZE = 16 << 20;
    private static final int SALT_LENGTH = 32;
    private static final int PREFIX_LENGTH = 8;
    private static final int TAG_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupFormat() {
    }

    /** What the header says; {@code encoded} is the header as it is in the file (the associated data). */
    public record Header(int version, Instant createdAt, String storeId, byte[] keySlots, byte[] salt,
                         byte[] noncePrefix, int segmentSize, byte[] encoded) {
    }

    /**
     * Writes a backup: the header, then {@code payload} encrypted in segments under a key derived from
     * {@code key}. The payload stream is read to its end, not closed; {@code out} is not closed.
     */
    public static void write(OutputStream out, Instant createdAt, String storeId, byte[] keySlots, StoreKey key,
                             InputStream payload) throws IOException {
        write(out, createdAt, storeId, keySlots, key, payload, DEFAULT_SEGMENT_SIZE);
    }

    static void write(OutputStream out, Instant createdAt, String storeId, byte[] keySlots, StoreKey key,
                      InputStream payload, int segmentSize) throws IOException {
        if (segmentSize < 1 || segmentSize > MAX_SEGMENT_SIZE) {
            throw new IllegalArgumentException("segment size");
        }
        byte[] salt = random(SALT_LENGTH);
        byte[] prefix = random(PREFIX_LENGTH);
        byte[] encoded = encodeHeader(createdAt, UUID.fromString(storeId).toString(), keySlots, salt, prefix,
                segmentSize);
        out.write(encoded);
        byte[] digest = sha256(encoded);
        byte[] segmentKey = segmentKey(key, salt);
        DataOutputStream data = new DataOutputStream(out);
        byte[] current = new byte[segmentSize];
        byte[] next = new byte[segmentSize];
        try {
            int currentLength = payload.readNBytes(current, 0, segmentSize);
            int counter = 0;
            while (true) {
                int nextLength = currentLength < segmentSize ? 0 : payload.readNBytes(next, 0, segmentSize);
                boolean last = nextLength == 0;
                byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, segmentKey, prefix, counter, digest, last, current,
                        currentLength);
                data.writeInt(ciphertext.length);
                data.write(ciphertext);
                if (last) {
                    break;
                }
                if (++counter == 0) {
                    throw new IOException("backup too large");
                }
                byte[] swap = current;
                current = next;
                next = swap;
                currentLength = nextLength;
            }
            data.flush();
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(segmentKey, (byte) 0);
            Arrays.fill(current, (byte) 0);
            Arrays.fill(next, (byte) 0);
        }
    }

    /**
     * Reads the header (nothing is decrypted yet: the key slots in it are needed to get the key).
     *
     * @throws BackupException {@code error.backup.notBackup}, {@code error.backup.version} or
     *                         {@code error.backup.damaged}
     */
    public static Header readHeader(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new BackupException("error.backup.notBackup");
        }
        try {
            int version = data.readInt();
            if (version > VERSION) {
                throw new BackupException("error.backup.version");
            }
            if (version != VERSION) {
                throw damaged(null);
            }
            int bodyLength = data.readInt();
            if (bodyLength < 0 || bodyLength > MAX_BODY) {
                throw damaged(null);
            }
            byte[] body = data.readNBytes(bodyLength);
            if (body.length != bodyLength) {
                throw damaged(null);
            }
            DataInputStream b = new DataInputStream(new ByteArrayInputStream(body));
            Instant createdAt = Instant.ofEpochMilli(b.readLong());
            String storeId = UUID.fromString(b.readUTF()).toString();
            int slotsLength = b.readInt();
            if (slotsLength <= 0 || slotsLength > bodyLength) {
                throw damaged(null);
            }
            byte[] keySlots = b.readNBytes(slotsLength);
            byte[] salt = b.readNBytes(SALT_LENGTH);
            byte[] prefix = b.readNBytes(PREFIX_LENGTH);
            int segmentSize = b.readInt();
            if (keySlots.length != slotsLength || salt.length != SALT_LENGTH || prefix.length != PREFIX_LENGTH
                    || segmentSize < 1 || segmentSize > MAX_SEGMENT_SIZE || b.available() != 0) {
                throw damaged(null);
            }
            byte[] encoded = encodeHeader(createdAt, storeId, keySlots, salt, prefix, segmentSize);
            return new Header(version, createdAt, storeId, keySlots, salt, prefix, segmentSize, encoded);
        } catch (EOFException | IllegalArgumentException e) {
            throw damaged(e);
        }
    }

    /**
     * The decrypted payload of the file that {@code in} reads, positioned after the header. Every segment is
     * verified before its bytes are returned; end of stream is reported only after the last segment verified.
     * A changed, reordered or cut-off file throws {@link BackupException} ({@code error.backup.damaged}) from
     * {@code read}. Read it to its end to know that the whole file is intact.
     */
    public static InputStream decrypt(InputStream in, Header header, StoreKey key) {
        return new Decrypting(new DataInputStream(in), header, segmentKey(key, header.salt()));
    }

    private static byte[] encodeHeader(Instant createdAt, String storeId, byte[] keySlots, byte[] salt,
                                       byte[] prefix, int segmentSize) {
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            DataOutputStream b = new DataOutputStream(body);
            b.writeLong(createdAt.toEpochMilli());
            b.writeUTF(storeId);
            b.writeInt(keySlots.length);
            b.write(keySlots);
            b.write(salt);
            b.write(prefix);
            b.writeInt(segmentSize);
            b.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            DataOutputStream a = new DataOutputStream(all);
            a.write(MAGIC);
            a.writeInt(VERSION);
            a.writeInt(body.size());
            body.writeTo(a);
            a.flush();
            return all.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Decrypting extends InputStream {
        private final DataInputStream in;
        private final Header header;
        private final byte[] digest;
        private final byte[] segmentKey;
        private byte[] plain = new byte[0];
        private int position;
        private int counter;
        private boolean finished;
        /** The length of the next segment, already read (-1: none read yet; -2: end of file). */
        private int nextLength = -1;

        Decrypting(DataInputStream in, Header header, byte[] segmentKey) {
            this.in = in;
            this.header = header;
            this.digest = sha256(header.encoded());
            this.segmentKey = segmentKey;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (position == plain.length) {
                if (finished) {
                    return -1;
                }
                nextSegment();
            }
            int n = Math.min(len, plain.length - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        private void nextSegment() throws IOException {
            int length = nextLength == -1 ? readLength() : nextLength;
            if (length == -2) {
                throw damaged(null); // no segment at all
            }
            int max = header.segmentSize() + TAG_LENGTH;
            if (length < TAG_LENGTH || length > max) {
                throw damaged(null);
            }
            byte[] ciphertext = in.readNBytes(length);
            if (ciphertext.length != length) {
                throw damaged(null);
            }
            nextLength = readLength();
            boolean last = nextLength == -2;
            Arrays.fill(plain, (byte) 0);
            try {
                plain = crypt(Cipher.DECRYPT_MODE, segmentKey, header.noncePrefix(), counter, digest, last,
                        ciphertext, ciphertext.length);
            } catch (AEADBadTagException e) {
                throw damaged(e);
            }
            position = 0;
            counter++;
            if (last) {
                finished = true;
                Arrays.fill(segmentKey, (byte) 0);
            }
        }

        /** The next segment's length, or -2 at a clean end of file. */
        private int readLength() throws IOException {
            byte[] four = in.readNBytes(4);
            if (four.length == 0) {
                return -2;
            }
            if (four.length != 4) {
                throw damaged(null);
            }
            return ((four[0] & 0xFF) << 24) | ((four[1] & 0xFF) << 16) | ((four[2] & 0xFF) << 8) | (four[3] & 0xFF);
        }

        @Override
        public void close() throws IOException {
            Arrays.fill(plain, (byte) 0);
            Arrays.fill(segmentKey, (byte) 0);
            in.close();
        }
    }

    private static byte[] crypt(int mode, byte[] key, byte[] prefix, int counter, byte[] digest, boolean last,
                                byte[] input, int length) throws AEADBadTagException {
        byte[] nonce = new byte[12];
        System.arraycopy(prefix, 0, nonce, 0, PREFIX_LENGTH);
        nonce[8] = (byte) (counter >>> 24);
        nonce[9] = (byte) (counter >>> 16);
        nonce[10] = (byte) (counter >>> 8);
        nonce[11] = (byte) counter;
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            gcm.updateAAD(digest);
            gcm.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
            return gcm.doFinal(input, 0, length);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] segmentKey(StoreKey key, byte[] salt) {
        byte[] ikm = key.copyBytes();
        try {
            return hkdfSha256(ikm, salt, HKDF_INFO);
        } finally {
            Arrays.fill(ikm, (byte) 0);
        }
    }

    /** HKDF-SHA256 (RFC 5869) with one block of output: 32 bytes. */
    static byte[] hkdfSha256(byte[] ikm, byte[] salt, byte[] info) {
        byte[] prk = null;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.length == 0 ? new byte[32] : salt, "HmacSHA256"));
            prk = mac.doFinal(ikm);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update(info);
            mac.update((byte) 1);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        } finally {
            if (prk != null) {
                Arrays.fill(prk, (byte) 0);
            }
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int length) {
        byte[] b = new byte[length];
        RANDOM.nextBytes(b);
        return b;
    }

    private static BackupException damaged(Exception cause) {
        return new BackupException("error.backup.damaged", cause);
    }
}
