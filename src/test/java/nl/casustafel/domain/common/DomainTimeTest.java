package nl.casustafel.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainTimeTest {

    @ParameterizedTest(name = "{0} UTC is {1} in Amsterdam")
    @CsvSource({
            "2025-01-15T22:59:59Z, 2025-01-15",  // winter, UTC+1: 23:59:59 local
            "2025-01-15T23:00:00Z, 2025-01-16",  // local midnight
            "2025-01-15T23:30:00Z, 2025-01-16",  // still the 15th in UTC
            "2025-07-15T21:59:59Z, 2025-07-15",  // summer, UTC+2
            "2025-07-15T22:00:00Z, 2025-07-16",
            "2025-07-15T23:30:00Z, 2025-07-16",
            "2025-12-31T23:30:00Z, 2026-01-01",  // new year starts earlier in Amsterdam
            "2025-03-30T00:30:00Z, 2025-03-30",  // night of the switch to summer time
            "2025-10-25T22:30:00Z, 2025-10-26"}) // night of the switch to winter time
    void todayIsTheDateInAmsterdamNotInUtc(Instant now, LocalDate amsterdamDate) {
        Clock utcClock = Clock.fixed(now, ZoneOffset.UTC);

        assertThat(DomainTime.today(utcClock)).isEqualTo(amsterdamDate);
        assertThat(DomainTime.dateOf(now)).isEqualTo(amsterdamDate);
    }

    @ParameterizedTest
    @CsvSource({"UTC", "America/New_York", "Asia/Tokyo", "Europe/Amsterdam"})
    void theClocksOwnZoneDoesNotMatter(String zone) {
        Instant now = Instant.parse("2025-01-15T23:30:00Z");

        assertThat(DomainTime.today(Clock.fixed(now, ZoneId.of(zone)))).isEqualTo(LocalDate.of(2025, 1, 16));
    }
}
