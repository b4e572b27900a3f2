package nl.casustafel.domain.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates are shown and reasoned about in Europe/Amsterdam; instants are stored as UTC. */
public final class DomainTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DomainTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
