package nl.casustafel.ui.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.domain.security.Account;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.Role;
import nl.casustafel.service.security.Passwords;
import nl.casustafel.service.security.SecurityService;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import nl.casustafel.ui.security.NewPasswords;

/**
 * A new account (user name, name, role, partner for a partner-lezer, first password twice) or changes to one
 * (name, role, partner, active; the user name is fixed because the key slot is bound to it).
 */
public final class AccountEditorViewModel extends FormViewModel {
    public static final String PASSWORD = Passwords.FIELD;
    public static final String REPEAT = "passwordRepeat";
    private final SecurityService security;
    private final ObservableList<Partner> partners;
    private final Account account;
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.SPECIALIST);
    private final ObjectProperty<Partner> partner = new SimpleObjectProperty<>();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    AccountEditorViewModel(SecurityService security, UiExecutor executor, I18n i18n, ObservableList<Partner> partners,
                           Account account) {
        super(i18n, executor, Clock.systemUTC());
        this.security = security;
        this.partners = partners;
        this.account = account;
        if (account != null) {
            userName.set(account.userName());
            displayName.set(account.displayName());
            role.set(account.role());
            partner.set(partners.stream().filter(p -> p.code().equals(account.partnerCode())).findFirst()
                    .orElse(null));
            active.set(account.active());
        }
        // Only a partner-lezer belongs to a partner.
        role.addListener((obs, was, now) -> {
            if (now != Role.PARTNER_READER) {
                partner.set(null);
            }
        });
    }

    public boolean isNew() {
        return account == null;
    }

    /** True when saving would deactivate an active account (the dialog asks first). */
    public boolean deactivates() {
        return account != null && account.active() && !active.get();
    }

    @Override
    public String title() {
        return isNew() ? i18n.get("account.title.new") : i18n.get("account.title.edit", account.userName());
    }

    public AccountDraft draft() {
        return new AccountDraft(userName.get() == null ? null : userName.get().strip(), displayName.get(), role.get(),
                partner.get() == null ? null : partner.get().code(), active.get());
    }

    @Override
    public void save() {
        AccountDraft draft = draft();
        List<FieldError> problems = new ArrayList<>(draft.validate());
        if (isNew()) {
            problems.addAll(NewPasswords.problems(password.get(), repeat.get(), PASSWORD, REPEAT));
        }
        if (!problems.isEmpty()) {
            showFieldErrors(problems);
            return;
        }
        if (isNew()) {
            char[] secret = password.get().toCharArray();
            submit(problems, () -> {
                try {
                    return security.createAccount(draft, secret);
                } finally {
                    Arrays.fill(secret, '\0');
                }
            }, id -> {
                password.set("");
                repeat.set("");
            });
        } else {
            submit(problems, () -> {
                security.updateAccount(account.id(), account.version(), draft);
                return account.id();
            }, id -> { });
        }
    }

    @Override
    protected String conflictMessageKey() {
        return "account.conflict";
    }

    public ObservableList<Partner> partners() {
        return partners;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<Partner> partnerProperty() {
        return partner;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
