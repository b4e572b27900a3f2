package nl.casustafel.ui.admin;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.domain.security.ChainVerification;
import nl.casustafel.service.security.SecurityService;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Beheer, Audit: the latest entries of the audit trail (optionally of one user) and the check of its chain. */
public final class AuditViewModel {
    public static final int ROWS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(AuditViewModel.class);
    private final SecurityService security;
    private final UiExecutor executor;
    private final I18n i18n;
    private final StringProperty userFilter = new SimpleStringProperty("");
    private final ReadOnlyListWrapper<AuditEntry> entries = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> intact = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public AuditViewModel(SecurityService security, UiExecutor executor, I18n i18n) {
        this.security = security;
        this.executor = executor;
        this.i18n = i18n;
    }

    /** Loads the latest entries, of the user in the filter when one is typed. */
    public void reload() {
        String user = userFilter.get() == null ? "" : userFilter.get().strip();
        busy.set(true);
        executor.submit(() -> security.auditEntries(user.isEmpty() ? null : user, ROWS), list -> {
            busy.set(false);
            message.set("");
            entries.setAll(list);
        }, failure -> {
            busy.set(false);
            Failures.logIfUnexpected(LOG, "Loading the audit trail failed", failure);
            message.set(i18n.error(failure));
        });
    }

    /** "Keten controleren": intact with its count and head hash, or the first broken entry and why. */
    public void verify() {
        busy.set(true);
        executor.submit(security::verifyAudit, result -> {
            busy.set(false);
            intact.set(result.intact());
            verification.set(describe(result));
            reload();
        }, failure -> {
            busy.set(false);
            Failures.logIfUnexpected(LOG, "Verifying the audit trail failed", failure);
            intact.set(null);
            verification.set(i18n.error(failure));
        });
    }

    String describe(ChainVerification result) {
        if (result instanceof ChainVerification.Intact ok) {
            return i18n.get("audit.verify.intact", String.valueOf(ok.count()), ok.headHash());
        }
        ChainVerification.Broken broken = (ChainVerification.Broken) result;
        return i18n.get("audit.verify.broken", String.valueOf(broken.sequence()),
                i18n.get("audit.break." + broken.reason().name()), String.valueOf(broken.verifiedCount()));
    }

    /** A stored code shown by its label when it is a known one (a tampered row shows what is stored). */
    public String roleText(AuditEntry e) {
        return e.knownRole() != null ? i18n.label(e.knownRole()) : e.role() == null ? "" : e.role();
    }

    public String actionText(AuditEntry e) {
        return e.knownAction() != null ? i18n.label(e.knownAction()) : e.action();
    }

    public String resultText(AuditEntry e) {
        return e.knownResult() != null ? i18n.label(e.knownResult()) : e.result();
    }

    public StringProperty userFilterProperty() {
        return userFilter;
    }

    public ReadOnlyListProperty<AuditEntry> entries() {
        return entries.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The outcome of the last check, as a sentence; empty before the first. */
    public ReadOnlyStringProperty verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    /** True intact, false broken, null not checked (or the check failed). */
    public ReadOnlyObjectProperty<Boolean> intactProperty() {
        return intact.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }
}
