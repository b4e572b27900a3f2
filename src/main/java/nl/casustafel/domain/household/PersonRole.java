package nl.casustafel.domain.household;

/** Role of a person in a household or an incident (domain.md: rol). */
public enum PersonRole {
    VICTIM, SUSPECT, CHILD, PARENT_WITH_AUTHORITY, PARTNER, EX_PARTNER, HOUSEMATE, WITNESS, OTHER
}
