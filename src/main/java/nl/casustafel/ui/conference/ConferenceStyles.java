package nl.casustafel.ui.conference;

import java.net.URL;
import javafx.scene.Parent;

/** The conference feature's stylesheet (agenda builder, meeting mode), added to its root node. */
final class ConferenceStyles {
    private static final URL CSS = ConferenceStyles.class.getResource("/nl/casustafel/ui/conference/conference.css");

    private ConferenceStyles() {
    }

    static void apply(Parent parent) {
        if (CSS != null && !parent.getStylesheets().contains(CSS.toExternalForm())) {
            parent.getStylesheets().add(CSS.toExternalForm());
        }
    }
}
