package nl.casustafel.ui.household.form;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.InvolvementDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.ui.common.DateInput;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.FormDialog;
import nl.casustafel.ui.common.I18n;

/** The household feature's form dialogs. Each builds controls bound to its view model and nothing more. */
public final class HouseholdDialogs {
    private HouseholdDialogs() {
    }

    /** Create or edit a household; the id when saved. */
    public static Optional<Long> household(HouseholdFormViewModel vm, I18n i18n, Window owner) {
        FormDialog d = dialog(vm, i18n, owner, "householdDialog");
        var f = d.form();
        f.add(HouseholdDraft.NAME, i18n.get("household.field.name"), d.text(vm.nameProperty()))
                .setPromptText(i18n.get("household.field.namePrompt"));
        f.add("street", i18n.get("household.field.street"), d.text(vm.streetProperty()));
        f.add("houseNumber", i18n.get("household.field.houseNumber"), d.text(vm.houseNumberProperty()));
        f.add(HouseholdDraft.POSTCODE, i18n.get("household.field.postcode"), d.text(vm.postcodeProperty()))
                .setPromptText("1234 AB");
        f.add("city", i18n.get("household.field.city"), d.text(vm.cityProperty()));
        f.add(HouseholdDraft.PHASE, i18n.get("household.field.phase"), d.choice(Phase.values(), vm.phaseProperty()));
        ComboBox<nl.casustafel.domain.partner.Partner> partner = id(d.choice(vm.partners(),
                vm.directorPartnerProperty(), p -> p.shortName() + " \u2013 " + p.name()), "caseDirectorPartner");
        f.add(HouseholdDraft.CASE_DIRECTOR, i18n.get("household.field.directorPartner"), partner);
        f.add("caseDirectorName", i18n.get("household.field.directorName"), d.text(vm.directorNameProperty()));
        f.add(HouseholdDraft.OPENED_ON, i18n.get("household.field.openedOn"),
                DateInput.datePicker(vm.openedOnProperty()));
        focusLater(f.control(HouseholdDraft.NAME));
        boolean saved = d.showAndWait();
        return saved ? vm.createdId().or(() -> Optional.of(0L)) : Optional.empty();
    }

    public static boolean incident(IncidentFormViewModel vm, I18n i18n, Window owner) {
        FormDialog d = dialog(vm, i18n, owner, "incidentDialog");
        var f = d.form();
        DatePicker date = f.add(IncidentDraft.DATE, i18n.get("incident.field.date"),
                id(DateInput.datePicker(vm.dateProperty()), "incidentDate"));
        TextField time = f.add(IncidentDraft.TIME, i18n.get("incident.field.time"),
                id(DateInput.timeField(vm.timeProperty()), "incidentTime"));
        time.setMaxWidth(90);
        f.add(IncidentDraft.TYPE, i18n.get("incident.field.type"),
                id(d.choice(IncidentType.values(), vm.typeProperty()), "incidentType"));
        f.add(IncidentDraft.SEVERITY, i18n.get("incident.field.severity"),
                id(d.choice(Severity.values(), vm.severityProperty()), "incidentSeverity"));
        f.add(IncidentDraft.SOURCE, i18n.get("incident.field.source"),
                id(d.choice(IncidentSource.values(), vm.sourceProperty()), "incidentSource"));
        f.add(IncidentDraft.REGISTRATION_NUMBER, i18n.get("incident.field.registrationNumber"),
                id(d.text(vm.registrationNumberProperty()), "incidentRegistration"));
        f.add("description", i18n.get("incident.field.description"),
                id(d.area(vm.descriptionProperty(), 3), "incidentDescription"));

        GridPane markers = new GridPane();
        markers.setHgap(16);
        markers.setVgap(6);
        RiskMarker[] all = RiskMarker.values();
        for (int k = 0; k < all.length; k++) {
            CheckBox box = new CheckBox(i18n.label(all[k]));
            box.setId("marker-" + all[k].name());
            box.selectedProperty().bindBidirectional(vm.markerProperty(all[k]));
            markers.add(box, k % 2, k / 2);
        }
        f.add("riskMarkers", i18n.get("incident.field.markers"), plain(markers));

        GridPane persons = new GridPane();
        persons.setHgap(12);
        persons.setVgap(6);
        int row = 0;
        for (var choice : vm.involved()) {
            CheckBox box = new CheckBox(choice.name());
            box.setId("involved-" + choice.personId());
            box.selectedProperty().bindBidirectional(choice.selectedProperty());
            ComboBox<PersonRole> role = d.choice(PersonRole.values(), choice.roleProperty());
            role.setId("involvedRole-" + choice.personId());
            role.disableProperty().bind(box.selectedProperty().not());
            role.setAccessibleText(i18n.get("incident.involvedRole", choice.name()));
            persons.addRow(row++, box, role);
        }
        if (vm.involved().isEmpty()) {
            persons.add(new Label(i18n.get("incident.involved.none")), 0, 0);
        }
        f.add(IncidentDraft.INVOLVED, i18n.get("incident.field.involved"), plain(persons));
        focusLater(vm.isNew() ? f.control(IncidentDraft.TYPE) : date);
        return d.showAndWait();
    }

