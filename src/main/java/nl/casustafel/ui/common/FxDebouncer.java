package nl.casustafel.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX thread: the action runs when no new call came for the given time. */
public final class FxDebouncer implements Debouncer {
    private final Duration delay;
    private PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration delay) {
        this.delay = delay;
    }

    @Override
    public void call(Runnable action) {
        if (pause == null) {
            // Created lazily: an animation needs the FX toolkit.
            pause = new PauseTransition(delay);
            pause.setOnFinished(e -> {
                Runnable toRun = pending;
                pending = null;
                if (toRun != null) {
                    toRun.run();
                }
            });
        }
        pending = action;
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pending = null;
        if (pause != null) {
            pause.stop();
        }
    }
}
