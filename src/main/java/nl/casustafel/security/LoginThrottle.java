package nl.casustafel.security;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import nl.casustafel.domain.security.UserNames;

/**
 * Slows down password guessing: after {@code freeAttempts} failed logins for a user name, the next attempt is
 * accepted only after a delay that doubles with every further failure (1, 2, 4, 8, 16 s, then 30 s), counted
 * from the last failure. The same holds for all user names together with a higher number of free attempts, so
 * that trying many names does not escape the delay. A successful login resets its user name and the global
 * count. Pure logic with an injected clock: the caller decides whether to wait or to refuse
 * ({@link LoginThrottledException} says how long).
 * <p>
 * One instance per process (the composition root owns it); thread-safe. User names are compared in their
 * normalised form; what is typed is kept in memory only, never written anywhere.
 */
public final class LoginThrottle {
    public static final int FREE_ATTEMPTS_PER_USER = 3;
    public static final int FREE_ATTEMPTS_GLOBAL = 10;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    public static final Duration MAX_DELAY = Duration.ofSeconds(30);
    /** A user name's failures are forgotten after this long without a new failure. */
    public static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_TRACKED_NAMES = 10_000;

    private final InstantSource clock;
    private final int freePerUser;
    private final int freeGlobal;
    private final Map<String, Failures> perUser = new HashMap<>();
    private Failures global = Failures.NONE;

    public LoginThrottle(InstantSource clock) {
        this(clock, FREE_ATTEMPTS_PER_USER, FREE_ATTEMPTS_GLOBAL);
    }

    public LoginThrottle(InstantSource clock, int freeAttemptsPerUser, int freeAttemptsGlobal) {
        this.clock = clock;
        this.freePerUser = freeAttemptsPerUser;
        this.freeGlobal = freeAttemptsGlobal;
    }

    private record Failures(int count, Instant last) {
        static final Failures NONE = new Failures(0, Instant.MIN);

        Failures plusOne(Instant now) {
            return new Failures(count + 1, now);
        }
    }

    /** How long to wait before an attempt for this user name is accepted; zero when it may be tried now. */
    public synchronized Duration waitBefore(String userName) {
        Instant now = clock.instant();
        Duration user = remaining(perUser.getOrDefault(key(userName), Failures.NONE), freePerUser, now);
        Duration all = remaining(global, freeGlobal, now);
        return user.compareTo(all) >= 0 ? user : all;
    }

    /** Throws {@link LoginThrottledException} when an attempt for this user name is not accepted yet. */
    public void checkAllowed(String userName) {
        Duration wait = waitBefore(userName);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
    }

    public synchronized void recordFailure(String userName) {
        Instant now = clock.instant();
        forgetOld(now);
        perUser.merge(key(userName), Failures.NONE.plusOne(now), (old, ignored) -> old.plusOne(now));
        global = global.plusOne(now);
    }

    public synchronized void recordSuccess(String userName) {
        perUser.remove(key(userName));
        global = Failures.NONE;
    }

    /** The delay after this many failures: none for the free attempts, then 1, 2, 4 ... seconds up to 30. */
    static Duration delayAfter(int failures, int freeAttempts) {
        if (failures < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeAttempts, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static Duration remaining(Failures failures, int free, Instant now) {
        Duration delay = delayAfter(failures.count(), free);
        if (delay.isZero()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void forgetOld(Instant now) {
        Instant limit = now.minus(FORGET_AFTER);
        for (Iterator<Failures> it = perUser.values().iterator(); it.hasNext(); ) {
            if (it.next().last().isBefore(limit)) {
                it.remove();
            }
        }
        if (perUser.size() >= MAX_TRACKED_NAMES) {
            perUser.clear(); // a flood of names; the global count still holds them back
        }
        if (global.last().isBefore(limit)) {
            global = Failures.NONE;
        }
    }

    private static String key(String userName) {
        String name = UserNames.normalise(userName);
        return name == null ? "" : name;
    }
}
