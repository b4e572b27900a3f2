package nl.casustafel.ui.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.Role;
import nl.casustafel.service.security.Passwords;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;

/**
 * The first start: the administrator's user name, display name and password (twice). Creating the store (key
 * derivation calibrated on this machine, then the encrypted store) runs in the background and takes seconds.
 */
public final class FirstStartViewModel<T> extends FormViewModel {
    public static final String PASSWORD = Passwords.FIELD;
    public static final String REPEAT = "passwordRepeat";
    private final StoreCreator<T> creator;
    private final Consumer<T> onCreated;
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    public FirstStartViewModel(StoreCreator<T> creator, UiExecutor executor, I18n i18n, Consumer<T> onCreated) {
        super(i18n, executor, Clock.systemUTC());
        this.creator = creator;
        this.onCreated = onCreated;
    }

    @Override
    public String title() {
        return i18n.get("firstStart.title");
    }

    @Override
    public void save() {
        AccountDraft draft = new AccountDraft(userName.get(), displayName.get(), Role.ADMINISTRATOR, null, true);
        List<FieldError> problems = new ArrayList<>(draft.validate());
        problems.addAll(NewPasswords.problems(password.get(), repeat.get(), PASSWORD, REPEAT));
        if (!problems.isEmpty()) {
            showFieldErrors(problems);
            return;
        }
        char[] secret = password.get().toCharArray();
        submit(List.of(), () -> {
            try {
                return creator.create(draft, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, result -> {
            password.set("");
            repeat.set("");
            onCreated.accept(result);
        });
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public I18n i18n() {
        return i18n;
    }
}
