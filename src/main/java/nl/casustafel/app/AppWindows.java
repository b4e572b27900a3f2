package nl.casustafel.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.casustafel.security.Argon2Params;
import nl.casustafel.service.security.LoginGate;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.security.FirstStartView;
import nl.casustafel.ui.security.RestoreDialog;
import nl.casustafel.ui.security.RestoreViewModel;
import nl.casustafel.ui.security.FirstStartViewModel;
import nl.casustafel.ui.security.LoginView;
import nl.casustafel.ui.security.LoginViewModel;
import nl.casustafel.ui.shell.Features;
import nl.casustafel.ui.shell.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one window shows from start to exit: the first-start window (no store yet) or the login window, then after
 * a successful login the main window; signing out closes the store in the background and shows the login again.
 * Nothing of a dossier is built before a login. Key derivation, opening and closing the store run off the FX thread.
 * Used by {@link CasustafelApp} and by the UI tests (with a cheap key derivation).
 */
public final class AppWindows {
    private static final Logger LOG = LoggerFactory.getLogger(AppWindows.class);
    private final Stage stage;
    private final Path dataDirectory;
    private final Clock clock;
    private final FxUiExecutor executor;
    private final Supplier<Argon2Params> kdf;
    private final Function<AppContext, Features> features;
    private I18n i18n;
    private Scene scene;
    private AppContext context;
    private MainWindow mainWindow;
    private LoginGate gate;
    private Runnable onDossiersShown;
    /** The login begun at launch while it has not been taken over by the main window. */
    private EarlyLogin early;
    private nl.casustafel.ui.common.FileDialogs fileDialogs = new nl.casustafel.ui.common.FxFileDialogs();

    /** The file dialogs (tests answer with paths of their own). */
    public void setFileDialogs(nl.casustafel.ui.common.FileDialogs dialogs) {
        this.fileDialogs = dialogs;
    }
    /** The previous session's store while it closes: a new login waits for it (one process, one open file). */
    private volatile CompletableFuture<Void> closing = CompletableFuture.completedFuture(null);

    /**
     * @param kdf      the key-derivation cost for a new store (calibrated on this machine; called off the FX thread)
     * @param features the main window's feature pages for a logged-in context
     */
    public AppWindows(Stage stage, Path dataDirectory, Clock clock, I18n i18n, FxUiExecutor executor,
                      Supplier<Argon2Params> kdf, Function<AppContext, Features> features) {
        this.stage = stage;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.i18n = i18n;
        this.executor = executor;
        this.kdf = kdf;
        this.features = features;
    }

    /** Shows the first-start window when the data directory has no store, else the login window. */
    public void start() {
        start(null, null);
    }

    /**
     * As {@link #start()}; the login form starts with {@code userName} (--user) and, when a password is given
     * (CASUSTAFEL_PASSWORD, as for the command line), logs in with it at once: scripted demonstrations and the
     * start-up benchmark. The password array is wiped after use.
     */
    public void start(String userName, char[] password) {
        if (AppContext.isInitialised(dataDirectory)) {
            showLogin(userName, password);
        } else {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
            showFirstStart();
        }
    }

    /** Runs once, when the dossier list shows its first page after the next login (the benchmark's marker). */
    public void setOnDossiersShown(Runnable action) {
        this.onDossiersShown = action;
    }

    public Scene scene() {
        return scene;
    }

    /** The main window while someone is logged in, else null. */
    public MainWindow mainWindow() {
        return mainWindow;
    }

    /** The open store while someone is logged in, else null. */
    public AppContext context() {
        return context;
    }

    private void show(Parent root) {
        if (scene == null) {
            scene = new Scene(root, CasustafelApp.DEFAULT_WIDTH, CasustafelApp.DEFAULT_HEIGHT);
            stage.setScene(scene);
        } else {
            scene.setRoot(root);
        }
    }

    private void showFirstStart() {
        FirstStartViewModel<AppContext> vm = new FirstStartViewModel<>((administrator, password) -> {
            Argon2Params cost = kdf.get();
            LOG.info("Key derivation for the new store: {}", cost);
            return AppContext.initialise(dataDirectory, clock, administrator, password, cost);
        }, executor, i18n, this::loggedIn);
        FirstStartView view = new FirstStartView(vm, dataDirectory.toString(), this::showRestore);
        show(view.root());
        Platform.runLater(view::focus);
    }

    /** "Back-up terugzetten" from the first-start window: into this (empty) data directory, then logged in. */
    private void showRestore() {
        RestoreViewModel<AppContext> vm = new RestoreViewModel<>((backup, user, password) -> AppContext.restore(
                backup, dataDirectory, clock, user, password, gate()), executor, i18n, this::loggedIn);
        RestoreDialog.show(vm, fileDialogs, stage);
    }

    private void showLogin() {
        showLogin(null, null);
    }

    private void showLogin(String userName, char[] scripted) {
        LoginViewModel<AppContext> vm = showLoginForm(userName);
        if (scripted == null) {
            return;
        }
        if (!vm.userNameProperty().get().isEmpty()) {
            vm.passwordProperty().set(new String(scripted));
            vm.login();
        }
        java.util.Arrays.fill(scripted, '\0');
    }

    /**
     * As {@link #start(String, char[])} for a login begun before the window (the password given beforehand, see
     * {@link EarlyLogin}): the login form shows busy until it ends, then the main window or the failure.
     */
    public void start(EarlyLogin early) {
        synchronized (this) {
            gate = early.gate();
        }
        this.early = early;
        showLoginForm(early.userName()).await(early.context());
    }

    private LoginViewModel<AppContext> showLoginForm(String userName) {
        LoginViewModel<AppContext> vm = new LoginViewModel<>((user, password) -> {
            closing.join();
            return AppContext.login(dataDirectory, clock, user, password, gate());
        }, executor, i18n, this::loggedIn);
        LoginView view = new LoginView(vm, dataDirectory.toString());
        show(view.root());
        Platform.runLater(view::focus);
        if (userName != null && !userName.isBlank()) {
            vm.userNameProperty().set(userName.strip());
        }
        return vm;
    }

    /** The login gate (reads the failed logins kept in the data directory): made once, on a worker thread. */
    private synchronized LoginGate gate() {
        if (gate == null) {
            gate = new LoginGate(dataDirectory, clock);
        }
        return gate;
    }

    private void loggedIn(AppContext opened) {
        early = null;
        this.context = opened;
        mainWindow = new MainWindow(opened.shellServices(), i18n, executor, features.apply(opened));
        mainWindow.setOnSignOut(this::signedOut);
        show(mainWindow.root());
        Runnable marker = onDossiersShown;
        onDossiersShown = null;
        MainWindow shown = mainWindow;
        // Stale signals are recomputed once the first page of dossiers is on screen: started with it, the
        // recomputation competed with the first search for the two cores of a workstation.
        mainWindow.whenListShown(() -> {
            if (marker != null) {
                marker.run();
            }
            if (mainWindow == shown) {
                shown.refreshStaleSignals();
            }
        });
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

    /** At exit: stops the main window's work and closes the store (after the executor has finished). */
    public void dispose() {
        if (mainWindow != null) {
            mainWindow.dispose();
        }
    }

    public void closeStore() {
        closing.join();
        if (early != null) {
            early.discard(); // the window closed before the login begun at launch ended: its store closes too
            early = null;
        }
        if (context != null) {
            // The backup at exit (the daily one when today has none yet), then the store closes.
            context.backupOnExit();
            context.close();
            context = null;
        }
    }
}
