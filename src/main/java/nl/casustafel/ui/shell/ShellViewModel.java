package nl.casustafel.ui.shell;

import java.time.Clock;
import java.time.LocalDate;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.settings.SettingsService;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the main window does with services: keeping stored escalation signals current (at start and when
 * the date changes while the window stays open, since signals depend on 12-month windows) and saving the
 * chosen language.
 */
public final class ShellViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);
    public static final String LANGUAGE_SETTING = "ui.language";

    private final HouseholdService households;
    private final SettingsService settings;
    private final UiExecutor executor;
    private final Clock clock;
    private LocalDate refreshedOn;

    public ShellViewModel(HouseholdService households, SettingsService settings, UiExecutor executor, Clock clock) {
        this.households = households;
        this.settings = settings;
        this.executor = executor;
        this.clock = clock;
    }

    /** Re-evaluates households last evaluated before today; {@code onChanged} runs when any changed. */
    public void refreshStaleSignals(Runnable onChanged) {
        refreshedOn = DomainTime.today(clock);
        executor.submit(households::refreshStaleSignals, count -> {
            LOG.info("Signals refreshed for {} households", count);
            if (count > 0) {
                onChanged.run();
            }
        }, failure -> LOG.error("Refreshing signals failed", failure));
    }

    /** Called now and then: refreshes once the date (in Amsterdam) differs from the last refresh. */
    public void refreshIfNewDay(Runnable onChanged) {
        if (!DomainTime.today(clock).equals(refreshedOn)) {
            refreshStaleSignals(onChanged);
        }
    }

    /** Saves the language ("nl" or "en") for the next start. */
    public void saveLanguage(String tag) {
        executor.submit(() -> {
            settings.put(LANGUAGE_SETTING, tag);
            return tag;
        }, saved -> LOG.info("Language set to {}", saved), failure -> LOG.error("Saving the language failed", failure));
    }

    /** Saves the language in the plain preferences of the data directory, for the login window. */
    public void savePreferredLanguage(nl.casustafel.ui.common.UiPreferences preferences, String tag) {
        executor.submit(() -> {
            preferences.saveLanguage(tag);
            return tag;
        }, saved -> { }, failure -> LOG.error("Saving the language preference failed", failure));
    }
}
