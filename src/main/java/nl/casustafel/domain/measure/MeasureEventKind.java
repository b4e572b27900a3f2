package nl.casustafel.domain.measure;

/** What happened to a measure: agreed, status changed, deadline extended, terms amended after closing. */
public enum MeasureEventKind {
    CREATED, STATUS_CHANGED, EXTENDED, AMENDED
}
