package nl.casustafel.domain.signal;

/** Escalation signals of domain.md; see {@link EscalationSignals} for the exact rules. */
public enum SignalType {
    /** 3 or more incidents within 12 months. */
    ESCALATION,
    /** A new incident within 12 months after the household was last discussed in a conference. */
    REPEAT_AFTER_CONFERENCE,
    /** Rising severity over the last incidents. */
    RISING_SEVERITY,
    /** Breach of an imposed measure. */
    BREACH_OF_MEASURE,
    /** Strangulation, weapon or threat to kill. */
    LETHALITY_MARKER,
    /** Children present at 2 or more incidents. */
    CHILDREN_PRESENT_REPEATEDLY,
    /** Separation together with stalking or coercive control. */
    HIGH_RISK_CLUSTER,
    /** 3 or more agencies involved and no case director. */
    NO_CASE_DIRECTOR,
    /** An open or in-progress measure past its deadline. */
    OVERDUE_MEASURE,
    /** A legal clock (not an agreed end) running out within 14 days. */
    LEGAL_CLOCK_EXPIRING
}
