package nl.casustafel.ui.common;

import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.casustafel.ui.common.Form;
import nl.casustafel.ui.common.I18n;

/**
 * A modal dialog around a {@link Form} and its {@link FormViewModel}: Save asks the view model to save and the
 * dialog stays open until it has; field messages appear next to the fields, a form message above them.
 */
public final class FormDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Form form = new Form();
    private final FormViewModel vm;
    private final I18n i18n;
    private final ButtonType saveType;
    private final VBox content;
    private java.util.function.BooleanSupplier beforeSave = () -> true;

    public FormDialog(FormViewModel vm, I18n i18n, Window owner, String id) {
        this.vm = vm;
        this.i18n = i18n;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(vm.title());
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        saveType = new ButtonType(i18n.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, cancel);
        dialog.getDialogPane().setId(id);
        Theme.style(dialog);

        Label message = new Label();
        message.setId("formMessage");
        message.getStyleClass().add("form-error");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        form.node().setHgap(12);
        form.node().setVgap(8);
        // Labels are never cut off; the fields take the rest of the width.
        form.node().getColumnConstraints().get(0).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        content = new VBox(10, message, form.node());
        content.setPrefWidth(640);
        content.setPadding(new javafx.geometry.Insets(8, 12, 8, 12));

        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("saveButton");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busyProperty());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (beforeSave.getAsBoolean()) {
                vm.save();
            }
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("cancelButton");
        // While a save runs it can no longer be called off: closing now would hide a change that still lands.
        cancelButton.disableProperty().bind(vm.busyProperty());
        dialog.setOnCloseRequest(e -> {
            if (vm.busyProperty().get() && !vm.savedProperty().get()) {
                e.consume();
            }
        });
        vm.errorsProperty().addListener((obs, was, now) -> showErrors(now));
        vm.savedProperty().addListener((obs, was, now) -> {
            if (now) {
                dialog.setResult(saveType);
                dialog.close();
            }
        });
    }

    private void showErrors(Map<String, String> errors) {
        form.showErrors(errors);
        form.focusFirstError(errors);
    }

    /** A step before saving (a confirmation); saving goes ahead only when it answers true. */
    public void setBeforeSave(java.util.function.BooleanSupplier beforeSave) {
        this.beforeSave = beforeSave;
    }

    /** Label of the Save button ("_Sluiten" for closing a household). */
    public void setSaveText(String text) {
        ((Button) dialog.getDialogPane().lookupButton(saveType)).setText(text);
    }

    public Form form() {
        return form;
    }

    /** Extra content under the form (a list, a group of check boxes). */
    public void addBelow(Node node) {
        content.getChildren().add(node);
    }

    /** Shows the dialog and waits; true when saved. */
    public boolean showAndWait() {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        return dialog.showAndWait().filter(b -> b == saveType).isPresent() || vm.isSaved();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    // ---- control factories bound to view-model properties -------------------------------------------------

    public TextField text(StringProperty property) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        return field;
    }

    public TextArea area(StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    /** A choice of enum constants shown by their labels. */
    public <E extends Enum<E>> ComboBox<E> choice(E[] values, ObjectProperty<E> property) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : i18n.label(value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** A choice of items shown with {@code label}. */
    public <T> ComboBox<T> choice(ObservableList<T> items, ObjectProperty<T> property,
                                  java.util.function.Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return items.stream().filter(i -> Objects.equals(label.apply(i), s)).findFirst().orElse(null);
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : label.apply(item));
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}
