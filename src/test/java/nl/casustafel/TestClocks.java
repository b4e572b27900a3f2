package nl.casustafel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/** Fixed clocks and unique names for tests. */
public final class TestClocks {
    /** Tuesday 24 November 2026, 12:00 UTC (13:00 in Amsterdam). */
    public static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestClocks() {
    }

    public static Clock fixed() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }
}
