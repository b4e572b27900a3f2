package nl.casustafel.bench;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import nl.casustafel.security.StoreKey;
import nl.casustafel.store.Database;
import org.h2.tools.ChangeFileEncryption;

/**
 * ===== The one place where the encrypted store plugs into the suite (figure encrypted-store). =====
 *
 * <p>The figure runs the same read/write workload ({@link EncryptedStoreBenchmark}) on two copies of a bench
 * store: one opened with {@link Database#openFile}, one encrypted and opened with {@link Database#openEncrypted}.
 * Set {@link #AVAILABLE} to false and the suite prints {@code bench encrypted-store: n/a (encrypted store not yet
 * available)} instead; {@link #openEncryptedCopy} is all the suite needs from the encrypted store.
 */
final class EncryptedStores {
    /** Whether {@link Database#openEncrypted} exists (issue 5, merged into main). */
    static final boolean AVAILABLE = true;

    private EncryptedStores() {
    }

    /**
     * Copies the plain store in {@code plain} to {@code target}, encrypts the copy as {@link Database#openEncrypted}
     * expects it (H2 CIPHER=AES with the hex of a new random store key as file password) and opens it. Generating
     * an encrypted store anew would take as long as the plain one; encrypting a copy takes seconds.
     */
    static Database openEncryptedCopy(Path plain, Path target) throws Exception {
        BenchStores.delete(target);
        Files.createDirectories(target);
        String file = Database.FILE_NAME + ".mv.db";
        Files.copy(plain.resolve(file), target.resolve(file));
        StoreKey key = StoreKey.generate();
        Database.encryptPlain(target, key);
        return Database.openEncrypted(target, key);
    }
}
