package nl.casustafel.domain.minutes;

/**
 * The lifecycle of one version of a conference's minutes (domain.md, "Minutes"): a concept is generated from the
 * closed conference, the chair approves it (vastgesteld) and signs it (ondertekend). A signed version is locked;
 * a correction is a new version that refers to it.
 */
public enum MinutesStatus {
    CONCEPT,
    APPROVED,
    SIGNED;

    public boolean isLocked() {
        return this == SIGNED;
    }
}
