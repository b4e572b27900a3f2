package nl.casustafel.domain.common;

import java.util.List;

/** One page of a larger result: the items, where the page starts and how many there are in all. */
public record Page<T>(List<T> items, int offset, int limit, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return offset + items.size() < total;
    }

    public boolean hasPrevious() {
        return offset > 0;
    }
}
