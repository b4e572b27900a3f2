package nl.casustafel.ui.minutes;

import java.net.URL;
import javafx.scene.Parent;

/** The minutes feature's stylesheet (status header, preview pages, log, dialogs), added to its root nodes. */
final class MinutesStyles {
    private static final URL CSS = MinutesStyles.class.getResource("/nl/casustafel/ui/minutes/minutes.css");

    private MinutesStyles() {
    }

    static void apply(Parent parent) {
        if (CSS != null && !parent.getStylesheets().contains(CSS.toExternalForm())) {
            parent.getStylesheets().add(CSS.toExternalForm());
        }
    }
}
