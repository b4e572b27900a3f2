package nl.casustafel.security;

import java.time.Duration;
import nl.casustafel.domain.common.DomainException;

/** Too many failed logins: the next attempt is accepted after {@link #waitTime()}. */
public class LoginThrottledException extends DomainException {
    private final Duration waitTime;

    public LoginThrottledException(Duration waitTime) {
        super("error.login.throttled", seconds(waitTime));
        this.waitTime = waitTime;
    }

    /** Whole seconds, rounded up, as shown to the user ("probeer het over 8 seconden opnieuw"). */
    static long seconds(Duration wait) {
        long s = wait.getSeconds();
        return wait.getNano() > 0 ? s + 1 : s;
    }

    public Duration waitTime() {
        return waitTime;
    }
}
