package nl.casustafel.domain.conference;

/**
 * Role in a conference: voorzitter, notulist, deelnemer (per partner), incidentele deelnemer. An incidental
 * participant must have signed a confidentiality statement (geheimhoudingsverklaring).
 */
public enum ConferenceRole {
    CHAIR, MINUTE_TAKER, PARTICIPANT, INCIDENTAL_PARTICIPANT;

    /** True when a signed confidentiality statement must be recorded for this role. */
    public boolean requiresConfidentialityStatement() {
        return this == INCIDENTAL_PARTICIPANT;
    }
}
