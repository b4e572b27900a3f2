package nl.casustafel.service.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** A backup in the backups folder: the file, when it was made (local time, from its name), why, and its size. */
public record BackupInfo(Path file, LocalDateTime createdAt, BackupKind kind, long sizeBytes) {
}