    private static ScrollPane plain(javafx.scene.Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.getStyleClass().addAll("edge-to-edge", "plain-group");
        pane.setFocusTraversable(false);
        pane.setPadding(new Insets(2, 0, 2, 0));
        return pane;
    }

    public static boolean person(PersonFormViewModel vm, I18n i18n, Window owner) {
        FormDialog d = dialog(vm, i18n, owner, "personDialog");
        var f = d.form();
        if (vm.showsPerson()) {
            f.add(PersonDraft.GIVEN_NAMES, i18n.get("person.field.givenNames"), d.text(vm.givenNamesProperty()));
            f.add(PersonFormViewModel.PARTICLES, i18n.get("person.field.particles"), d.text(vm.particlesProperty()))
                    .setPromptText(i18n.get("person.field.particlesPrompt"));
            f.add(PersonDraft.SURNAME, i18n.get("person.field.surname"), d.text(vm.surnameProperty()));
            f.add(PersonDraft.DATE_OF_BIRTH, i18n.get("person.field.dateOfBirth"),
                    DateInput.datePicker(vm.dateOfBirthProperty()));
            f.add(PersonDraft.BSN, i18n.get("person.field.bsn"), d.text(vm.bsnProperty()));
            f.add(PersonDraft.GENDER, i18n.get("person.field.gender"), d.choice(Gender.values(), vm.genderProperty()));
            f.add(PersonFormViewModel.NOTES, i18n.get("person.field.notes"), d.area(vm.notesProperty(), 2));
        }
        if (vm.showsMembership()) {
            f.add(MembershipDraft.ROLE, i18n.get("person.field.role"), d.choice(PersonRole.values(), vm.roleProperty()));
            f.add(PersonFormViewModel.START_DATE, i18n.get("person.field.startDate"),
                    DateInput.datePicker(vm.startDateProperty()));
            f.add(MembershipDraft.END_DATE, i18n.get("person.field.endDate"),
                    DateInput.datePicker(vm.endDateProperty()));
        }
        focusLater(vm.showsPerson() ? f.control(PersonDraft.GIVEN_NAMES) : f.control(MembershipDraft.ROLE));
        return d.showAndWait();
    }

