package nl.casustafel.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import nl.casustafel.service.demo.DemoService;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.service.security.SecurityService;
import nl.casustafel.service.settings.SettingsService;

/**
 * What the main window needs from the composition root: the services and a few facts about the
 * installation. Built by {@code nl.casustafel.app.AppContext}; the UI never depends on the app package.
 *
 * @param dataDirectory the data directory, or null for an in-memory store
 * @param logDirectory  the log folder, or null when there is none
 */
public record ShellServices(HouseholdService households, PartnerService partners, DemoService demo,
                            SettingsService settings, SecurityService security, Clock clock, Path dataDirectory, Path logDirectory,
                            String version) {
}
