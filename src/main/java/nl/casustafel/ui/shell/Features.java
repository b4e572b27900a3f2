package nl.casustafel.ui.shell;

import nl.casustafel.ui.common.I18n;

/**
 * The feature pages the main window shows, built by the composition root for one language; the shell builds them
 * again when the language changes. The shell depends on these interfaces only, never on the features.
 */
public interface Features {

    HouseholdPages households(I18n i18n, Navigator navigator);

    ConferencePages conferences(I18n i18n, Navigator navigator);

    SectionPage measures(I18n i18n, Navigator navigator);
}
