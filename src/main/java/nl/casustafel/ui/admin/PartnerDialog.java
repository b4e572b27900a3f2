package nl.casustafel.ui.admin;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.casustafel.domain.partner.PartnerDraft;
import nl.casustafel.ui.admin.PartnerEditorViewModel.Outcome;
import nl.casustafel.ui.common.Form;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;

/** Dialog to add or edit a partner organisation; stays open while the input is invalid. */
public final class PartnerDialog {
    private final Dialog<Outcome> dialog = new Dialog<>();

    public PartnerDialog(PartnerEditorViewModel vm, I18n i18n, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(i18n.get(vm.isNew() ? "admin.partner.add.title" : "admin.partner.edit.title"));
        dialog.getDialogPane().setId("partnerDialog");
        Form form = new Form();
        TextField name = form.add(PartnerDraft.NAME, i18n.get("admin.partner.field.name"), new TextField());
        name.setId("partnerName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField shortName = form.add(PartnerDraft.SHORT_NAME, i18n.get("admin.partner.field.shortName"),
                new TextField());
        shortName.setId("partnerShortName");
        shortName.textProperty().bindBidirectional(vm.shortNameProperty());
        CheckBox active = new CheckBox(i18n.get("admin.partner.field.active"));
        active.setId("partnerActive");
        active.setMnemonicParsing(true);
        active.selectedProperty().bindBidirectional(vm.activeProperty());
        form.addWide(active);
        Label hint = new Label(i18n.get("admin.partner.activeHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        form.addWide(hint);

        Label formError = new Label();
        formError.setId("formError");
        formError.getStyleClass().add("form-error");
        formError.setWrapText(true);
        formError.textProperty().bind(vm.formErrorProperty());
        formError.visibleProperty().bind(vm.formErrorProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        vm.errorsProperty().addListener((obs, was, is) -> {
            form.showErrors(is);
            form.focusFirstError(is);
            Theme.fitToContent(dialog);
        });
        vm.formErrorProperty().addListener((obs, was, is) -> Theme.fitToContent(dialog));

        VBox content = new VBox(12, form.node(), formError);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(i18n.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveButton");
        saveButton.disableProperty().bind(vm.savingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(outcome -> {
                if (outcome == Outcome.SAVED || outcome == Outcome.CONFLICT) {
                    dialog.setResult(outcome);
                    dialog.close();
                }
            });
        });
        dialog.setResultConverter(button -> null);
        Theme.style(dialog);
        dialog.setOnShown(e -> name.requestFocus());
    }

    /** Shows the dialog; the outcome when it was saved or ran into a conflict, empty when cancelled. */
    public Optional<Outcome> showAndWait() {
        return dialog.showAndWait();
    }
}
