package nl.casustafel.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MeasureClocksTest {
    static final LocalDate DEADLINE = LocalDate.of(2025, 3, 13);

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"OPEN", "IN_PROGRESS"})
    void anUnfinishedMeasureIsOverdueFromTheDayAfterItsDeadline(MeasureStatus status) {
        assertThat(MeasureClocks.isOverdue(status, DEADLINE, DEADLINE.minusDays(1))).isFalse();
        assertThat(MeasureClocks.isOverdue(status, DEADLINE, DEADLINE)).isFalse();
        assertThat(MeasureClocks.isOverdue(status, DEADLINE, DEADLINE.plusDays(1))).isTrue();
        assertThat(MeasureClocks.isOverdue(status, DEADLINE, DEADLINE.plusYears(1))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"DONE", "NOT_DONE_CIRCUMSTANCES_CHANGED",
            "NOT_DONE_PARTNER_DID_NOT_ACT", "LAPSED"})
    void aClosedMeasureIsNeverOverdue(MeasureStatus status) {
        assertThat(MeasureClocks.isOverdue(status, DEADLINE, DEADLINE.plusDays(1))).isFalse();
        assertThat(MeasureClocks.isOverdue(status, DEADLINE, DEADLINE.plusYears(3))).isFalse();
    }

    @Test
    void aMeasureWithoutDeadlineIsNeverOverdue() {
        assertThat(MeasureClocks.isOverdue(MeasureStatus.OPEN, null, DEADLINE)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            // deadline,  today,      days, expected
            "2025-03-13, 2025-03-13, 0,    true",
            "2025-03-14, 2025-03-13, 0,    false",
            "2025-03-20, 2025-03-13, 7,    true",
            "2025-03-21, 2025-03-13, 7,    false",
            "2025-03-12, 2025-03-13, 7,    false",
            "2025-03-01, 2025-02-27, 2,    true",
            "2024-03-01, 2024-02-27, 2,    false"
    })
    void expiresWithinCountsFromTodayUpToAndIncludingTheLastDay(LocalDate deadline, LocalDate today, int days,
                                                                boolean expected) {
        assertThat(MeasureClocks.expiresWithin(deadline, today, days)).isEqualTo(expected);
    }

    @Test
    void noDeadlineNeverExpires() {
        assertThat(MeasureClocks.expiresWithin(null, DEADLINE, 30)).isFalse();
    }

    @Test
    void negativeWindowIsRefused() {
        assertThatThrownBy(() -> MeasureClocks.expiresWithin(DEADLINE, DEADLINE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "2025-03-13, 2025-03-13, 0",
            "2025-03-13, 2025-03-12, 1",
            "2025-03-13, 2025-03-14, -1",
            "2025-03-01, 2025-02-01, 28",
            "2024-03-01, 2024-02-01, 29",
            "2026-03-29, 2026-03-28, 1",
            "2026-10-25, 2026-10-24, 1",
            "2026-01-01, 2025-01-01, 365"
    })
    void daysLeftCountsCalendarDaysAlsoOverLeapDaysAndClockChanges(LocalDate deadline, LocalDate today,
                                                                   long expected) {
        assertThat(MeasureClocks.daysLeft(deadline, today)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(MeasureStatus.class)
    void onlyUnfinishedMeasuresHaveARunningClock(MeasureStatus status) {
        assertThat(MeasureClocks.expiresWithin(status, DEADLINE, DEADLINE.minusDays(3), 7))
                .isEqualTo(!status.isClosed());
    }

    @Test
    void aMeasureWithoutStatusCountsAsUnfinished() {
        assertThat(MeasureClocks.isOverdue(null, DEADLINE, DEADLINE.plusDays(1))).isTrue();
        assertThat(MeasureClocks.expiresWithin(null, DEADLINE, DEADLINE, 0)).isTrue();
    }
}
