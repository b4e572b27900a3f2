package nl.casustafel.ui.shell;

import javafx.scene.Node;

/** A feature's page in one section of the main window (Overleggen, Maatregelen). Called on the FX thread. */
public interface SectionPage {

    /** The page's node for the content area; the same node every time. */
    Node node();

    /** The section was shown: reload what may have changed elsewhere. */
    void shown();

    /** Ctrl+N while this section is shown: start creating this section's main item; false when there is none. */
    default boolean createNew() {
        return false;
    }
}
