package nl.casustafel.domain.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.casustafel.domain.measure.Measure;
import nl.casustafel.domain.measure.MeasureClocks;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The measure-based escalation rules: overdue measures and legal clocks running out. */
class MeasureSignalsTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    static Measure measure(long id, MeasureType type, MeasureStatus status, LocalDate deadline) {
        LocalDate start = deadline == null ? TODAY.minusDays(30)
                : (deadline.isBefore(TODAY) ? deadline : TODAY).minusDays(5);
        return new Measure(id, 0, 1L, null, type.category(), type, null, 7L, null, start, deadline, status,
                start, null, null, 0, false);
    }

    static List<Signal> evaluate(Measure... measures) {
        return EscalationSignals.evaluate(new SignalInput(List.of(), List.of(), true, null, List.of(measures)), TODAY);
    }

    static Optional<Signal> find(List<Signal> signals, SignalType type) {
        return signals.stream().filter(s -> s.type() == type).findFirst();
    }

    @ParameterizedTest(name = "deadline today{0} days -> overdue {1}")
    @CsvSource({"-1, true", "-400, true", "0, false", "1, false"})
    void overdueOnlyOnceTheDeadlineDayHasPassed(int offset, boolean fires) {
        var signals = evaluate(measure(1, MeasureType.VOLUNTARY_CARE_TRAJECTORY, MeasureStatus.OPEN,
                TODAY.plusDays(offset)));

        assertThat(find(signals, SignalType.OVERDUE_MEASURE).isPresent()).as("offset %d", offset).isEqualTo(fires);
    }

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"DONE", "NOT_DONE_CIRCUMSTANCES_CHANGED",
            "NOT_DONE_PARTNER_DID_NOT_ACT", "LAPSED"})
    void closedMeasuresNeverFire(MeasureStatus closed) {
        var signals = evaluate(
                measure(1, MeasureType.SAFETY_PLAN, closed, TODAY.minusDays(3)),
                measure(2, MeasureType.TEMPORARY_RESTRAINING_ORDER, closed, TODAY.plusDays(2)));

        assertThat(signals).isEmpty();
    }

    @Test
    void inProgressCountsLikeOpen() {
        var signals = evaluate(measure(1, MeasureType.SAFETY_PLAN, MeasureStatus.IN_PROGRESS, TODAY.minusDays(1)),
                measure(2, MeasureType.SAFETY_PLAN, MeasureStatus.IN_PROGRESS, TODAY.plusDays(1)));

        assertThat(signals).extracting(Signal::type)
                .containsExactly(SignalType.OVERDUE_MEASURE, SignalType.LEGAL_CLOCK_EXPIRING);
    }

    @Test
    void aMeasureWithoutDeadlineNeverFires() {
        assertThat(evaluate(measure(1, MeasureType.OTHER, MeasureStatus.OPEN, null))).isEmpty();
    }

    @Test
    void overdueEvidenceListsTheMeasuresByDeadlineWithoutIncidents() {
        var signal = find(evaluate(
                measure(5, MeasureType.SAFETY_PLAN, MeasureStatus.OPEN, TODAY.minusDays(2)),
                measure(3, MeasureType.OTHER, MeasureStatus.OPEN, TODAY.minusDays(9)),
                measure(4, MeasureType.OTHER, MeasureStatus.OPEN, TODAY.minusDays(2)),
                measure(6, MeasureType.OTHER, MeasureStatus.DONE, TODAY.minusDays(20))), SignalType.OVERDUE_MEASURE)
                .orElseThrow();

        assertThat(signal.measureIds()).containsExactly(3L, 4L, 5L);
        assertThat(signal.dates()).containsExactly(TODAY.minusDays(9), TODAY.minusDays(2), TODAY.minusDays(2));
        assertThat(signal.count()).isEqualTo(3);
        assertThat(signal.incidentIds()).isEmpty();
    }

    @ParameterizedTest(name = "deadline in {0} days -> clock signal {1}")
    @CsvSource({"0, true", "1, true", "13, true", "14, true", "15, false", "-1, false"})
    void legalClockFiresFromTodayUpToAndIncludingDayFourteen(int days, boolean fires) {
        var signals = evaluate(measure(1, MeasureType.TEMPORARY_RESTRAINING_ORDER, MeasureStatus.OPEN,
                TODAY.plusDays(days)));

        assertThat(find(signals, SignalType.LEGAL_CLOCK_EXPIRING).isPresent()).isEqualTo(fires);
    }

    @Test
    void warningWindowIsFourteenDays() {
        assertThat(MeasureClocks.LEGAL_CLOCK_WARNING_DAYS).isEqualTo(14);
    }

    @ParameterizedTest
    @EnumSource(MeasureType.class)
    void everyTypeWithAClockFiresAndAgreedEndsDoNot(MeasureType type) {
        var signals = evaluate(measure(1, type, MeasureStatus.OPEN, TODAY.plusDays(3)));

        boolean agreed = type.clock().kind() == nl.casustafel.domain.measure.ClockKind.AS_AGREED;
        assertThat(find(signals, SignalType.LEGAL_CLOCK_EXPIRING).isPresent()).as(type.name()).isEqualTo(!agreed);
    }

    @Test
    void clockEvidenceListsOnlyTheClockedMeasures() {
        var signal = find(evaluate(
                measure(1, MeasureType.SUPERVISION_ORDER_OTS, MeasureStatus.OPEN, TODAY.plusDays(14)),
                measure(2, MeasureType.RVDK_INVESTIGATION_REQUEST, MeasureStatus.OPEN, TODAY.plusDays(1)),
                measure(3, MeasureType.TEMPORARY_RESTRAINING_ORDER, MeasureStatus.IN_PROGRESS, TODAY)),
                SignalType.LEGAL_CLOCK_EXPIRING).orElseThrow();

        assertThat(signal.measureIds()).containsExactly(3L, 1L);
        assertThat(signal.dates()).containsExactly(TODAY, TODAY.plusDays(14));
        assertThat(signal.count()).isEqualTo(2);
    }

    @Test
    void measureSignalsComeLastInEnumOrder() {
        var signals = EscalationSignals.evaluate(new SignalInput(List.of(), List.of(), false, null,
                List.of(measure(1, MeasureType.SAFETY_PLAN, MeasureStatus.OPEN, TODAY.plusDays(3)),
                        measure(2, MeasureType.SAFETY_PLAN, MeasureStatus.OPEN, TODAY.minusDays(3)))), TODAY);

        assertThat(signals).extracting(Signal::type)
                .containsExactly(SignalType.OVERDUE_MEASURE, SignalType.LEGAL_CLOCK_EXPIRING);
    }
}
