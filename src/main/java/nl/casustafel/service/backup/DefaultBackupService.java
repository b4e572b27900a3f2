package nl.casustafel.service.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.files.AtomicWrite;
import nl.casustafel.security.BackupFormat;
import nl.casustafel.security.KeySlots;
import nl.casustafel.security.StoreKey;
import nl.casustafel.service.security.Access;
import nl.casustafel.service.security.UseCase;
import nl.casustafel.store.Database;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of an encrypted store on disk: H2's {@code BACKUP TO} copies the (still encrypted) store file into a
 * zip in the backups folder, {@link BackupFormat} encrypts that zip with the key slots in its header, the zip is
 * deleted. Stores without key slots (in memory, benchmarks) have no backups ({@code error.backup.noStore}).
 * Logs say what happened and how large, never a path the user chose (it may hold a name).
 */
public final class DefaultBackupService implements BackupService {
    /** The folder in the data directory that holds the rotated backups. */
    public static final String DIRECTORY = "backups";
    private static final Logger LOG = LoggerFactory.getLogger(DefaultBackupService.class);

    private final Access access;
    private final Database database;
    private final Path dataDirectory;
    private final KeySlots keySlots;
    private final StoreKey storeKey;
    private final Clock clock;

    public DefaultBackupService(Access access, Database database, Path dataDirectory, KeySlots keySlots,
                                StoreKey storeKey, Clock clock) {
        this.access = access;
        this.database = database;
        this.dataDirectory = dataDirectory;
        this.keySlots = keySlots;
        this.storeKey = storeKey;
        this.clock = clock;
    }

    @Override
    public Path backupNow() {
        return backupNow(BackupKind.MANUAL);
    }

    @Override
    public Path backupNow(BackupKind kind) {
        access.require(UseCase.BACKUP_CREATE);
        requireOnDisk();
        Instant now = clock.instant();
        return access.perform(UseCase.BACKUP_CREATE, BackupNames.id(now), kind.code(), () -> {
            Path directory = backupsDirectory();
            Path target = BackupNames.free(directory, now, kind);
            long size = write(target, now);
            int removed = rotate(directory, kind);
            LOG.info("Backup made ({}, {} bytes); rotation removed {}", kind.code(), size, removed);
            return target;
        });
    }

    @Override
    public void backup(Path target) {
        access.require(UseCase.BACKUP_CREATE);
        requireOnDisk();
        Instant now = clock.instant();
        access.run(UseCase.BACKUP_CREATE, BackupNames.id(now), "file", () -> {
            if (Files.exists(target)) {
                throw new DomainException("error.backup.fileExists");
            }
            Path parent = target.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new DomainException("error.backup.noFolder");
            }
            long size = write(target, now);
            LOG.info("Backup made to a chosen file ({} bytes)", size);
        });
    }

    @Override
    public List<BackupInfo> list() {
        access.require(UseCase.BACKUP_LIST);
        requireOnDisk();
        return access.perform(UseCase.BACKUP_LIST, null, () -> {
            List<BackupInfo> out = new ArrayList<>();
            for (BackupNames.Parsed p : scan(backupsDirectory())) {
                out.add(new BackupInfo(p.file(), p.createdAt(), p.kind(), size(p.file())));
            }
            return out;
        });
    }

    @Override
    public boolean dailyDue() {
        // Reads file names only, discloses nothing: checked, not audited (it runs at every close).
        access.require(UseCase.BACKUP_CREATE);
        requireOnDisk();
        LocalDate today = DomainTime.today(clock);
        Path directory = dataDirectory.resolve(DIRECTORY);
        if (!Files.isDirectory(directory)) {
            return true;
        }
        return scan(directory).stream()
                .noneMatch(p -> p.kind() == BackupKind.DAILY && p.createdAt().toLocalDate().equals(today));
    }

    private void requireOnDisk() {
        if (dataDirectory == null || keySlots == null || storeKey == null) {
            throw new DomainException("error.backup.noStore");
        }
    }

    /** Writes one backup file; the temporary zip lives in the backups folder and is always deleted. */
    private long write(Path target, Instant now) {
        Path zip = backupsDirectory().resolve(".store-" + UUID.randomUUID() + ".zip");
        try {
            // H2 copies the store file as it is on disk, i.e. encrypted (checked by BackupServiceTest).
            database.dsl().execute("BACKUP TO {0}", DSL.inline(zip.toAbsolutePath().toString()));
            byte[] slots = keySlots.snapshot();
            String storeId = keySlots.storeId();
            AtomicWrite.write(target, out -> {
                try (InputStream in = Files.newInputStream(zip)) {
                    BackupFormat.write(out, now, storeId, slots, storeKey, in);
                }
            });
            return Files.size(target);
        } catch (IOException e) {
            throw new DomainException("error.backup.io", e);
        } finally {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                LOG.warn("Could not remove a temporary backup file ({})", e.getClass().getSimpleName());
            }
        }
    }

    private Path backupsDirectory() {
        Path directory = dataDirectory.resolve(DIRECTORY);
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
                }
            }
            return directory;
        } catch (IOException e) {
            throw new DomainException("error.backup.io", e);
        }
    }

    /** Keeps the newest {@link BackupKind#keep()} backups of the kind; returns how many were removed. */
    static int rotate(Path directory, BackupKind kind) {
        List<BackupNames.Parsed> ofKind = scan(directory).stream().filter(p -> p.kind() == kind).toList();
        int removed = 0;
        for (int i = kind.keep(); i < ofKind.size(); i++) {
            try {
                Files.deleteIfExists(ofKind.get(i).file());
                removed++;
            } catch (IOException e) {
                LOG.warn("Could not remove an old backup ({})", e.getClass().getSimpleName());
            }
        }
        return removed;
    }

    /** The backups in the folder, newest first (other files are ignored). */
    static List<BackupNames.Parsed> scan(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(BackupNames::parse).flatMap(java.util.Optional::stream)
                    .sorted(BackupNames.NEWEST_FIRST).toList();
        } catch (IOException e) {
            throw new DomainException("error.backup.io", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
