package nl.casustafel.domain.security;

/** What an account may do (issue 5). Labels: beheerder, voorzitter, specialist, partner-lezer. */
public enum Role {
    /** Beheerder: accounts, partners, retention, the audit trail. */
    ADMINISTRATOR,
    /** Voorzitter: chairs conferences, approves and signs minutes. */
    CHAIR,
    /** Specialist Zorg en Veiligheid: builds and keeps dossiers. */
    SPECIALIST,
    /** Partner-lezer: reads what one partner organisation needs to know. */
    PARTNER_READER
}
