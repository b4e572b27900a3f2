package nl.casustafel.domain.measure;

/**
 * Where a measure stands: open, in uitvoering, gereed, niet uitgevoerd (omstandigheden gewijzigd), niet uitgevoerd
 * (partner heeft niet gehandeld), vervallen. The two "not done" reasons are accountability data and are kept apart.
 */
public enum MeasureStatus {
    OPEN, IN_PROGRESS, DONE, NOT_DONE_CIRCUMSTANCES_CHANGED, NOT_DONE_PARTNER_DID_NOT_ACT, LAPSED;

    /** True when nothing more is expected of the owner: done, not done (either reason) or lapsed. */
    public boolean isClosed() {
        return this != OPEN && this != IN_PROGRESS;
    }

    /** True for both "not done" reasons. */
    public boolean isNotDone() {
        return this == NOT_DONE_CIRCUMSTANCES_CHANGED || this == NOT_DONE_PARTNER_DID_NOT_ACT;
    }
}
