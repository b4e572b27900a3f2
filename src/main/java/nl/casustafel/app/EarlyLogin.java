package nl.casustafel.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import nl.casustafel.service.security.LoginGate;

/**
 * A login that starts before the window does: when the window is started with {@code --user} and the password in
 * CASUSTAFEL_PASSWORD (scripted starts, demonstrations, the start-up benchmark), key derivation and opening the
 * store need nothing from JavaFX, so they run on their own thread while the JavaFX toolkit starts and the first
 * window is built (ADR 0015). The window then waits for this login instead of starting its own; a failure (wrong
 * name or password, throttled, inactive) shows in the login form like any other.
 * <p>
 * JavaFX constructs the {@link javafx.application.Application} itself, so the login begun in
 * {@link Launcher#main} is handed over through {@link #take}, once. The password is wiped once it was used.
 */
public final class EarlyLogin {
    private static final AtomicReference<EarlyLogin> PENDING = new AtomicReference<>();
    private final Path dataDirectory;
    private final String userName;
    private final LoginGate gate;
    private final CompletableFuture<AppContext> context = new CompletableFuture<>();

    private EarlyLogin(Path dataDirectory, String userName, LoginGate gate) {
        this.dataDirectory = dataDirectory;
        this.userName = userName;
        this.gate = gate;
    }

    /**
     * Starts the login on a thread of its own when the data directory holds a store; otherwise (first start) the
     * password is wiped and nothing starts. Called once, from {@link Launcher#main}.
     */
    public static void begin(Path dataDirectory, String userName, char[] password, Clock clock) {
        if (!AppContext.isInitialised(dataDirectory)) {
            Arrays.fill(password, '\0');
            return;
        }
        EarlyLogin login = new EarlyLogin(dataDirectory, userName.strip(), new LoginGate(dataDirectory, clock));
        Thread thread = new Thread(() -> {
            try {
                login.context.complete(AppContext.login(dataDirectory, clock, login.userName, password, login.gate));
            } catch (RuntimeException | Error e) {
                login.context.completeExceptionally(e);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, "casustafel-early-login");
        thread.setDaemon(true);
        PENDING.set(login);
        thread.start();
    }

    /** The login begun for this data directory, handed over once; null when none was begun. */
    public static EarlyLogin take(Path dataDirectory) {
        EarlyLogin login = PENDING.getAndSet(null);
        if (login != null && !login.dataDirectory.equals(dataDirectory)) {
            login.discard();
            return null;
        }
        return login;
    }

    /** True while a begun login waits to be taken (the window's warm-up is then not needed). */
    static boolean pending() {
        return PENDING.get() != null;
    }

    String userName() {
        return userName;
    }

    LoginGate gate() {
        return gate;
    }

    CompletableFuture<AppContext> context() {
        return context;
    }

    /** Closes the store when the login succeeded but is not used. */
    void discard() {
        context.thenAccept(AppContext::close);
    }
}
