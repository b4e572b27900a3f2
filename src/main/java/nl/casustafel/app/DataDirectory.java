package nl.casustafel.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Casustafel keeps its store and logs: {@code --data-dir}, else {@code CASUSTAFEL_HOME}, else the
 * per-OS default (Linux ~/.local/share/casustafel, Windows %LOCALAPPDATA%\Casustafel,
 * macOS ~/Library/Application Support/Casustafel).
 */
public final class DataDirectory {
    public static final String ENV = "CASUSTAFEL_HOME";

    private DataDirectory() {
    }

    public static Path resolve(String override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(String override, Map<String, String> env, String osName, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : Path.of(userHome, "AppData", "Local")).resolve("Casustafel");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Casustafel");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share")).resolve("casustafel");
    }

    public static Path logs(Path dataDirectory) {
        return dataDirectory.resolve("logs");
    }
}
