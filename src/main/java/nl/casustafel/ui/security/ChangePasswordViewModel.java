package nl.casustafel.ui.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.service.security.Passwords;
import nl.casustafel.service.security.SecurityService;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;

/** "Wachtwoord wijzigen": the current password, the new one twice. Every role may change its own password. */
public final class ChangePasswordViewModel extends FormViewModel {
    public static final String OLD = "oldPassword";
    public static final String PASSWORD = Passwords.FIELD;
    public static final String REPEAT = "passwordRepeat";
    private final SecurityService security;
    private final StringProperty oldPassword = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    public ChangePasswordViewModel(SecurityService security, UiExecutor executor, I18n i18n) {
        super(i18n, executor, Clock.systemUTC());
        this.security = security;
    }

    @Override
    public String title() {
        return i18n.get("changePassword.title");
    }

    @Override
    public void save() {
        List<FieldError> problems = new ArrayList<>();
        if (oldPassword.get() == null || oldPassword.get().isEmpty()) {
            problems.add(FieldError.of(OLD, "validation.required"));
        }
        problems.addAll(NewPasswords.problems(password.get(), repeat.get(), PASSWORD, REPEAT));
        if (!problems.isEmpty()) {
            showFieldErrors(problems);
            return;
        }
        char[] old = oldPassword.get().toCharArray();
        char[] secret = password.get().toCharArray();
        submit(problems, () -> {
            try {
                security.changePassword(old, secret);
                return Boolean.TRUE;
            } finally {
                Arrays.fill(old, '\0');
                Arrays.fill(secret, '\0');
            }
        }, done -> {
            oldPassword.set("");
            password.set("");
            repeat.set("");
        });
    }

    @Override
    protected boolean handleFailure(Throwable failure) {
        // WrongPasswordException (the security layer, which the UI does not see): recognised by its key.
        if (failure instanceof DomainException d && "error.login.failed".equals(d.messageKey())) {
            oldPassword.set("");
            showFieldErrors(List.of(FieldError.of(OLD, "changePassword.wrongOld")));
            return true;
        }
        return false;
    }

    public StringProperty oldPasswordProperty() {
        return oldPassword;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
