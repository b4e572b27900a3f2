package nl.casustafel.domain.common;

import java.util.List;

/**
 * One page of a larger result: the items, where the page starts and how many there are in all. When
 * {@code totalExact} is false, counting stopped early and there are more than {@code total - 1}.
 */
public record Page<T>(List<T> items, int offset, int limit, long total, boolean totalExact) {
    public Page {
        items = List.copyOf(items);
    }

    /** A page whose total is exact. */
    public Page(List<T> items, int offset, int limit, long total) {
        this(items, offset, limit, total, true);
    }

    public boolean hasNext() {
        return offset + items.size() < total;
    }

    public boolean hasPrevious() {
        return offset > 0;
    }
}
