package nl.casustafel.domain.conference;

/** Why a household is suggested for the agenda, in falling order of urgency. */
public enum SuggestionKind {
    /** A serious incident (or one with a lethality marker) since the household was last discussed. */
    ACUTE_INCIDENT,
    /** A measure past its deadline. */
    OVERDUE_MEASURES,
    /** A legal clock that runs out within the look-ahead window. */
    CLOCK_EXPIRING,
    /** Incidents since the household was last discussed (or ever, when never discussed). */
    NEW_INCIDENTS,
    /** Active escalation signals. */
    ACTIVE_SIGNALS
}
