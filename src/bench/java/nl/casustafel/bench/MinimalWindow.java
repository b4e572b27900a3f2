package nl.casustafel.bench;

import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of startup and memory: the least a JavaFX desktop program can do, a 1280x800 window with one label,
 * started the same way as the application and printing the same ready line once its first frame is laid out.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Casustafel")), 1280, 800);
            stage.setScene(scene);
            stage.setTitle("Casustafel");
            stage.show();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    long started = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
                    System.out.println("casustafel: ready " + (System.currentTimeMillis() - started));
                    System.out.flush();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        }
    }
}
