package nl.casustafel.ui.household;

import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.service.security.SecurityService;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Wie heeft dit dossier gezien": the audit entries about one household, newest first. */
public final class HouseholdAuditViewModel {
    public static final int ROWS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(HouseholdAuditViewModel.class);

    /** What the panel shows. */
    public enum State { LOADING, EMPTY, ENTRIES, ERROR }

    private final SecurityService security;
    private final UiExecutor executor;
    private final I18n i18n;
    private final long householdId;
    private final ReadOnlyListWrapper<AuditEntry> entries = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public HouseholdAuditViewModel(SecurityService security, UiExecutor executor, I18n i18n, long householdId) {
        this.security = security;
        this.executor = executor;
        this.i18n = i18n;
        this.householdId = householdId;
    }

    public void load() {
        state.set(State.LOADING);
        executor.submit(() -> security.householdAudit(householdId, ROWS), list -> {
            entries.setAll(list);
            state.set(list.isEmpty() ? State.EMPTY : State.ENTRIES);
        }, failure -> {
            Failures.logIfUnexpected(LOG, "Loading who has seen the dossier failed", failure);
            error.set(i18n.error(failure));
            state.set(State.ERROR);
        });
    }

    public String roleText(AuditEntry e) {
        return e.knownRole() != null ? i18n.label(e.knownRole()) : e.role() == null ? "" : e.role();
    }

    public String actionText(AuditEntry e) {
        return e.knownAction() != null ? i18n.label(e.knownAction()) : e.action();
    }

    public String resultText(AuditEntry e) {
        return e.knownResult() != null ? i18n.label(e.knownResult()) : e.result();
    }

    public ReadOnlyListProperty<AuditEntry> entries() {
        return entries.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }
}
