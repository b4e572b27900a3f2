package nl.casustafel.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;
import nl.casustafel.ui.shell.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the store (in {@link #init()}, off the FX thread), builds the main window
 * in the saved language ({@code --lang=en} overrides), and closes everything on exit. A store that cannot
 * be opened (in use by another process, damaged...) gives a clear message and a clean exit.
 */
public final class CasustafelApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CasustafelApp.class);
    /**
     * When this system property is set, the application prints one line {@code casustafel: ready <ms>} (the
     * milliseconds since the process started) to standard output once the dossier list has shown its first page:
     * the moment the start-up benchmark measures (README "Benchmarks").
     */
    public static final String READY_PROPERTY = "casustafel.bench.readyMarker";
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    private AppContext context;
    private RuntimeException openFailure;
    private String language = "nl";
    private FxUiExecutor executor;
    private MainWindow mainWindow;

    @Override
    public void init() {
        String[] raw = getParameters().getRaw().toArray(String[]::new);
        String languageOverride = Launcher.option(raw, "--lang");
        Path dataDirectory = DataDirectory.resolve(Launcher.option(raw, "--data-dir"));
        // Interim (replaced by the login window): log in with CASUSTAFEL_USER and CASUSTAFEL_PASSWORD.
        try {
            String user = System.getenv("CASUSTAFEL_USER");
            String password = System.getenv("CASUSTAFEL_PASSWORD");
            if (user == null || password == null) {
                throw new DomainException("error.access.signedOut");
            }
            context = AppContext.login(dataDirectory, Clock.systemUTC(), user, password.toCharArray(),
                    new nl.casustafel.service.security.LoginGate(dataDirectory, Clock.systemUTC()));
            language = context.settings().get(MainWindow.LANGUAGE_SETTING).orElse("nl");
        } catch (DomainException e) {
            // Logged here once; start() shows the message.
            LOG.error("The store could not be opened: {}", e.messageKey());
            openFailure = e;
        } catch (RuntimeException e) {
            LOG.error("The store could not be opened", e);
            openFailure = e;
        }
        if (languageOverride != null && !languageOverride.isBlank()) {
            language = languageOverride.strip();
        }
    }

    @Override
    public void start(Stage stage) {
        Theme.installUserAgentStylesheet();
        I18n i18n = I18n.forLanguage(language);
        if (openFailure != null) {
            Dialogs.error(null, i18n, i18n.error(openFailure));
            Platform.exit();
            return;
        }
        executor = new FxUiExecutor();
        mainWindow = new MainWindow(context.shellServices(), i18n, executor,
                new UiFeatures(context, executor));
        Scene scene = new Scene(mainWindow.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setScene(scene);
        stage.setTitle(i18n.get("app.title"));
        stage.getIcons().setAll(Theme.appIcons());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
        mainWindow.refreshStaleSignals();
        if (System.getProperty(READY_PROPERTY) != null) {
            mainWindow.whenListShown(() -> {
                long started = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
                System.out.println("casustafel: ready " + (System.currentTimeMillis() - started));
                System.out.flush();
            });
        }
    }

    @Override
    public void stop() {
        if (mainWindow != null) {
            mainWindow.dispose();
        }
        if (executor != null) {
            executor.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
