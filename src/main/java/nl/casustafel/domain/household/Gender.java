package nl.casustafel.domain.household;

public enum Gender {
    FEMALE, MALE, OTHER, UNKNOWN
}
