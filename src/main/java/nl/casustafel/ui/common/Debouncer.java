package nl.casustafel.ui.common;

/**
 * Runs an action once input has come to rest: every {@link #call} replaces the pending action and restarts the
 * wait. The production version waits on the FX thread ({@link FxDebouncer}); view-model tests use
 * {@link #immediate()} or drive their own.
 */
public interface Debouncer {

    /** Schedules {@code action}, replacing any action still waiting. */
    void call(Runnable action);

    /** Drops the action still waiting, if any. */
    void cancel();

    /** Runs every action at once (tests, or where no delay is wanted). */
    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void call(Runnable action) {
                action.run();
            }

            @Override
            public void cancel() {
                // nothing waits
            }
        };
    }
}
