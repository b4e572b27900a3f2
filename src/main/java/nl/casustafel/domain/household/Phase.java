package nl.casustafel.domain.household;

/** The three phases of the network approach: directe veiligheid, stabiele veiligheid, duurzaam herstel. */
public enum Phase {
    DIRECT_SAFETY, STABLE_SAFETY, SUSTAINABLE_RECOVERY
}
