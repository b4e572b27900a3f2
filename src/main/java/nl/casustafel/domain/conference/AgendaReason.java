package nl.casustafel.domain.conference;

/** Why a household is on the agenda: nieuw, vervolg, acuut. */
public enum AgendaReason {
    NEW, FOLLOW_UP, ACUTE
}
