package nl.casustafel.domain.incident;

/** Where the information about the incident came from. */
public enum IncidentSource {
    POLICE, VEILIG_THUIS, PARTNER, CITIZEN, OTHER
}
