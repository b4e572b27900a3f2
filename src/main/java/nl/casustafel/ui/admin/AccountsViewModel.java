package nl.casustafel.ui.admin;

import java.util.List;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.domain.security.Account;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.service.security.SecurityService;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Beheer, Accounts: every account (inactive ones too) with role, partner and state; editors for them. */
public final class AccountsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AccountsViewModel.class);
    private final SecurityService security;
    private final PartnerService partners;
    private final UiExecutor executor;
    private final I18n i18n;
    private final ReadOnlyListWrapper<Account> accounts = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Partner> partnerList =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AccountsViewModel(SecurityService security, PartnerService partners, UiExecutor executor, I18n i18n) {
        this.security = security;
        this.partners = partners;
        this.executor = executor;
        this.i18n = i18n;
    }

    private record Loaded(List<Account> accounts, List<Partner> partners) {
    }

    public void reload() {
        executor.submit(() -> new Loaded(security.accounts(true), partners.list(true)), loaded -> {
            partnerList.setAll(loaded.partners());
            accounts.setAll(loaded.accounts());
        }, failure -> {
            Failures.logIfUnexpected(LOG, "Loading the accounts failed", failure);
            message.set(i18n.error(failure));
        });
    }

    /** An editor for a new account ({@code account} null) or for an existing one. */
    public AccountEditorViewModel editor(Account account) {
        return new AccountEditorViewModel(security, executor, i18n, partnerList.filtered(Partner::active), account);
    }

    public PasswordResetViewModel passwordReset(Account account) {
        return new PasswordResetViewModel(security, executor, i18n, account);
    }

    /** After a dialog: says what happened and reloads. */
    public void afterEdit(String outcome) {
        message.set(outcome == null ? "" : outcome);
        reload();
    }

    /** The partner's name for a partner code (accounts of partner-lezers); empty when none. */
    public String partnerName(String code) {
        if (code == null) {
            return "";
        }
        return partnerList.stream().filter(p -> p.code().equals(code)).map(Partner::name).findFirst().orElse(code);
    }

    public ReadOnlyListProperty<Account> accounts() {
        return accounts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }
}
