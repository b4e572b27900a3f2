package nl.casustafel.ui.household;

import java.net.URL;
import javafx.scene.Parent;

/** The household feature's stylesheet (timeline, genogram, chips), added to the nodes that need it. */
public final class HouseholdStyles {
    private static final URL CSS = HouseholdStyles.class.getResource("/nl/casustafel/ui/household/household.css");

    private HouseholdStyles() {
    }

    public static void apply(Parent parent) {
        if (CSS != null && !parent.getStylesheets().contains(CSS.toExternalForm())) {
            parent.getStylesheets().add(CSS.toExternalForm());
        }
        if (!parent.getStyleClass().contains("household-view")) {
            parent.getStyleClass().add("household-view");
        }
    }
}
