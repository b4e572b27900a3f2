package nl.casustafel.domain.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * Deterministic generator of fictional but realistic households: the same seed and date give the same data.
 */
public final class DemoDataGenerator {
    private final long seed;
    private final LocalDate today;

    public DemoDataGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    /** Households number {@code from} (inclusive) to {@code to} (exclusive); each depends only on seed, date and number. */
    public List<DemoHousehold> households(int from, int to) {
        return List.of();
    }
}
