package nl.casustafel.domain.conference;

/** Where an agenda item stands in the meeting: still to discuss, parked to return to, or handled. */
public enum AgendaItemState {
    PENDING, PARKED, DONE
}
