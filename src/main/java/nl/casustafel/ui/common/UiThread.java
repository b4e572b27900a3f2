package nl.casustafel.ui.common;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Hands small updates (progress) from a working thread to the UI thread. Production: {@link #fx()};
 * view-model tests: {@link #direct()}.
 */
@FunctionalInterface
public interface UiThread extends Executor {

    static UiThread fx() {
        return action -> {
            if (Platform.isFxApplicationThread()) {
                action.run();
            } else {
                Platform.runLater(action);
            }
        };
    }

    static UiThread direct() {
        return Runnable::run;
    }
}
