package nl.casustafel.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MeasureStatusTest {

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"OPEN", "IN_PROGRESS"})
    void openAndInProgressAreNotClosed(MeasureStatus status) {
        assertThat(status.isClosed()).isFalse();
        assertThat(status.isNotDone()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"DONE", "NOT_DONE_CIRCUMSTANCES_CHANGED",
            "NOT_DONE_PARTNER_DID_NOT_ACT", "LAPSED"})
    void doneNotDoneAndLapsedAreClosed(MeasureStatus status) {
        assertThat(status.isClosed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"NOT_DONE_CIRCUMSTANCES_CHANGED",
            "NOT_DONE_PARTNER_DID_NOT_ACT"})
    void bothReasonsAreNotDone(MeasureStatus status) {
        assertThat(status.isNotDone()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"DONE", "LAPSED", "OPEN", "IN_PROGRESS"})
    void doneAndLapsedAreNotNotDone(MeasureStatus status) {
        assertThat(status.isNotDone()).isFalse();
    }
}
