package nl.casustafel.ui.shell;

/** The conference section, with the entry points other features navigate to. */
public interface ConferencePages extends SectionPage {

    /** Shows one conference. */
    void openConference(long conferenceId);

    /** Starts planning a Samen op in Acuut conference for an acute incident. */
    void planAcute(long incidentId);
}
