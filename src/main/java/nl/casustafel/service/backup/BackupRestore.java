package nl.casustafel.service.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.security.Account;
import nl.casustafel.security.BackupException;
import nl.casustafel.security.BackupFormat;
import nl.casustafel.security.KeySlots;
import nl.casustafel.security.StoreKey;
import nl.casustafel.service.security.AccessDeniedException;
import nl.casustafel.service.security.LoginGate;
import nl.casustafel.service.security.UseCase;
import nl.casustafel.store.Database;
import nl.casustafel.store.security.JooqAccountStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores a backup into a new data directory, before anyone is logged in (ADR 0013). Everything happens in a
 * staging folder inside the target: the key slots from the header, the user's password (through the login gate,
 * so guesses are slowed down and recorded), every segment decrypted and verified, the store file unpacked and
 * opened once, the account checked to be an active administrator. Only then are the store file and the key
 * slots moved into place. Any failure removes the staging folder: no half store is left.
 * The caller opens the restored store with the returned key and audits the restore in it.
 */
public final class BackupRestore {
    private static final Logger LOG = LoggerFactory.getLogger(BackupRestore.class);
    private static final String STORE_FILE = Database.FILE_NAME + ".mv.db";

    private BackupRestore() {
    }

    /** The key of the restored store (the caller destroys it) and the backup's moment as an audit id. */
    public record Restored(StoreKey key, String backupId) {
    }

    /**
     * @throws DomainException {@code error.backup.targetExists} (the target holds a store),
     *                         {@code error.backup.notFound}, {@code error.backup.notBackup},
     *                         {@code error.backup.damaged}, {@code error.login.failed} (wrong name or password),
     *                         {@code error.access.denied} (not an active administrator)
     */
    public static Restored restore(Path backup, Path target, String userName, char[] password, LoginGate gate) {
        if (KeySlots.in(target).exists() || Database.exists(target)) {
            throw new DomainException("error.backup.targetExists");
        }
        if (!Files.isRegularFile(backup)) {
            throw new DomainException("error.backup.notFound");
        }
        Path staging = target.resolve(".restore-" + UUID.randomUUID());
        StoreKey key = null;
        boolean done = false;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(backup), 1 << 16)) {
            BackupFormat.Header header = BackupFormat.readHeader(raw);
            createOwnerOnly(target);
            createOwnerOnly(staging);
            Files.write(staging.resolve(KeySlots.FILE_NAME), header.keySlots());
            KeySlots slots = KeySlots.in(staging);
            if (!slots.storeId().equals(header.storeId())) {
                throw new BackupException("error.backup.damaged");
            }
            key = gate.unlock(slots, userName, password);
            unpack(raw, header, key, staging.resolve(STORE_FILE));
            requireAdministrator(staging, key, userName);
            Files.move(staging.resolve(STORE_FILE), target.resolve(STORE_FILE));
            Files.move(staging.resolve(KeySlots.FILE_NAME), target.resolve(KeySlots.FILE_NAME));
            done = true;
            LOG.info("Backup restored into a new data directory");
            return new Restored(key, BackupNames.id(header.createdAt()));
        } catch (IOException e) {
            throw new DomainException("error.backup.io", e);
        } finally {
            if (!done && key != null) {
                key.destroy();
            }
            deleteTree(staging);
        }
    }

    private static void unpack(InputStream raw, BackupFormat.Header header, StoreKey key, Path storeFile)
            throws IOException {
        InputStream plain = BackupFormat.decrypt(raw, header, key);
        try (ZipInputStream zip = new ZipInputStream(plain)) {
            boolean found = false;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (found || !STORE_FILE.equals(entry.getName())) {
                    throw new BackupException("error.backup.damaged");
                }
                Files.copy(zip, storeFile);
                found = true;
            }
            if (!found) {
                throw new BackupException("error.backup.damaged");
            }
            // The zip reader stops before the zip's directory: read the rest so the last segment is verified too.
            plain.transferTo(OutputStream.nullOutputStream());
        } catch (ZipException e) {
            throw new BackupException("error.backup.damaged", e);
        }
    }

    /** Opens the unpacked store once (it must open with the key) and checks the account may restore. */
    private static void requireAdministrator(Path staging, StoreKey key, String userName) {
        if (!Database.isEncrypted(staging)) {
            throw new BackupException("error.backup.damaged");
        }
        try (Database database = Database.openEncrypted(staging, key)) {
            Account account = database.inTransaction(() -> new JooqAccountStore(database.dsl())
                    .findByUserName(nl.casustafel.domain.security.UserNames.normalise(userName))).orElse(null);
            if (account == null || !account.active() || !UseCase.BACKUP_RESTORE.allows(account.role())) {
                throw new AccessDeniedException();
            }
        }
    }

    private static void createOwnerOnly(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Files.createDirectories(directory);
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not remove the restore's staging folder ({})", e.getClass().getSimpleName());
        }
    }
}
