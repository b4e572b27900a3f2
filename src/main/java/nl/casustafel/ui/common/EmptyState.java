package nl.casustafel.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/**
 * An honest empty state: icon, title, one sentence and optional actions, centred. Used for "nothing here yet",
 * "nothing found" and "not available yet"; never a blank or broken screen.
 */
public final class EmptyState {
    private final VBox box = new VBox(12);
    private final Label title = new Label();
    private final Label text = new Label();
    private final HBox actions = new HBox(8);

    public EmptyState(Ikon icon, String titleText, String sentence) {
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        box.setFillWidth(false);
        title.getStyleClass().add("empty-state-title");
        title.setWrapText(true);
        text.getStyleClass().add("empty-state-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        actions.setAlignment(Pos.CENTER);
        actions.getStyleClass().add("empty-state-actions");
        box.getChildren().addAll(Icons.of(icon, "empty-state-icon"), title, text);
        setTitle(titleText);
        setText(sentence);
    }

    public EmptyState setTitle(String value) {
        title.setText(value);
        return this;
    }

    public EmptyState setText(String value) {
        text.setText(value);
        text.setVisible(value != null && !value.isBlank());
        text.setManaged(text.isVisible());
        return this;
    }

    /** Adds action nodes (buttons, a progress row) under the text. */
    public EmptyState addActions(Node... nodes) {
        if (actions.getParent() == null) {
            box.getChildren().add(actions);
        }
        actions.getChildren().addAll(nodes);
        return this;
    }

    /** Adds a node below the actions (for example a progress row). */
    public EmptyState addBelow(Node node) {
        box.getChildren().add(node);
        return this;
    }

    public Label titleLabel() {
        return title;
    }

    public Label textLabel() {
        return text;
    }

    public VBox node() {
        return box;
    }
}
