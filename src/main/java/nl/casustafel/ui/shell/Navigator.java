package nl.casustafel.ui.shell;

/**
 * Navigation between features, implemented by the main window: a feature asks for another feature's page without
 * depending on it.
 */
public interface Navigator {

    void openHousehold(long householdId);

    void openConference(long conferenceId);

    /** Opens the conference section to plan a Samen op in Acuut conference for the incident. */
    void planAcute(long incidentId);
}
