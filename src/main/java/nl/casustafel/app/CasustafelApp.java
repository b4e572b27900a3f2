package nl.casustafel.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the store, builds the main window. (Placeholder, being built.) */
public final class CasustafelApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Casustafel");
        stage.show();
    }
}
