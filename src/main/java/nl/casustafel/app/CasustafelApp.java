package nl.casustafel.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.casustafel.security.PasswordKdf;
import nl.casustafel.service.security.LoginGate;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;
import nl.casustafel.ui.common.UiPreferences;
import nl.casustafel.ui.security.FirstStartView;
import nl.casustafel.ui.security.FirstStartViewModel;
import nl.casustafel.ui.security.LoginView;
import nl.casustafel.ui.security.LoginViewModel;
import nl.casustafel.ui.shell.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. Nothing of a dossier exists before a login: without a store in the data directory the
 * window asks for the first administrator and makes a new encrypted store (first start); otherwise it shows the
 * login. Only a successful login builds the composition root ({@link AppContext}) and the main window. Signing out
 * closes the store and shows the login again. Key derivation, opening and closing the store run off the FX thread.
 * <p>
 * The language of these windows is {@code --lang} or the one saved in {@value UiPreferences#FILE_NAME} in the data
 * directory by the language switch (no store is open yet to read the setting from).
 */
public final class CasustafelApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CasustafelApp.class);
    /**
     * When this system property is set, the application prints one line {@code casustafel: ready <ms>} (the
     * milliseconds since the process started) to standard output once the first usable window has been laid out:
     * the login window (or, in an empty data directory, the first-start window), since nothing of a dossier is
     * loaded before a login. This is the moment the start-up benchmark measures (README "Benchmarks").
     */
    public static final String READY_PROPERTY = "casustafel.bench.readyMarker";
    /** The cost of the key derivation at the first start: about half a second on this machine. */
    static final Duration KDF_TARGET = Duration.ofMillis(500);
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    private Path dataDirectory;
    private String language = "nl";
    private FxUiExecutor executor;
    private Stage stage;
    private Scene scene;
    private I18n i18n;
    private AppContext context;
    private MainWindow mainWindow;
    private LoginGate gate;
    /** The previous session's store while it closes: a new login waits for it (one process, one open file). */
    private CompletableFuture<Void> closing = CompletableFuture.completedFuture(null);

    @Override
    public void init() {
        String[] raw = getParameters().getRaw().toArray(String[]::new);
        dataDirectory = DataDirectory.resolve(Launcher.option(raw, "--data-dir"));
        String languageOverride = Launcher.option(raw, "--lang");
        language = new UiPreferences(dataDirectory).language().orElse("nl");
        if (languageOverride != null && !languageOverride.isBlank()) {
            language = languageOverride.strip();
        }
    }

    @Override
    public void start(Stage primaryStage) {
        Theme.installUserAgentStylesheet();
        this.stage = primaryStage;
        this.i18n = I18n.forLanguage(language);
        this.executor = new FxUiExecutor();
        stage.setTitle(i18n.get("app.title"));
        stage.getIcons().setAll(Theme.appIcons());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        if (AppContext.isInitialised(dataDirectory)) {
            showLogin();
        } else {
            showFirstStart();
        }
        stage.show();
        if (System.getProperty(READY_PROPERTY) != null) {
            afterLayout(() -> {
                long started = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
                System.out.println("casustafel: ready " + (System.currentTimeMillis() - started));
                System.out.flush();
            });
        }
    }

    private void show(Parent root) {
        if (scene == null) {
            scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
            stage.setScene(scene);
        } else {
            scene.setRoot(root);
        }
    }

    /** Runs {@code action} once after the next layout pulse (the window is on screen and laid out). */
    private void afterLayout(Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private void showFirstStart() {
        FirstStartViewModel<AppContext> vm = new FirstStartViewModel<>((administrator, password) -> {
            var kdf = PasswordKdf.calibrate(KDF_TARGET);
            LOG.info("Key derivation calibrated: {}", kdf);
            return AppContext.initialise(dataDirectory, Clock.systemUTC(), administrator, password, kdf);
        }, executor, i18n, this::loggedIn);
        FirstStartView view = new FirstStartView(vm, dataDirectory.toString());
        show(view.root());
        Platform.runLater(view::focus);
    }

    private void showLogin() {
        LoginViewModel<AppContext> vm = new LoginViewModel<>((user, password) -> {
            closing.join();
            return AppContext.login(dataDirectory, Clock.systemUTC(), user, password, gate());
        }, executor, i18n, this::loggedIn);
        LoginView view = new LoginView(vm, dataDirectory.toString());
        show(view.root());
        Platform.runLater(view::focus);
    }

    /** The login gate (reads the failed logins kept in the data directory): made once, on a worker thread. */
    private synchronized LoginGate gate() {
        if (gate == null) {
            gate = new LoginGate(dataDirectory, Clock.systemUTC());
        }
        return gate;
    }

    private void loggedIn(AppContext opened) {
        this.context = opened;
        mainWindow = new MainWindow(opened.shellServices(), i18n, executor, new UiFeatures(opened, executor));
        mainWindow.setOnSignOut(this::signedOut);
        show(mainWindow.root());
        mainWindow.refreshStaleSignals();
    }

    /** After "Afmelden / andere gebruiker": the store closes in the background, the login shows at once. */
    private void signedOut() {
        AppContext old = context;
        context = null;
        if (mainWindow != null) {
            i18n = mainWindow.i18n();
        }
        mainWindow = null;
        if (old != null) {
            closing = CompletableFuture.runAsync(() -> {
                try {
                    old.close();
                } catch (RuntimeException e) {
                    LOG.error("Closing the store after signing out failed", e);
                }
            });
        }
        showLogin();
    }

    @Override
    public void stop() {
        if (mainWindow != null) {
            mainWindow.dispose();
        }
        if (executor != null) {
            executor.close();
        }
        closing.join();
        if (context != null) {
            context.close();
        }
    }
}
