package nl.casustafel.ui.security;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Notices that nobody used keyboard or mouse for a while: the window reports input with {@link #activity()} and
 * asks {@link #isIdle()} now and then (a timer). The time source is replaceable so that tests control it.
 */
public final class IdleWatch {
    private InstantSource time;
    private Duration limit;
    private Instant lastActivity;

    public IdleWatch(InstantSource time, Duration limit) {
        this.time = Objects.requireNonNull(time);
        this.limit = Objects.requireNonNull(limit);
        this.lastActivity = time.instant();
    }

    /** Keyboard or mouse input happened now. */
    public void activity() {
        lastActivity = time.instant();
    }

    /** True when the last input is at least the limit ago. */
    public boolean isIdle() {
        return Duration.between(lastActivity, time.instant()).compareTo(limit) >= 0;
    }

    public Duration limit() {
        return limit;
    }

    public void setLimit(Duration limit) {
        this.limit = Objects.requireNonNull(limit);
    }

    /** Another time source (tests); counts from now. */
    public void setTimeSource(InstantSource source) {
        this.time = Objects.requireNonNull(source);
        activity();
    }
}
