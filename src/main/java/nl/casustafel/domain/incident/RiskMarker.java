package nl.casustafel.domain.incident;

/** Risk markers recorded per incident (domain.md). */
public enum RiskMarker {
    CHILDREN_PRESENT,
    STRANGULATION,
    WEAPON_OR_THREAT_TO_KILL,
    SEPARATION_RECENT,
    STALKING,
    COERCIVE_CONTROL,
    SUBSTANCE_USE,
    PREGNANCY
}
