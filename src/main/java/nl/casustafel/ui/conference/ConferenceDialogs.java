package nl.casustafel.ui.conference;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.AttendeeDraft;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.conference.ConferenceRole;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.ui.common.DateInput;
import nl.casustafel.ui.common.FormDialog;
import nl.casustafel.ui.common.I18n;

/** The conference feature's form dialogs. Each builds controls bound to its view model and nothing more. */
public final class ConferenceDialogs {
    private ConferenceDialogs() {
    }

    /** Plan, edit or plan an acute conference; the conference id when saved. */
    public static Optional<Long> conference(ConferenceFormViewModel vm, I18n i18n, Window owner) {
        FormDialog d = new FormDialog(vm, i18n, owner, "conferenceDialog");
        var f = d.form();
        ComboBox<ConferenceType> type = f.add(ConferenceDraft.TYPE, i18n.get("conference.field.type"),
                id(d.choice(ConferenceType.values(), vm.typeProperty()), "conferenceType"));
        f.add(ConferenceDraft.DATE, i18n.get("conference.field.date"),
                id(DateInput.datePicker(vm.dateProperty()), "conferenceDate"));
        TextField time = f.add(ConferenceDraft.TIME, i18n.get("conference.field.time"),
                id(DateInput.timeField(vm.timeProperty()), "conferenceTime"));
        time.setMaxWidth(90);
        Spinner<Integer> duration = new Spinner<>(5, ConferenceDraft.MAX_DURATION, vm.durationProperty().get(), 15);
        duration.setEditable(true);
        duration.valueProperty().addListener((obs, was, now) -> vm.durationProperty().set(now == null ? 0 : now));
        duration.setMaxWidth(110);
        f.add(ConferenceDraft.DURATION, i18n.get("conference.field.duration"), id(duration, "conferenceDuration"));
        f.add(ConferenceDraft.PLACE, i18n.get("conference.field.place"),
                id(d.text(vm.placeProperty()), "conferencePlace"));
        TextField chair = f.add(ConferenceDraft.CHAIR, i18n.get("conference.field.chair"),
                id(d.text(vm.chairProperty()), "conferenceChair"));
        f.add("chairPartner", i18n.get("conference.field.chairPartner"),
                id(d.choice(vm.partners(), vm.chairPartnerProperty(), ConferenceDialogs::partnerLabel),
                        "conferenceChairPartner"));
        f.add(ConferenceDraft.MINUTE_TAKER, i18n.get("conference.field.minuteTaker"),
                id(d.text(vm.minuteTakerProperty()), "conferenceMinuteTaker"));

        GridPane invited = new GridPane();
        invited.setHgap(16);
        invited.setVgap(6);
        int k = 0;
        for (Partner p : vm.partners()) {
            CheckBox box = new CheckBox(p.shortName());
            box.setId("invite-" + p.id());
            box.setSelected(vm.invited().contains(p.id()));
            box.selectedProperty().addListener((obs, was, now) -> vm.setInvited(p.id(), now));
            box.setMnemonicParsing(false);
            invited.add(box, k % 3, k / 3);
            k++;
        }
        f.add("invited", i18n.get("conference.field.invited"), plain(invited));
        // In the acute flow everything is proposed: the chair types their name and presses Enter.
        focusLater(vm.isAcute() ? chair : type);
        boolean saved = d.showAndWait();
        return saved ? vm.savedId() : Optional.empty();
    }

    /** Invite a person or edit their attendance; true when saved. */
    public static boolean attendee(AttendeeFormViewModel vm, I18n i18n, Window owner) {
        FormDialog d = new FormDialog(vm, i18n, owner, "attendeeDialog");
        var f = d.form();
        TextField name = f.add(AttendeeDraft.NAME, i18n.get("conference.attendee.name"),
                id(d.text(vm.nameProperty()), "attendeeName"));
        f.add(AttendeeDraft.ROLE, i18n.get("conference.attendee.role"),
                id(d.choice(ConferenceRole.values(), vm.roleProperty()), "attendeeRole"));
        f.add(AttendeeDraft.PARTNER, i18n.get("conference.attendee.partner"),
                id(d.choice(vm.partners(), vm.partnerProperty(), ConferenceDialogs::partnerLabel), "attendeePartner"));
        ComboBox<AttendanceStatus> attendance = new ComboBox<>();
        attendance.getItems().add(null);
        attendance.getItems().addAll(AttendanceStatus.values());
        attendance.setConverter(new StringConverter<>() {
            @Override
            public String toString(AttendanceStatus s) {
                return s == null ? i18n.get("conference.attendance.unknown") : i18n.label(s);
            }

            @Override
            public AttendanceStatus fromString(String s) {
                return null;
            }
        });
        attendance.valueProperty().bindBidirectional(vm.attendanceProperty());
        f.add("attendance", i18n.get("conference.attendee.attendance"), id(attendance, "attendeeAttendance"));
        CheckBox sent = new CheckBox(i18n.get("conference.attendee.informationSent"));
        sent.selectedProperty().bindBidirectional(vm.informationSentProperty());
        f.add("informationSent", "", id(sent, "attendeeInformationSent"));
        f.add(AttendeeDraft.CONFIDENTIALITY, i18n.get("conference.attendee.confidentiality"),
                id(DateInput.datePicker(vm.confidentialitySignedOnProperty()), "attendeeConfidentiality"));
        Label hint = new Label(i18n.get("conference.attendee.confidentialityHint"));
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        d.addBelow(hint);
        focusLater(name);
        return d.showAndWait();
    }

    static String partnerLabel(Partner p) {
        return p.shortName() + " \u2013 " + p.name();
    }

    private static ScrollPane plain(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.getStyleClass().addAll("edge-to-edge", "plain-group");
        pane.setFocusTraversable(false);
        pane.setPadding(new Insets(2, 0, 2, 0));
        return pane;
    }

    private static <C extends Node> C id(C control, String id) {
        control.setId(id);
        return control;
    }

    private static void focusLater(Node node) {
        if (node != null) {
            Platform.runLater(node::requestFocus);
        }
    }
}
