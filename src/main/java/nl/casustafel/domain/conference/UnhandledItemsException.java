package nl.casustafel.domain.conference;

import nl.casustafel.domain.common.DomainException;

/**
 * Closing a conference whose agenda still has items that are pending or parked: the chair is warned and decides
 * (close anyway, or go back). {@link #count()} is the number of unhandled items.
 */
public final class UnhandledItemsException extends DomainException {
    private final int count;

    public UnhandledItemsException(int count) {
        super("error.conference.unhandledItems", count);
        this.count = count;
    }

    public int count() {
        return count;
    }
}
