package nl.casustafel.domain.conference;

import java.util.List;

/** Kinds of case conference: regulier casusoverleg, triage-overleg, Samen op in Acuut, netwerkbijeenkomst. */
public enum ConferenceType {
    REGULAR, TRIAGE, SAMEN_OP_IN_ACUUT, NETWORK_MEETING;

    /**
     * Codes of the five core partners of Samen op in Acuut, as seeded: police, Veilig Thuis, OM, reclassering and
     * Raad voor de Kinderbescherming.
     */
    private static final List<String> CORE_ACUTE_PARTNER_CODES =
            List.of("POLITIE", "VEILIG_THUIS", "OM", "RECLASSERING_NL", "RVDK");

    /** The partner codes invited to every Samen op in Acuut conference, in this fixed order. */
    public static List<String> coreAcutePartnerCodes() {
        return CORE_ACUTE_PARTNER_CODES;
    }

    /** True for Samen op in Acuut, the conference held within hours of an acute incident. */
    public boolean isAcute() {
        return this == SAMEN_OP_IN_ACUUT;
    }
}
