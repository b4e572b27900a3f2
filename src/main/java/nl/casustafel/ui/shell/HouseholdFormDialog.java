package nl.casustafel.ui.shell;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.ui.common.DateFields;
import nl.casustafel.ui.common.Form;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;

/**
 * The (temporary) dialog to create a household: a {@link Form} bound to {@link HouseholdFormViewModel}.
 * Save keeps the dialog open until the household is stored; invalid input shows messages next to the fields.
 */
public final class HouseholdFormDialog {
    private final HouseholdFormViewModel vm;
    private final I18n i18n;
    private final Dialog<Long> dialog = new Dialog<>();

    public HouseholdFormDialog(HouseholdFormViewModel vm, I18n i18n, Window owner) {
        this.vm = vm;
        this.i18n = i18n;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(i18n.get("shell.household.create.title"));
        dialog.getDialogPane().setId("householdDialog");
        Form form = new Form();
        TextField name = form.add(HouseholdDraft.NAME, i18n.get("shell.household.field.name"), new TextField());
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField street = form.add("street", i18n.get("shell.household.field.street"), new TextField());
        street.textProperty().bindBidirectional(vm.streetProperty());
        TextField number = form.add("houseNumber", i18n.get("shell.household.field.houseNumber"), new TextField());
        number.textProperty().bindBidirectional(vm.houseNumberProperty());
        TextField postcode = form.add(HouseholdDraft.POSTCODE, i18n.get("shell.household.field.postcode"),
                new TextField());
        postcode.setPromptText("1234 AB");
        postcode.textProperty().bindBidirectional(vm.postcodeProperty());
        TextField city = form.add("city", i18n.get("shell.household.field.city"), new TextField());
        city.textProperty().bindBidirectional(vm.cityProperty());
        ComboBox<Phase> phase = form.add(HouseholdDraft.PHASE, i18n.get("shell.household.field.phase"),
                new ComboBox<>());
        phase.getItems().setAll(Phase.values());
        phase.setConverter(new StringConverter<>() {
            @Override
            public String toString(Phase p) {
                return i18n.label(p);
            }

            @Override
            public Phase fromString(String s) {
                return null;
            }
        });
        phase.valueProperty().bindBidirectional(vm.phaseProperty());
        ComboBox<Partner> director = form.add(HouseholdDraft.CASE_DIRECTOR,
                i18n.get("shell.household.field.caseDirector"), new ComboBox<>(vm.partnerChoices()));
        director.setConverter(new StringConverter<>() {
            @Override
            public String toString(Partner p) {
                return p == null ? i18n.get("common.none") : p.name();
            }

            @Override
            public Partner fromString(String s) {
                return null;
            }
        });
        director.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Partner p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? i18n.get("common.none") : p.name());
            }
        });
        director.valueProperty().bindBidirectional(vm.caseDirectorPartnerProperty());
        TextField directorName = form.add(HouseholdFormViewModel.CASE_DIRECTOR_NAME,
                i18n.get("shell.household.field.caseDirectorName"), new TextField());
        directorName.textProperty().bindBidirectional(vm.caseDirectorNameProperty());
        DatePicker openedOn = form.add(HouseholdDraft.OPENED_ON, i18n.get("shell.household.field.openedOn"),
                DateFields.datePicker());
        openedOn.valueProperty().bindBidirectional(vm.openedOnProperty());

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
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(i18n.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveButton");
        saveButton.disableProperty().bind(vm.savingProperty());
        dialog.getDialogPane().lookupButton(cancel).setId("cancelButton");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only when the household is stored
            vm.openedOnUnreadableProperty().set(DateFields.hasInvalidText(openedOn));
            if (!DateFields.hasInvalidText(openedOn)) {
                DateFields.commit(openedOn);
            }
            vm.save(id -> {
                dialog.setResult(id);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> null);
        Theme.style(dialog);
        dialog.setOnShown(e -> name.requestFocus());
        vm.start();
    }

    public Optional<Long> showAndWait() {
        return dialog.showAndWait();
    }
}
