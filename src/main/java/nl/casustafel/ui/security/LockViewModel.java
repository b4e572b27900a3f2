package nl.casustafel.ui.security;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.casustafel.service.security.SecurityService;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The locked window: the logged-in user's password unlocks it (checked in the background against the user's key
 * slot, with the login slowdown); a wrong password is a message and an empty field.
 */
public final class LockViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LockViewModel.class);
    private final SecurityService security;
    private final UiExecutor executor;
    private final I18n i18n;
    private final Runnable onUnlocked;
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public LockViewModel(SecurityService security, UiExecutor executor, I18n i18n, Runnable onUnlocked) {
        this.security = security;
        this.executor = executor;
        this.i18n = i18n;
        this.onUnlocked = onUnlocked;
    }

    public void unlock() {
        if (busy.get()) {
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
                security.unlock(secret);
                return Boolean.TRUE;
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, ok -> {
            busy.set(false);
            onUnlocked.run();
        }, failure -> {
            busy.set(false);
            Failures.logIfUnexpected(LOG, "Unlocking failed", failure);
            message.set(i18n.error(failure));
        });
    }

    /** Forgets what was typed and said (when the window locks again). */
    public void reset() {
        password.set("");
        message.set("");
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
}
