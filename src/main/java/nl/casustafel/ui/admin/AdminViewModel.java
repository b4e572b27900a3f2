package nl.casustafel.ui.admin;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Beheer: the partner catalogue (active and inactive) and facts about this installation. */
public final class AdminViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AdminViewModel.class);

    private final PartnerService partners;
    private final UiExecutor executor;
    private final I18n i18n;
    private final ReadOnlyListWrapper<Partner> partnerList = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final String dataDirectory;
    private final String logDirectory;
    private final String version;

    /**
     * @param dataDirectory the data directory, or null for an in-memory store
     * @param logDirectory  where the log files are written, or null when unknown
     */
    public AdminViewModel(PartnerService partners, UiExecutor executor, I18n i18n, Path dataDirectory,
                          Path logDirectory, String version) {
        this.partners = partners;
        this.executor = executor;
        this.i18n = i18n;
        this.dataDirectory = dataDirectory == null ? i18n.get("admin.inMemory") : dataDirectory.toString();
        this.logDirectory = logDirectory == null ? i18n.get("common.unknown") : logDirectory.toString();
        this.version = version;
    }

    /** Reloads the partner catalogue, inactive partners included. */
    public void reload() {
        loading.set(true);
        executor.submit(() -> partners.list(true), list -> {
            loading.set(false);
            partnerList.setAll(list);
        }, failure -> {
            loading.set(false);
            Failures.logIfUnexpected(LOG, "Loading the partner catalogue failed", failure);
            message.set(i18n.error(failure));
        });
    }

    /** A new editor: for a new partner when {@code partner} is null, else for that partner. */
    public PartnerEditorViewModel editor(Partner partner) {
        return new PartnerEditorViewModel(partners, executor, i18n, partner);
    }

    /** Called after a dialog closed: shows what happened and reloads (also after a conflict). */
    public void afterEdit(String outcome) {
        message.set(outcome == null ? "" : outcome);
        reload();
    }

    public ReadOnlyListProperty<Partner> partners() {
        return partnerList.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last outcome or error, shown above the table. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String dataDirectory() {
        return dataDirectory;
    }

    public String logDirectory() {
        return logDirectory;
    }

    public String version() {
        return version;
    }
}
