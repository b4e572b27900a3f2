package nl.casustafel.ui.security;

import java.nio.file.Path;

/** Restores a backup file into this installation's empty data directory and logs in (AppContext.restore). */
@FunctionalInterface
public interface BackupRestorer<T> {
    T restore(Path backup, String userName, char[] password);
}
