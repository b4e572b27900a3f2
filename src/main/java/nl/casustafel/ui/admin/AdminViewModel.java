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
    /** Setting: minutes without keyboard or mouse input after which the window locks. */
    public static final String LOCK_MINUTES_SETTING = "security.lockMinutes";
    public static final int LOCK_MINUTES_DEFAULT = 10;
    public static final int LOCK_MINUTES_MIN = 1;
    public static final int LOCK_MINUTES_MAX = 240;

    private final PartnerService partners;
    private final UiExecutor executor;
    private final I18n i18n;
    private final ReadOnlyListWrapper<Partner> partnerList = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final String dataDirectory;
    private final String logDirectory;
    private final String version;
    private final nl.casustafel.service.settings.SettingsService settings;
    private final java.util.function.IntConsumer onLockMinutes;
    private final javafx.beans.property.StringProperty lockMinutes = new javafx.beans.property.SimpleStringProperty("");
    private final ReadOnlyStringWrapper lockMessage = new ReadOnlyStringWrapper("");

    /**
     * @param dataDirectory the data directory, or null for an in-memory store
     * @param logDirectory  where the log files are written, or null when unknown
     */
    public AdminViewModel(PartnerService partners, UiExecutor executor, I18n i18n, Path dataDirectory,
                          Path logDirectory, String version) {
        this(partners, null, executor, i18n, dataDirectory, logDirectory, version, minutes -> { });
    }

    /**
     * With the settings: the beheerder also sets after how many idle minutes the window locks
     * ({@code onLockMinutes} applies a saved value at once).
     */
    public AdminViewModel(PartnerService partners, nl.casustafel.service.settings.SettingsService settings,
                          UiExecutor executor, I18n i18n, Path dataDirectory, Path logDirectory, String version,
                          java.util.function.IntConsumer onLockMinutes) {
        this.settings = settings;
        this.onLockMinutes = onLockMinutes;
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

    /** True when the lock time can be set here. */
    public boolean hasLockSetting() {
        return settings != null;
    }

    /** Shows the saved lock time (minutes without input before the window locks). */
    public void loadLockMinutes(int current) {
        lockMinutes.set(String.valueOf(current));
        lockMessage.set("");
    }

    /** Saves the lock time: a whole number of minutes from 1 to 240. */
    public void saveLockMinutes() {
        int minutes;
        try {
            minutes = Integer.parseInt(lockMinutes.get() == null ? "" : lockMinutes.get().strip());
        } catch (NumberFormatException e) {
            minutes = -1;
        }
        if (minutes < LOCK_MINUTES_MIN || minutes > LOCK_MINUTES_MAX) {
            lockMessage.set(i18n.get("admin.lock.invalid", LOCK_MINUTES_MIN, LOCK_MINUTES_MAX));
            return;
        }
        int value = minutes;
        executor.submit(() -> {
            settings.put(LOCK_MINUTES_SETTING, String.valueOf(value));
            return value;
        }, saved -> {
            lockMessage.set(i18n.get("admin.lock.saved", saved));
            onLockMinutes.accept(saved);
        }, failure -> {
            Failures.logIfUnexpected(LOG, "Saving the lock time failed", failure);
            lockMessage.set(i18n.error(failure));
        });
    }

    public javafx.beans.property.StringProperty lockMinutesProperty() {
        return lockMinutes;
    }

    public ReadOnlyStringProperty lockMessageProperty() {
        return lockMessage.getReadOnlyProperty();
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
