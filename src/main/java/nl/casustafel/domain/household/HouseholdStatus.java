package nl.casustafel.domain.household;

/** Whether the network still works with the household (open) or has closed it (afgeschaald/afgesloten). */
public enum HouseholdStatus {
    OPEN, CLOSED
}
