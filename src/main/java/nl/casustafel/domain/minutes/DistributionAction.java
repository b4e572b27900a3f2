package nl.casustafel.domain.minutes;

/** How a copy of the minutes left the application: saved to a file, printed, or saved for sending to a partner. */
public enum DistributionAction {
    SAVE,
    PRINT,
    SEND
}
