package nl.casustafel.ui.security;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login window: user name and password; the login (key derivation, opening the store) runs in the background.
 * A failure (wrong name or password, too many attempts, inactive account) becomes a message; the password is
 * cleared, the user name kept.
 */
public final class LoginViewModel<T> {
    private static final Logger LOG = LoggerFactory.getLogger(LoginViewModel.class);
    private final Authenticator<T> authenticator;
    private final UiExecutor executor;
    private final I18n i18n;
    private final Consumer<T> onLoggedIn;
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public LoginViewModel(Authenticator<T> authenticator, UiExecutor executor, I18n i18n, Consumer<T> onLoggedIn) {
        this.authenticator = authenticator;
        this.executor = executor;
        this.i18n = i18n;
        this.onLoggedIn = onLoggedIn;
    }

    /** Logs in with what was typed; does nothing while a login runs. */
    public void login() {
        if (busy.get()) {
            return;
        }
        String user = userName.get() == null ? "" : userName.get().strip();
        if (user.isEmpty()) {
            message.set(i18n.get("login.error.userName"));
            return;
        }
        if (password.get() == null || password.get().isEmpty()) {
            message.set(i18n.get("login.error.password"));
            return;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        message.set("");
        busy.set(true);
        executor.submit(() -> {
            try {
                return authenticator.login(user, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, this::succeeded, this::failed);
    }

    /**
     * Shows the outcome of a login begun before this window existed (a scripted start with the password given
     * beforehand): busy until it ends, then logged in, or the failure's message as after {@link #login()}.
     */
    public void await(CompletableFuture<? extends T> pending) {
        if (busy.get()) {
            return;
        }
        message.set("");
        busy.set(true);
        executor.submit(() -> {
            try {
                return pending.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }, this::succeeded, this::failed);
    }

    private void succeeded(T result) {
        busy.set(false);
        onLoggedIn.accept(result);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        Failures.logIfUnexpected(LOG, "Login failed", failure);
        password.set("");
        message.set(i18n.error(failure));
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }
}
