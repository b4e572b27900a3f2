package nl.casustafel.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.casustafel.security.PasswordKdf;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;
import nl.casustafel.ui.common.UiPreferences;

/**
 * The JavaFX application. Nothing of a dossier exists before a login: without a store in the data directory the
 * window asks for the first administrator and makes a new encrypted store (first start); otherwise it shows the
 * login ({@link AppWindows}). Only a successful login builds the composition root ({@link AppContext}) and the main
 * window. Signing out closes the store and shows the login again. Key derivation, opening and closing the store run
 * off the FX thread.
 * <p>
 * The language of these windows is {@code --lang} or the one saved in {@value UiPreferences#FILE_NAME} in the data
 * directory by the language switch (no store is open yet to read the setting from).
 */
public final class CasustafelApp extends Application {
    /**
     * When this system property is set, the application prints one line {@code casustafel: ready <ms>} (the
     * milliseconds since the process started) to standard output once the first usable window has been laid out:
     * the login window (or, in an empty data directory, the first-start window), since nothing of a dossier is
     * loaded before a login. This is the moment the start-up benchmark measures (README "Benchmarks").
     */
    public static final String READY_PROPERTY = "casustafel.bench.readyMarker";
    /** The cost of the key derivation at the first start, calibrated on this machine. */
    static final Duration KDF_TARGET = PasswordKdf.DESKTOP_TARGET;
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    /**
     * With {@link #READY_PROPERTY}, also printed once the dossier list shows its first page after a login
     * ({@code casustafel: dossiers <ms>}): with {@code --user} and CASUSTAFEL_PASSWORD the window logs in by itself,
     * so the benchmark measures start-up up to a usable dossier list, key derivation included.
     */
    public static final String DOSSIERS_MARKER = "casustafel: dossiers";
    /**
     * The value of {@link #READY_PROPERTY} that also ends the application once the dossier list shows: the start
     * the build records the loaded classes of, for the class-data archive (ADR 0016).
     */
    public static final String EXIT_WHEN_SHOWN = "exit";
    private Path dataDirectory;
    private String user;
    private String language = "nl";
    private FxUiExecutor executor;
    private AppWindows windows;

    @Override
    public void init() {
        if (!EarlyLogin.pending()) {
            WarmUp.start(); // a login begun at launch warms up by itself; the warm-up would only compete with it
        }
        String[] raw = getParameters().getRaw().toArray(String[]::new);
        dataDirectory = DataDirectory.resolve(Launcher.option(raw, "--data-dir"));
        String languageOverride = Launcher.option(raw, "--lang");
        user = Launcher.option(raw, "--user");
        language = new UiPreferences(dataDirectory).language().orElse("nl");
        if (languageOverride != null && !languageOverride.isBlank()) {
            language = languageOverride.strip();
        }
    }

    @Override
    public void start(Stage stage) {
        Theme.installUserAgentStylesheet();
        I18n i18n = I18n.forLanguage(language);
        executor = new FxUiExecutor();
        stage.setTitle(i18n.get("app.title"));
        stage.getIcons().setAll(Theme.appIcons());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        windows = new AppWindows(stage, dataDirectory, Clock.systemUTC(), i18n, executor,
                () -> PasswordKdf.calibrate(KDF_TARGET), context -> new UiFeatures(context, executor));
        String marker = System.getProperty(READY_PROPERTY);
        boolean marks = marker != null;
        if (marks) {
            boolean exits = EXIT_WHEN_SHOWN.equals(marker);
            windows.setOnDossiersShown(() -> {
                mark(DOSSIERS_MARKER);
                if (exits) {
                    Platform.exit();
                }
            });
        }
        EarlyLogin early = EarlyLogin.take(dataDirectory);
        if (early != null) {
            windows.start(early);
        } else {
            String password = System.getenv(nl.casustafel.app.cli.CasustafelCommand.PASSWORD_VARIABLE);
            windows.start(user, password == null ? null : password.toCharArray());
        }
        stage.show();
        if (marks) {
            afterLayout(windows.scene(), () -> mark("casustafel: ready"));
        }
    }

    private static void mark(String marker) {
        long started = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        System.out.println(marker + " " + (System.currentTimeMillis() - started));
        System.out.flush();
    }

    /** Runs {@code action} once after the next layout pulse (the window is on screen and laid out). */
    private static void afterLayout(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    @Override
    public void stop() {
        if (windows != null) {
            windows.dispose();
        }
        if (executor != null) {
            executor.close();
        }
        if (windows != null) {
            windows.closeStore();
        }
    }
}
