package nl.casustafel.service.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * Encrypted backups of the store (ADR 0013). A backup holds the encrypted store file and the key slots of that
 * moment, encrypted and authenticated once more under a key derived from the store key, so any account of that
 * moment opens it with its own password. Restoring creates a new data directory: see
 * {@code AppContext.restore}, which works before anyone is logged in.
 */
public interface BackupService {
    /** Makes a backup in the backups folder of the data directory ("back up now"), then rotates; returns the file. */
    Path backupNow();

    /** Makes a backup of the given kind in the backups folder, then rotates that kind. */
    Path backupNow(BackupKind kind);

    /**
     * Makes a backup into {@code target} (a USB stick, a network share), written atomically; an existing file is
     * refused ({@code error.backup.fileExists}). Not rotated.
     */
    void backup(Path target);

    /** The backups in the backups folder, newest first. */
    List<BackupInfo> list();

    /** True when today (Europe/Amsterdam) has no daily backup yet. */
    boolean dailyDue();
}
