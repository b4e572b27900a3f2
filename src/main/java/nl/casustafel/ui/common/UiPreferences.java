package nl.casustafel.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few preferences the window needs before anyone has logged in (the language of the login window), in a plain
 * {@value #FILE_NAME} in the data directory: outside the encrypted store, so never anything personal or secret.
 */
public final class UiPreferences {
    public static final String FILE_NAME = "ui.properties";
    public static final String LANGUAGE = "language";
    private static final Logger LOG = LoggerFactory.getLogger(UiPreferences.class);
    private final Path file;

    public UiPreferences(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    /** The saved language ("nl" or "en"), if any. */
    public Optional<String> language() {
        return Optional.ofNullable(read().getProperty(LANGUAGE)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Saves the language; a failure is logged (the setting in the store still holds the choice). */
    public void saveLanguage(String tag) {
        Properties p = read();
        p.setProperty(LANGUAGE, tag);
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "Casustafel window preferences (not in the encrypted store: nothing personal)");
            }
        } catch (IOException e) {
            LOG.warn("Could not save {} ({})", FILE_NAME, e.getClass().getSimpleName());
        }
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read {} ({})", FILE_NAME, e.getClass().getSimpleName());
            }
        }
        return p;
    }
}
