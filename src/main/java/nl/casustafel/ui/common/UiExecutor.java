package nl.casustafel.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the outcome back on the FX thread. View models use this for every
 * service call so that the window never freezes. Tests use {@link SynchronousUiExecutor}.
 * Work is never interrupted (H2 closes its file on interrupt): cancel cooperatively with a flag.
 */
public interface UiExecutor {

    /** Runs {@code work}; then exactly one of the callbacks runs on the FX thread. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}
