package nl.casustafel.ui.measure;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.ui.common.DateFields;
import nl.casustafel.ui.common.Form;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;
import nl.casustafel.ui.measure.MeasureEditorViewModel.Concern;

/**
 * The measure dialog for creating and editing (and amending) a measure. Builds controls bound to the
 * {@link MeasureEditorViewModel}; Enter saves, Esc cancels; messages appear next to the fields and the dialog stays
 * open until the measure is saved.
 */
public final class MeasureDialogs {
    private MeasureDialogs() {
    }

    /** Shows the dialog modal to {@code owner}; the measure's id when saved, empty when cancelled. */
    public static Optional<Long> edit(MeasureEditorViewModel vm, I18n i18n, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(vm.title());
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType saveType = new ButtonType(i18n.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, cancelType);
        dialog.getDialogPane().setId("measureDialog");
        Theme.style(dialog);
        MeasureStyles.apply(dialog.getDialogPane());
        dialog.getDialogPane().getStyleClass().add("measure-dialog");

        Form form = new Form();
        form.node().getColumnConstraints().get(0).setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<MeasureCategory> category = form.add(MeasureDraft.CATEGORY, i18n.get("measure.field.category"),
                id(enumChoice(MeasureCategory.values(), vm.categoryProperty(), i18n), "measureCategory"));
        form.add(MeasureDraft.TYPE, i18n.get("measure.field.type"),
                id(choice(vm.types(), vm.typeProperty(), i18n::label), "measureType"));
        ComboBox<Concern> concern = form.add(MeasureDraft.CONCERNED_PERSON, i18n.get("measure.field.concerns"),
                id(choice(vm.concerns(), vm.concernProperty(), Concern::label), "measureConcerns"));
        concern.setVisibleRowCount(12);
        ComboBox<Partner> partner = form.add(MeasureDraft.OWNER, i18n.get("measure.field.owner"),
                id(choice(vm.owners(), vm.ownerProperty(), p -> p.shortName() + " \u2013 " + p.name()),
                        "measureOwner"));
        partner.setVisibleRowCount(14);
        TextField responsible = form.add(MeasureDraft.RESPONSIBLE, i18n.get("measure.field.responsible"),
                id(new TextField(), "measureResponsible"));
        responsible.textProperty().bindBidirectional(vm.responsibleProperty());
        responsible.setPromptText(i18n.get("measure.field.responsiblePrompt"));
        form.add(MeasureDraft.START, i18n.get("measure.field.start"),
                id(DateFields.datePicker(vm.startProperty()), "measureStart"));
        DatePicker deadline = form.add(MeasureDraft.DEADLINE, i18n.get("measure.field.deadline"),
                id(DateFields.datePicker(vm.deadlineProperty()), "measureDeadline"));
        // The proposed end shows greyed in the empty field; the hint below says which clock proposes it.
        deadline.promptTextProperty().bind(vm.proposedDeadlineProperty());
        Label hint = new Label();
        hint.setId("deadlineHint");
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(vm.deadlineHintProperty());
        hint.visibleProperty().bind(vm.deadlineHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        form.addNote(MeasureDraft.DEADLINE, hint);
        form.add(MeasureDraft.STATUS, i18n.get("measure.field.status"),
                id(enumChoice(MeasureStatus.values(), vm.statusProperty(), i18n), "measureStatus"));
        TextArea description = form.add(MeasureDraft.DESCRIPTION, i18n.get("measure.field.description"),
                id(new TextArea(), "measureDescription"));
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        TextArea reason = form.add(MeasureEditorViewModel.REASON, i18n.get("measure.field.reason"),
                id(new TextArea(), "measureReason"));
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        // The reason row shows only for an amendment; its label and field hide together.
        form.node().getChildren().stream()
                .filter(n -> n == reason.getParent() || (n instanceof Label l && l.getLabelFor() == reason))
                .forEach(n -> {
                    n.visibleProperty().bind(vm.amendmentProperty());
                    n.managedProperty().bind(vm.amendmentProperty());
                });

        Label message = new Label();
        message.setId("formMessage");
        message.getStyleClass().add("form-error");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(10, message, form.node());
        content.setPrefWidth(640);
        content.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);

        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("saveButton");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busyProperty());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            // A date typed but not yet committed (Enter in the field) counts.
            vm.save();
        });
        Button cancel = (Button) dialog.getDialogPane().lookupButton(cancelType);
        cancel.setId("cancelButton");
        cancel.disableProperty().bind(vm.busyProperty());
        dialog.setOnCloseRequest(e -> {
            if (vm.busyProperty().get() && !vm.isSaved()) {
                e.consume();
            }
        });
        vm.errorsProperty().addListener((obs, was, now) -> showErrors(form, now, dialog));
        vm.amendmentProperty().addListener((obs, was, now) -> dialog.setTitle(vm.title()));
        vm.savedProperty().addListener((obs, was, now) -> {
            if (now) {
                dialog.setResult(saveType);
                dialog.close();
            }
        });
        Platform.runLater((vm.isNew() ? category : vm.amendmentProperty().get() ? reason : responsible)::requestFocus);
        dialog.showAndWait();
        return vm.isSaved() ? vm.savedId() : Optional.empty();
    }

    private static void showErrors(Form form, Map<String, String> errors, Dialog<?> dialog) {
        form.showErrors(errors);
        form.focusFirstError(errors);
        Theme.fitToContent(dialog);
    }

    private static <E extends Enum<E>> ComboBox<E> enumChoice(E[] values, ObjectProperty<E> property, I18n i18n) {
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

    private static <T> ComboBox<T> choice(ObservableList<T> items, ObjectProperty<T> property,
                                          Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
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

    /** Sets the CSS id before the form adds the control (the field message gets the id + "Error"). */
    private static <C extends javafx.scene.Node> C id(C control, String id) {
        control.setId(id);
        return control;
    }
}
