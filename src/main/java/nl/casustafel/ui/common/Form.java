package nl.casustafel.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A two-column form: label (with mnemonic) left, control right, the field's validation message under the
 * control. Field names match the drafts' field constants so that {@link #showErrors} can place messages.
 */
public final class Form {
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final GridPane grid = new GridPane();
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private int row;

    public Form() {
        grid.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    /**
     * Adds a field. {@code labelText} may hold an underscore before the mnemonic letter ("_Naam").
     * The control gets the CSS id {@code idPrefix + field} when an id prefix is given.
     */
    public <T extends Control> T add(String field, String labelText, T control) {
        Label label = new Label(labelText);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.getStyleClass().add("form-label");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setManaged(false);
        error.setVisible(false);
        error.setWrapText(true);
        // Long messages wrap onto a second line instead of being cut off with an ellipsis.
        error.setMinHeight(Region.USE_PREF_SIZE);
        if (control.getId() == null) {
            control.setId(field);
        }
        error.setId(control.getId() + "Error");
        control.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(2, control, error);
        grid.add(label, 0, row);
        grid.add(box, 1, row);
        // The label stays level with its control when a message appears under the control.
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setHgrow(box, Priority.ALWAYS);
        row++;
        controls.put(field, control);
        errors.put(field, error);
        return control;
    }

    /** Adds a note (a hint) under the field's control and its message. */
    public void addNote(String field, Node note) {
        ((VBox) errors.get(field).getParent()).getChildren().add(note);
    }

    /** Adds a node spanning both columns (a heading, a group of check boxes). */
    public void addWide(Node node) {
        grid.add(node, 0, row, 2, 1);
        row++;
    }

    /** Shows the given messages (field -> message) and clears the others. Unknown fields are ignored. */
    public void showErrors(Map<String, String> messages) {
        errors.forEach((field, label) -> {
            String message = messages.get(field);
            boolean invalid = message != null;
            label.setText(invalid ? message : "");
            label.setVisible(invalid);
            label.setManaged(invalid);
            controls.get(field).pseudoClassStateChanged(INVALID, invalid);
        });
    }

    /** Focuses the first field that has an error; returns false when there is none. */
    public boolean focusFirstError(Map<String, String> messages) {
        for (var e : controls.entrySet()) {
            if (messages.containsKey(e.getKey())) {
                e.getValue().requestFocus();
                return true;
            }
        }
        return false;
    }

    public Control control(String field) {
        return controls.get(field);
    }

    public GridPane node() {
        return grid;
    }
}
