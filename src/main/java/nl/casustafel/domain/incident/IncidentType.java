package nl.casustafel.domain.incident;

/** Incident types of domain.md. */
public enum IncidentType {
    DOMESTIC_VIOLENCE_PHYSICAL,
    DOMESTIC_VIOLENCE_PSYCHOLOGICAL,
    DOMESTIC_VIOLENCE_SEXUAL,
    CHILD_ABUSE,
    EX_PARTNER_STALKING,
    HONOUR_BASED_VIOLENCE,
    ELDER_ABUSE,
    CONFUSED_BEHAVIOUR,
    /** Breach of an imposed measure (huisverbod, contactverbod, bijzondere voorwaarde). */
    BREACH_OF_MEASURE,
    OTHER
}
