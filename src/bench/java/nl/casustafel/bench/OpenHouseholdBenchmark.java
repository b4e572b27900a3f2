package nl.casustafel.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.casustafel.app.AppContext;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import nl.casustafel.ui.common.Theme;
import nl.casustafel.ui.household.HouseholdPagesImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * open-household: the household with 200 incidents opened to a rendered view, as the main window opens it: the
 * real {@code HouseholdView} and view model (services called synchronously on the FX thread), CSS and layout of a
 * 1280x800 scene and one render of it into an image (JavaFX headless, Monocle, software pipeline). Baseline: the
 * dossier read alone, {@code HouseholdService.open}.
 */
@Measurement(iterations = 4, time = 1)
@State(Scope.Benchmark)
public class OpenHouseholdBenchmark {
    @Param("")
    public String store;
    @Param("0")
    public long household;

    private AppContext context;
    private HouseholdPagesImpl pages;
    private StackPane host;
    private Scene scene;
    private WritableImage image;
    private Stage stage;

    @Setup
    public void open() throws Exception {
        context = BenchStores.open(Path.of(store), nl.casustafel.domain.security.Role.SPECIALIST);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        onFx(() -> {
            Theme.installUserAgentStylesheet();
            pages = new HouseholdPagesImpl(context.households(), context.partners(), context.measures(),
                    new I18n(I18n.DUTCH), new SynchronousUiExecutor(), context.clock(), null);
            host = new StackPane();
            Theme.style(host);
            scene = new Scene(host, 1280, 800);
            image = new WritableImage(1280, 800);
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
    }

    @TearDown
    public void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
        context.close();
        Platform.exit();
    }

    /** JavaFX's CSS and layout code takes a hundred or so openings to be compiled: a longer warm-up. */
    @Benchmark
    @Warmup(iterations = 12, time = 1)
    public Object rendered() throws Exception {
        return onFx(() -> {
            pages.show(host, household, () -> { });
            host.applyCss();
            host.layout();
            return scene.snapshot(image);
        });
    }

    @Benchmark
    @Warmup(iterations = 3, time = 1)
    public Object dossier() {
        return context.households().open(household);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get();
    }
}
