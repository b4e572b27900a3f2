package nl.casustafel.domain.incident;

/** Severity of an incident, in rising order: licht, matig, ernstig, zeer ernstig. */
public enum Severity {
    MINOR, MODERATE, SERIOUS, SEVERE;

    /** 1 (minor) to 4 (severe). */
    public int level() {
        return ordinal() + 1;
    }
}
