package nl.casustafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import nl.casustafel.domain.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The backup file format: round trips, and every change or cut is detected before any byte is handed on. */
class BackupFormatTest {
    private static final Instant CREATED = Instant.parse("2026-11-24T12:00:00Z");
    private static final String STORE_ID = UUID.randomUUID().toString();
    private static final byte[] SLOTS = "{\"format\":\"casustafel-keyslots\"}".getBytes(StandardCharsets.UTF_8);
    private static final int SEGMENT = 100;
    private final StoreKey key = StoreKey.generate();

    private byte[] backup(byte[] payload, StoreKey with) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupFormat.write(out, CREATED, STORE_ID, SLOTS, with, new ByteArrayInputStream(payload), SEGMENT);
        return out.toByteArray();
    }

    private byte[] restore(byte[] file, StoreKey with) throws IOException {
        InputStream in = new ByteArrayInputStream(file);
        BackupFormat.Header header = BackupFormat.readHeader(in);
        try (InputStream plain = BackupFormat.decrypt(in, header, with)) {
            return plain.readAllBytes();
        }
    }

    private static byte[] payload(int length) {
        byte[] b = new byte[length];
        new Random(length).nextBytes(b);
        return b;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 99, 100, 101, 1000, 1050})
    void roundTripsAnyLengthIncludingExactMultiplesOfTheSegment(int length) throws IOException {
        byte[] payload = payload(length);
        byte[] file = backup(payload, key);

        assertThat(restore(file, key)).isEqualTo(payload);
        BackupFormat.Header header = BackupFormat.readHeader(new ByteArrayInputStream(file));
        assertThat(header.storeId()).isEqualTo(STORE_ID);
        assertThat(header.createdAt()).isEqualTo(CREATED);
        assertThat(header.keySlots()).isEqualTo(SLOTS);
        assertThat(header.segmentSize()).isEqualTo(SEGMENT);
    }

    @Test
    void theSameContentTwiceGivesDifferentFiles() throws IOException {
        byte[] payload = payload(500);
        assertThat(backup(payload, key)).isNotEqualTo(backup(payload, key));
    }

    @Test
    void everyChangedByteIsDetected() throws IOException {
        byte[] payload = payload(450);
        byte[] file = backup(payload, key);
        for (int i = 0; i < file.length; i++) {
            byte[] changed = file.clone();
            changed[i] ^= 0x01;
            int position = i;
            assertThatThrownBy(() -> restore(changed, key)).as("byte %d", position)
                    .isInstanceOf(BackupException.class)
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isIn("error.backup.damaged", "error.backup.notBackup", "error.backup.version");
        }
    }

    @Test
    void everyCutIsDetected() throws IOException {
        byte[] file = backup(payload(450), key);
        for (int length = 0; length < file.length; length++) {
            byte[] cut = Arrays.copyOf(file, length);
            int position = length;
            assertThatThrownBy(() -> restore(cut, key)).as("cut at %d", position)
                    .isInstanceOf(BackupException.class);
        }
    }

    @Test
    void anAppendedOrSwappedSegmentIsDetected() throws IOException {
        byte[] file = backup(payload(300), key); // three full segments and an empty last one
        int headerLength = BackupFormat.readHeader(new ByteArrayInputStream(file)).encoded().length;
        int segment = 4 + SEGMENT + 16;
        byte[] swapped = file.clone();
        System.arraycopy(file, headerLength, swapped, headerLength + segment, segment);
        System.arraycopy(file, headerLength + segment, swapped, headerLength, segment);
        assertThatThrownBy(() -> restore(swapped, key)).isInstanceOf(BackupException.class);

        byte[] appended = Arrays.copyOf(file, file.length + segment);
        System.arraycopy(file, headerLength, appended, file.length, segment);
        assertThatThrownBy(() -> restore(appended, key)).isInstanceOf(BackupException.class);
    }

    @Test
    void anotherKeyOpensNothing() throws IOException {
        byte[] file = backup(payload(300), key);
        assertThatThrownBy(() -> restore(file, StoreKey.generate()))
                .isInstanceOf(BackupException.class).hasMessage("error.backup.damaged");
    }

    @Test
    void aFileThatIsNoBackupIsNamedSo() {
        assertThatThrownBy(() -> restore("PK\u0003\u0004 a zip".getBytes(StandardCharsets.US_ASCII), key))
                .hasMessage("error.backup.notBackup");
    }

    @Test
    void theSegmentKeyIsHkdfSha256() {
        // RFC 5869, test case 1 (first 32 bytes of the output).
        byte[] ikm = HexFormat.of().parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        byte[] salt = HexFormat.of().parseHex("000102030405060708090a0b0c");
        byte[] info = HexFormat.of().parseHex("f0f1f2f3f4f5f6f7f8f9");
        assertThat(HexFormat.of().formatHex(BackupFormat.hkdfSha256(ikm, salt, info)))
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
    }
}
