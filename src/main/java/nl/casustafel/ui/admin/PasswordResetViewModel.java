package nl.casustafel.ui.admin;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.security.Account;
import nl.casustafel.service.security.Passwords;
import nl.casustafel.service.security.SecurityService;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import nl.casustafel.ui.security.NewPasswords;

/** The beheerder gives an account a new password (twice), for a user who forgot theirs. */
public final class PasswordResetViewModel extends FormViewModel {
    public static final String PASSWORD = Passwords.FIELD;
    public static final String REPEAT = "passwordRepeat";
    private final SecurityService security;
    private final Account account;
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    PasswordResetViewModel(SecurityService security, UiExecutor executor, I18n i18n, Account account) {
        super(i18n, executor, Clock.systemUTC());
        this.security = security;
        this.account = account;
    }

    @Override
    public String title() {
        return i18n.get("account.reset.title", account.userName());
    }

    public Account account() {
        return account;
    }

    @Override
    public void save() {
        List<FieldError> problems = NewPasswords.problems(password.get(), repeat.get(), PASSWORD, REPEAT);
        if (!problems.isEmpty()) {
            showFieldErrors(problems);
            return;
        }
        char[] secret = password.get().toCharArray();
        submit(problems, () -> {
            try {
                security.resetPassword(account.id(), secret);
                return account.id();
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, id -> {
            password.set("");
            repeat.set("");
        });
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