    public static boolean existingPerson(ExistingPersonViewModel vm, I18n i18n, Window owner) {
        FormDialog d = dialog(vm, i18n, owner, "existingPersonDialog");
        var f = d.form();
        TextField search = f.add("query", i18n.get("person.existing.search"),
                id(d.text(vm.queryProperty()), "personSearch"));
        search.setPromptText(i18n.get("person.existing.hint"));
        search.textProperty().addListener((obs, was, now) -> vm.search());
        ListView<ExistingPersonViewModel.Match> results = new ListView<>(vm.matches());
        results.setId("personResults");
        results.setPrefHeight(180);
        results.setPlaceholder(new Label(i18n.get("person.existing.none")));
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ExistingPersonViewModel.Match item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(item.name());
                name.getStyleClass().add("match-name");
                Label details = new Label(item.details());
                Label in = new Label(item.households());
                in.getStyleClass().add("text-muted");
                setText(null);
                setGraphic(new VBox(1, name, new HBox(8, details), in));
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> vm.selectedProperty().set(now));
        f.add(ExistingPersonViewModel.PERSON, i18n.get("person.existing.results"), results);
        f.add(MembershipDraft.ROLE, i18n.get("person.field.role"), d.choice(PersonRole.values(), vm.roleProperty()));
        f.add(ExistingPersonViewModel.START_DATE, i18n.get("person.field.startDate"),
                DateInput.datePicker(vm.startDateProperty()));
        f.add(MembershipDraft.END_DATE, i18n.get("person.field.endDate"), DateInput.datePicker(vm.endDateProperty()));
        focusLater(search);
        return d.showAndWait();
    }

    public static boolean relation(RelationFormViewModel vm, I18n i18n, Window owner) {
        FormDialog d = dialog(vm, i18n, owner, "relationDialog");
        var f = d.form();
        f.add(RelationFormViewModel.PERSON_A, i18n.get("relation.field.personA"),
                d.choice(vm.members(), vm.personAProperty(), RelationFormViewModel.Choice::name));
        f.add(RelationFormViewModel.TYPE, i18n.get("relation.field.type"),
                d.choice(RelationType.values(), vm.typeProperty()));
        f.add(RelationFormViewModel.PERSON_B, i18n.get("relation.field.personB"),
                d.choice(vm.members(), vm.personBProperty(), RelationFormViewModel.Choice::name));
        focusLater(f.control(RelationFormViewModel.PERSON_A));
        return d.showAndWait();
    }

    public static boolean involvement(InvolvementFormViewModel vm, I18n i18n, Window owner) {
        FormDialog d = dialog(vm, i18n, owner, "involvementDialog");
        var f = d.form();
        f.add(InvolvementDraft.PARTNER, i18n.get("involvement.field.partner"),
                d.choice(vm.partners(), vm.partnerProperty(), p -> p.shortName() + " \u2013 " + p.name()));
        f.add(InvolvementFormViewModel.CONTACT_PERSON, i18n.get("involvement.field.contactPerson"),
                d.text(vm.contactPersonProperty()));
        f.add(InvolvementFormViewModel.CONTACT_DETAILS, i18n.get("involvement.field.contactDetails"),
                d.text(vm.contactDetailsProperty()));
        f.add(InvolvementDraft.START_DATE, i18n.get("involvement.field.startDate"),
                DateInput.datePicker(vm.startDateProperty()));
        f.add(InvolvementDraft.END_DATE, i18n.get("involvement.field.endDate"),
                DateInput.datePicker(vm.endDateProperty()));
        f.add(InvolvementFormViewModel.DESCRIPTION, i18n.get("involvement.field.description"),
                d.area(vm.descriptionProperty(), 3));
        focusLater(f.control(InvolvementDraft.PARTNER));
        return d.showAndWait();
    }

    /** Close or reopen: date and reason, then a confirmation before the decision is recorded. */
    public static boolean statusChange(StatusChangeViewModel vm, I18n i18n, Window owner) {
        FormDialog d = dialog(vm, i18n, owner, "statusDialog");
        var f = d.form();
        f.add(StatusChangeViewModel.DECIDED_ON, i18n.get("household.status.decidedOn"),
                DateInput.datePicker(vm.decidedOnProperty()));
        f.add(StatusChangeViewModel.REASON, i18n.get("household.status.reason"),
                id(d.area(vm.reasonProperty(), 3), "statusReason"));
        String confirmLabel = i18n.get(vm.isClosing() ? "household.close.confirmButton"
                : "household.reopen.confirmButton");
        d.setSaveText(confirmLabel);
        d.setBeforeSave(() -> vm.check() && Dialogs.confirm(d.dialog().getDialogPane().getScene().getWindow(), i18n,
                vm.title(), vm.confirmation(), confirmLabel.replace("_", "")));
        focusLater(f.control(StatusChangeViewModel.REASON));
        return d.showAndWait();
    }

    /** A form dialog with the household feature's styles (chips, match names) on top of the theme. */
    private static FormDialog dialog(nl.casustafel.ui.common.FormViewModel vm, I18n i18n, Window owner, String id) {
        FormDialog d = new FormDialog(vm, i18n, owner, id);
        nl.casustafel.ui.household.HouseholdStyles.apply(d.dialog().getDialogPane());
        return d;
    }

    /** Sets the CSS id before the form adds the control (the field message gets the id + "Error"). */
    private static <C extends javafx.scene.Node> C id(C control, String id) {
        control.setId(id);
        return control;
    }

    private static void focusLater(javafx.scene.Node node) {
        if (node != null) {
            Platform.runLater(node::requestFocus);
        }
    }
}
