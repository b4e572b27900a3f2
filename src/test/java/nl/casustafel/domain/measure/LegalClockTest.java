package nl.casustafel.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class LegalClockTest {
    static final LocalDate START = LocalDate.of(2025, 1, 31);

    @Test
    void monthsFollowTheCalendarToTheLastDayOfAShorterMonth() {
        assertThat(LegalClock.fixedTerm(Period.ofMonths(1)).defaultDeadline(START)).contains(LocalDate.of(2025, 2, 28));
        assertThat(LegalClock.fixedTerm(Period.ofMonths(1)).defaultDeadline(LocalDate.of(2024, 1, 31)))
                .contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void daysAreAddedToTheStartDate() {
        assertThat(LegalClock.fixedTerm(Period.ofDays(10)).defaultDeadline(LocalDate.of(2024, 2, 25)))
                .contains(LocalDate.of(2024, 3, 6));
    }

    @Test
    void asOrderedClockRequiresADeadlineAndMayHaveAMaximum() {
        LegalClock limited = LegalClock.asOrdered(Period.ofYears(5));
        LegalClock open = LegalClock.asOrdered(null);

        assertThat(limited.deadlineRequired()).isTrue();
        assertThat(limited.absoluteMaximum(START)).contains(LocalDate.of(2030, 1, 31));
        assertThat(open.absoluteMaximum(START)).isEmpty();
        assertThat(open.defaultDeadline(START)).isEmpty();
    }

    @Test
    void asAgreedClockProposesNothing() {
        LegalClock clock = LegalClock.asAgreed();

        assertThat(clock.kind()).isEqualTo(ClockKind.AS_AGREED);
        assertThat(clock.deadlineRequired()).isFalse();
        assertThat(clock.defaultDeadline(START)).isEmpty();
        assertThat(clock.absoluteMaximum(START)).isEmpty();
        assertThat(clock.isExtendable()).isFalse();
    }

    @Test
    void anExtensionIsCappedAtTheMaximum() {
        LegalClock clock = LegalClock.extendable(Period.ofDays(10), Period.ofDays(10), Period.ofDays(28));

        assertThat(clock.extendedDeadline(START, START.plusDays(10))).contains(START.plusDays(20));
        assertThat(clock.extendedDeadline(START, START.plusDays(20))).contains(START.plusDays(28));
        assertThat(clock.extendedDeadline(START, START.plusDays(28))).isEmpty();
        assertThat(clock.extendedDeadline(START, START.plusDays(30))).isEmpty();
    }

    @Test
    void anExtendableClockNeedsAnExtensionTerm() {
        assertThatThrownBy(() -> LegalClock.extendable(Period.ofDays(10), null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aStartIsNeeded() {
        assertThatThrownBy(() -> LegalClock.fixedTerm(Period.ofDays(1)).defaultDeadline(null))
                .isInstanceOf(NullPointerException.class);
    }
}
