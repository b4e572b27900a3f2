package nl.casustafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.casustafel.MutableClock;
import nl.casustafel.TestClocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failed logins slow down the next attempt, per user name and for the whole process. */
class LoginThrottleTest {
    private MutableClock clock;
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(TestClocks.NOW);
        throttle = new LoginThrottle(clock);
    }

    private void fail(String user, int times) {
        for (int i = 0; i < times; i++) {
            throttle.checkAllowed(user);
            throttle.recordFailure(user);
            clock.advance(throttle.waitBefore(user));
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "2, 0", "3, 1", "4, 2", "5, 4", "6, 8", "7, 16", "8, 30", "20, 30", "200, 30"})
    void theDelayDoublesAfterTheFreeAttemptsAndIsCapped(int failures, int seconds) {
        assertThat(LoginThrottle.delayAfter(failures, 3)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void threeFailuresAreFreeThenTheNextAttemptWaits() {
        throttle.recordFailure("anna");
        throttle.recordFailure("anna");
        assertThat(throttle.waitBefore("anna")).isZero();

        throttle.recordFailure("anna");
        assertThat(throttle.waitBefore("anna")).isEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> throttle.checkAllowed("anna")).isInstanceOfSatisfying(
                LoginThrottledException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.login.throttled");
                    assertThat(e.arguments()).containsExactly(1L);
                });

        clock.advance(Duration.ofMillis(400));
        assertThat(throttle.waitBefore("anna")).isEqualTo(Duration.ofMillis(600));
        clock.advance(Duration.ofMillis(600));
        assertThatCode(() -> throttle.checkAllowed("anna")).doesNotThrowAnyException();
    }

    @Test
    void theWaitIsCountedFromTheLastFailureAndShownInWholeSecondsRoundedUp() {
        fail("anna", 6); // the 6th failure: 8 s
        throttle.recordFailure("anna"); // 7th: 16 s
        clock.advance(Duration.ofMillis(7_500));

        assertThatThrownBy(() -> throttle.checkAllowed("anna")).isInstanceOfSatisfying(
                LoginThrottledException.class, e -> assertThat(e.arguments()).containsExactly(9L));
    }

    @Test
    void successResetsTheUserName() {
        fail("anna", 5);
        throttle.recordFailure("anna");
        assertThat(throttle.waitBefore("anna")).isPositive();

        throttle.recordSuccess("anna");

        assertThat(throttle.waitBefore("anna")).isZero();
    }

    @Test
    void userNamesAreComparedNormalised() {
        throttle.recordFailure("anna");
        throttle.recordFailure("Anna");
        throttle.recordFailure("anna ");

        assertThat(throttle.waitBefore(" ANNA")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void otherUserNamesAreNotSlowedByOneUsersFailures() {
        fail("anna", 4);
        throttle.recordFailure("anna");

        assertThat(throttle.waitBefore("bert")).isZero();
    }

    @Test
    void tryingManyUserNamesHitsTheGlobalLimit() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("naam" + i);
        }
        assertThat(throttle.waitBefore("nog-een-naam")).isZero();

        throttle.recordFailure("naam9");

        assertThat(throttle.waitBefore("nog-een-naam")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("anna")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutNewOnes() {
        fail("anna", 7);
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        throttle.recordFailure("bert"); // any failure cleans up

        throttle.recordFailure("anna");
        assertThat(throttle.waitBefore("anna")).isZero();
    }
}
