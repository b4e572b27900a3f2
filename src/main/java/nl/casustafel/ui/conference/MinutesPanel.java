package nl.casustafel.ui.conference;

import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import nl.casustafel.service.conference.ConferenceDetail;

/**
 * The content of a closed conference's Verslag tab, provided by the minutes feature (the composition root plugs it
 * in, so that this feature does not depend on that one). The conference view tells it when the conference was
 * loaded and when the tab is shown or left, and hands it the keys pressed while the tab is selected.
 */
public interface MinutesPanel {

    Node node();

    /** The conference was loaded (again); the panel reloads when it is shown. */
    void conferenceLoaded(ConferenceDetail detail);

    /** The tab was selected (and the conference is closed). */
    void shown();

    /** The tab was left. */
    void hidden();

    /** A key pressed while the tab is selected (Ctrl+P, Ctrl+Shift+S, zoom); true when handled. */
    boolean handleKey(KeyEvent event);

    /** Builds the panel of one conference. */
    @FunctionalInterface
    interface Factory {
        MinutesPanel create(long conferenceId);
    }
}
