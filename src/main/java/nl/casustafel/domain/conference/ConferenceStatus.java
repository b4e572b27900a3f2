package nl.casustafel.domain.conference;

/** gepland -> bezig -> gesloten. Closing locks the decisions; later corrections are recorded amendments. */
public enum ConferenceStatus {
    PLANNED, IN_PROGRESS, CLOSED
}
