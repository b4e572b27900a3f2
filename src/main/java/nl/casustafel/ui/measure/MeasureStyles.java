package nl.casustafel.ui.measure;

import java.net.URL;
import javafx.scene.Parent;

/** The measures feature's stylesheet (overview, matrix, deadlines), added to the nodes that need it. */
public final class MeasureStyles {
    private static final URL CSS = MeasureStyles.class.getResource("/nl/casustafel/ui/theme/measure.css");

    private MeasureStyles() {
    }

    public static void apply(Parent parent) {
        if (CSS != null && !parent.getStylesheets().contains(CSS.toExternalForm())) {
            parent.getStylesheets().add(CSS.toExternalForm());
        }
    }
}
