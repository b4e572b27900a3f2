package nl.casustafel.ui.measure;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.ui.common.DateFields;
import nl.casustafel.ui.common.Form;
import nl.casustafel.ui.common.FormDialog;
import nl.casustafel.ui.common.I18n;
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
        FormDialog d = new FormDialog(vm, i18n, owner, "measureDialog");
        MeasureStyles.apply(d.dialog().getDialogPane());
        d.dialog().getDialogPane().getStyleClass().add("measure-dialog");
        Form form = d.form();
        ComboBox<MeasureCategory> category = form.add(MeasureDraft.CATEGORY, i18n.get("measure.field.category"),
                id(d.choice(MeasureCategory.values(), vm.categoryProperty()), "measureCategory"));
        form.add(MeasureDraft.TYPE, i18n.get("measure.field.type"),
                id(d.choice(vm.types(), vm.typeProperty(), i18n::label), "measureType"));
        ComboBox<Concern> concern = form.add(MeasureDraft.CONCERNED_PERSON, i18n.get("measure.field.concerns"),
                id(d.choice(vm.concerns(), vm.concernProperty(), Concern::label), "measureConcerns"));
        concern.setVisibleRowCount(12);
        ComboBox<Partner> partner = form.add(MeasureDraft.OWNER, i18n.get("measure.field.owner"),
                id(d.choice(vm.owners(), vm.ownerProperty(), p -> p.shortName() + " \u2013 " + p.name()),
                        "measureOwner"));
        partner.setVisibleRowCount(14);
        TextField responsible = form.add(MeasureDraft.RESPONSIBLE, i18n.get("measure.field.responsible"),
                id(d.text(vm.responsibleProperty()), "measureResponsible"));
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
                id(d.choice(MeasureStatus.values(), vm.statusProperty()), "measureStatus"));
        form.add(MeasureDraft.DESCRIPTION, i18n.get("measure.field.description"),
                id(d.area(vm.descriptionProperty(), 3), "measureDescription"));
        TextArea reason = form.add(MeasureEditorViewModel.REASON, i18n.get("measure.field.reason"),
                id(d.area(vm.reasonProperty(), 2), "measureReason"));
        // The reason row shows only for an amendment; its label and field hide together.
        form.node().getChildren().stream()
                .filter(n -> n == reason.getParent() || (n instanceof Label l && l.getLabelFor() == reason))
                .forEach(n -> {
                    n.visibleProperty().bind(vm.amendmentProperty());
                    n.managedProperty().bind(vm.amendmentProperty());
                });
        vm.amendmentProperty().addListener((obs, was, now) -> d.dialog().setTitle(vm.title()));
        Platform.runLater((vm.isNew() ? category : vm.amendmentProperty().get() ? reason : responsible)::requestFocus);
        return d.showAndWait() ? vm.savedId() : Optional.empty();
    }

    /** Sets the CSS id before the form adds the control (the field message gets the id + "Error"). */
    private static <C extends javafx.scene.Node> C id(C control, String id) {
        control.setId(id);
        return control;
    }
}
