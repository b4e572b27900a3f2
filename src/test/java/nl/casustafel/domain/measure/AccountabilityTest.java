package nl.casustafel.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accountability per partner over a period: owned, the three outcomes and overdue, as defined in the Javadoc. */
class AccountabilityTest {
    /** The period is January 2026; today is 10 February 2026 unless a test says otherwise. */
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 1, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 2, 10);

    static Measure measure(long id, long partner, String start, String deadline, MeasureStatus status,
                           String changedOn) {
        LocalDate startDate = LocalDate.parse(start);
        return new Measure(id, 0, 1L, null, MeasureCategory.CARE, MeasureType.OTHER, null, partner, null, startDate,
                deadline == null ? null : LocalDate.parse(deadline), status,
                changedOn == null ? startDate : LocalDate.parse(changedOn), null, null, 0, false);
    }

    static PartnerAccountability only(Measure m, LocalDate today) {
        List<PartnerAccountability> result = Accountability.count(List.of(m), FROM, TO, today);
        return result.isEmpty() ? new PartnerAccountability(m.ownerPartnerId(), 0, 0, 0, 0, 0) : result.get(0);
    }

    @ParameterizedTest(name = "start {0}, {1} on {2} -> owned {3}")
    @CsvSource({
            "2025-12-01, OPEN, 2025-12-01, 1",          // running through the period
            "2026-01-31, OPEN, 2026-01-31, 1",          // starts on the last day
            "2026-02-01, OPEN, 2026-02-01, 0",          // starts after the period
            "2025-12-01, IN_PROGRESS, 2025-12-15, 1",
            "2025-12-01, DONE, 2025-12-31, 0",          // closed the day before the period
            "2025-12-01, DONE, 2026-01-01, 1",          // closed on the first day
            "2025-12-01, LAPSED, 2026-03-01, 1",        // closed after the period: it ran during it
            "2025-12-01, NOT_DONE_PARTNER_DID_NOT_ACT, 2026-01-20, 1"})
    void ownedWhenActiveInThePeriod(String start, MeasureStatus status, String changedOn, int owned) {
        assertThat(only(measure(1, 5, start, null, status, changedOn), TODAY).owned()).isEqualTo(owned);
    }

    @ParameterizedTest(name = "{0} on {1} -> done {2}, circumstances {3}, did not act {4}")
    @CsvSource({
            "DONE, 2026-01-01, 1, 0, 0",
            "DONE, 2026-01-31, 1, 0, 0",
            "DONE, 2025-12-31, 0, 0, 0",
            "DONE, 2026-02-01, 0, 0, 0",
            "NOT_DONE_CIRCUMSTANCES_CHANGED, 2026-01-15, 0, 1, 0",
            "NOT_DONE_PARTNER_DID_NOT_ACT, 2026-01-15, 0, 0, 1",
            "LAPSED, 2026-01-15, 0, 0, 0",
            "OPEN, 2026-01-15, 0, 0, 0"})
    void outcomesCountWhenReachedWithinThePeriodAndBothNotDoneReasonsStayApart(MeasureStatus status,
                                                                               String changedOn, int done,
                                                                               int circumstances, int didNotAct) {
        PartnerAccountability a = only(measure(1, 5, "2025-11-01", null, status, changedOn), TODAY);

        assertThat(a.done()).isEqualTo(done);
        assertThat(a.notDoneCircumstancesChanged()).isEqualTo(circumstances);
        assertThat(a.notDonePartnerDidNotAct()).isEqualTo(didNotAct);
    }

    @ParameterizedTest(name = "deadline {0}, {1} on {2}, today {3} -> overdue {4}")
    @CsvSource({
            "2026-01-10, OPEN, 2025-11-01, 2026-02-10, 1",        // still open after its deadline
            "2026-01-10, DONE, 2026-01-10, 2026-02-10, 0",        // done on the deadline day: in time
            "2026-01-10, DONE, 2026-01-11, 2026-02-10, 1",        // done a day late
            "2026-01-10, NOT_DONE_CIRCUMSTANCES_CHANGED, 2026-01-05, 2026-02-10, 0",
            "2025-12-31, OPEN, 2025-11-01, 2026-02-10, 0",        // deadline before the period
            "2026-02-01, OPEN, 2025-11-01, 2026-02-10, 0",        // deadline after the period
            "2026-01-31, OPEN, 2025-11-01, 2026-02-10, 1",        // deadline on the last day
            "2026-01-20, OPEN, 2025-11-01, 2026-01-20, 0",        // due today is not missed yet
            "2026-01-19, OPEN, 2025-11-01, 2026-01-20, 1",        // due yesterday is
            "2026-01-10, OPEN, 2025-11-01, 2026-01-01, 0"})       // the period lies in the future
    void overdueWhenTheDeadlineInThePeriodPassedWithoutClosing(String deadline, MeasureStatus status,
                                                               String changedOn, String today, int overdue) {
        Measure m = measure(1, 5, "2025-11-01", deadline, status, changedOn);

        assertThat(only(m, LocalDate.parse(today)).overdue()).isEqualTo(overdue);
    }

    @Test
    void partnersAreSortedByIdAndThoseWithNothingAreLeftOut() {
        List<Measure> measures = List.of(
                measure(1, 30, "2026-01-05", "2026-01-10", MeasureStatus.OPEN, null),
                measure(2, 10, "2026-01-05", null, MeasureStatus.DONE, "2026-01-20"),
                measure(3, 10, "2026-01-06", null, MeasureStatus.NOT_DONE_PARTNER_DID_NOT_ACT, "2026-01-21"),
                measure(4, 20, "2025-01-01", null, MeasureStatus.DONE, "2025-06-01"),  // nothing in January
                measure(5, 10, "2026-03-01", null, MeasureStatus.OPEN, null));          // starts later

        assertThat(Accountability.count(measures, FROM, TO, TODAY)).containsExactly(
                new PartnerAccountability(10, 2, 1, 0, 1, 0),
                new PartnerAccountability(30, 1, 0, 0, 0, 1));
    }

    @Test
    void noMeasuresGiveNoRows() {
        assertThat(Accountability.count(List.of(), FROM, TO, TODAY)).isEmpty();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> Accountability.count(List.of(), TO, FROM, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
