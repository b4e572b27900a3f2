package nl.casustafel.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background threads for service calls; outcomes are delivered with {@link Platform#runLater}. */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxUiExecutor.class);
    private final ExecutorService pool;
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyIntegerWrapper busy = new ReadOnlyIntegerWrapper(0);

    public FxUiExecutor() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "casustafel-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (pool.isShutdown()) {
            // The window is closing: late work (a reload after the last save) is dropped, not an error.
            LOG.debug("Work submitted after shutdown was dropped");
            return;
        }
        changeBusy(running.incrementAndGet());
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            } finally {
                changeBusy(running.decrementAndGet());
            }
        });
    }

    private void changeBusy(int count) {
        Platform.runLater(() -> busy.set(count));
    }

    /** How many tasks are running (for a busy indicator); changes on the FX thread. */
    public ReadOnlyIntegerProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while any task runs; safe from any thread (tests wait on it). */
    public boolean isIdle() {
        return running.get() == 0;
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
