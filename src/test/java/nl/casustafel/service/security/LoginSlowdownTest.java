package nl.casustafel.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import nl.casustafel.MutableClock;
import nl.casustafel.TestClocks;
import nl.casustafel.TestStores;
import nl.casustafel.app.AppContext;
import nl.casustafel.security.LoginThrottledException;
import nl.casustafel.security.WrongPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeated failed logins are slowed down, also across processes, on a clock the test controls. */
class LoginSlowdownTest {
    @TempDir
    Path dir;

    private AppContext login(LoginGate gate, MutableClock clock, String password) {
        return AppContext.login(dir, clock, "specialist", password.toCharArray(), gate);
    }

    @Test
    void afterThreeFailuresEvenTheRightPasswordWaitsAndTheWaitDoubles() {
        MutableClock clock = new MutableClock(TestClocks.NOW);
        TestStores.initialise(dir, clock);
        LoginGate gate = new LoginGate(dir, clock);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> login(gate, clock, "fout wachtwoord")).isInstanceOf(WrongPasswordException.class);
        }
        assertThatThrownBy(() -> login(gate, clock, TestStores.PASSWORD))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.waitTime()).isEqualTo(Duration.ofSeconds(1)));

        // A new process (command line) reads the kept failures and is slowed down too.
        LoginGate nextProcess = new LoginGate(dir, clock);
        assertThatThrownBy(() -> login(nextProcess, clock, TestStores.PASSWORD))
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> login(gate, clock, "nog een keer fout")).isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> login(gate, clock, TestStores.PASSWORD))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.waitTime()).isEqualTo(Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));
        try (AppContext ctx = login(gate, clock, TestStores.PASSWORD)) {
            assertThat(ctx.security().session()).isPresent();
        }
        // The four failures reached the audit trail with that login.
        try (AppContext admin = TestStores.open(dir, clock, nl.casustafel.domain.security.Role.ADMINISTRATOR)) {
            assertThat(admin.security().auditEntries("specialist", 50))
                    .filteredOn(e -> e.action().equals("LOGIN_FAILED")).hasSize(4);
        }
    }

    @Test
    void aStoreWithKeySlotsRefusesATrustedSignIn() {
        TestStores.initialise(dir, TestClocks.fixed());
        try (AppContext ctx = TestStores.open(dir, TestClocks.fixed(), nl.casustafel.domain.security.Role.SPECIALIST)) {
            assertThatThrownBy(() -> ctx.signInTrusted(nl.casustafel.domain.security.Role.ADMINISTRATOR))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(ctx.security().session().orElseThrow().role())
                    .isEqualTo(nl.casustafel.domain.security.Role.SPECIALIST);
        }
    }
}
