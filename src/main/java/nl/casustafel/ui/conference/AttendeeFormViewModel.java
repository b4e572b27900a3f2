package nl.casustafel.ui.conference;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.Attendee;
import nl.casustafel.domain.conference.AttendeeDraft;
import nl.casustafel.domain.conference.ConferenceRole;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;

/** Invites a person to a conference or edits their attendance, role and confidentiality statement. */
public final class AttendeeFormViewModel extends FormViewModel {
    private final ConferenceService conferences;
    private final long conferenceId;
    private final Long attendeeId;
    private int version;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Partner> partner = new SimpleObjectProperty<>();
    private final ObjectProperty<ConferenceRole> role = new SimpleObjectProperty<>(ConferenceRole.PARTICIPANT);
    private final ObjectProperty<AttendanceStatus> attendance = new SimpleObjectProperty<>();
    private final BooleanProperty informationSent = new SimpleBooleanProperty(false);
    private final StringProperty confidentialitySignedOn = new SimpleStringProperty("");
    private final ObservableList<Partner> partners = FXCollections.observableArrayList();

    private AttendeeFormViewModel(ConferenceService conferences, I18n i18n, UiExecutor executor, Clock clock,
                                  long conferenceId, Long attendeeId, int version, List<Partner> partnerChoices) {
        super(i18n, executor, clock);
        this.conferences = conferences;
        this.conferenceId = conferenceId;
        this.attendeeId = attendeeId;
        this.version = version;
        partners.setAll(partnerChoices);
    }

    public static AttendeeFormViewModel forCreate(ConferenceService conferences, I18n i18n, UiExecutor executor,
                                                  Clock clock, long conferenceId, List<Partner> partnerChoices) {
        return new AttendeeFormViewModel(conferences, i18n, executor, clock, conferenceId, null, 0, partnerChoices);
    }

    public static AttendeeFormViewModel forEdit(ConferenceService conferences, I18n i18n, UiExecutor executor,
                                                Clock clock, Attendee attendee, List<Partner> partnerChoices) {
        var vm = new AttendeeFormViewModel(conferences, i18n, executor, clock, attendee.conferenceId(), attendee.id(),
                attendee.version(), partnerChoices);
        vm.name.set(attendee.name());
        if (attendee.partnerId() != null) {
            vm.partners.stream().filter(p -> p.id() == attendee.partnerId()).findFirst().ifPresent(vm.partner::set);
        }
        vm.role.set(attendee.role());
        vm.attendance.set(attendee.attendance());
        vm.informationSent.set(attendee.informationSent());
        vm.confidentialitySignedOn.set(i18n.date(attendee.confidentialitySignedOn()));
        return vm;
    }

    @Override
    public String title() {
        return i18n.get(attendeeId == null ? "conference.attendee.createTitle" : "conference.attendee.editTitle");
    }

    @Override
    protected String conflictMessageKey() {
        return "conference.conflict";
    }

    public AttendeeDraft draft(List<FieldError> problems) {
        Partner p = partner.get();
        return new AttendeeDraft(name.get(), p == null ? null : p.id(), role.get(), attendance.get(),
                informationSent.get(), date(confidentialitySignedOn.get(), AttendeeDraft.CONFIDENTIALITY, problems));
    }

    @Override
    public void save() {
        List<FieldError> problems = new ArrayList<>();
        AttendeeDraft d = draft(problems);
        addUnlessPresent(problems, d.validate(today()));
        if (attendeeId == null) {
            long conference = conferenceId;
            submit(problems, () -> conferences.addAttendee(conference, d), id -> { });
        } else {
            long id = attendeeId;
            int v = version;
            submit(problems, () -> {
                conferences.updateAttendee(id, v, d);
                return id;
            }, ignored -> { });
        }
    }

    public void rebase(int currentVersion) {
        this.version = currentVersion;
    }

    public ObservableList<Partner> partners() {
        return partners;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Partner> partnerProperty() {
        return partner;
    }

    public ObjectProperty<ConferenceRole> roleProperty() {
        return role;
    }

    public ObjectProperty<AttendanceStatus> attendanceProperty() {
        return attendance;
    }

    public BooleanProperty informationSentProperty() {
        return informationSent;
    }

    public StringProperty confidentialitySignedOnProperty() {
        return confidentialitySignedOn;
    }
}
