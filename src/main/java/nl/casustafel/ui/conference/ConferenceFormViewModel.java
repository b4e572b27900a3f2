package nl.casustafel.ui.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.conference.Conference;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.ui.common.DateFields;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;

/**
 * Plans a conference, edits its planning, or plans a Samen op in Acuut conference for an acute incident (prefilled:
 * today, the next full hour, the five core partners; the chair only adds their name).
 */
public final class ConferenceFormViewModel extends FormViewModel {
    private enum Mode { CREATE, EDIT, ACUTE }

    private final ConferenceService conferences;
    private final Mode mode;
    private final Long conferenceId;
    private final Long incidentId;
    private int version;
    private Long savedId;

    private final ObjectProperty<ConferenceType> type = new SimpleObjectProperty<>(ConferenceType.REGULAR);
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final IntegerProperty duration = new SimpleIntegerProperty(90);
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty chair = new SimpleStringProperty("");
    private final ObjectProperty<Partner> chairPartner = new SimpleObjectProperty<>();
    private final StringProperty minuteTaker = new SimpleStringProperty("");
    private final ObservableList<Partner> partners = FXCollections.observableArrayList();
    private final ObservableSet<Long> invited = FXCollections.observableSet(new LinkedHashSet<>());

    private ConferenceFormViewModel(ConferenceService conferences, I18n i18n, UiExecutor executor, Clock clock,
                                    Mode mode, Long conferenceId, Long incidentId, int version,
                                    List<Partner> partnerChoices) {
        super(i18n, executor, clock);
        this.conferences = conferences;
        this.mode = mode;
        this.conferenceId = conferenceId;
        this.incidentId = incidentId;
        this.version = version;
        partners.setAll(partnerChoices);
    }

    /** A new conference next week at 10:00, 90 minutes. */
    public static ConferenceFormViewModel forCreate(ConferenceService conferences, I18n i18n, UiExecutor executor,
                                                    Clock clock, List<Partner> partnerChoices) {
        var vm = new ConferenceFormViewModel(conferences, i18n, executor, clock, Mode.CREATE, null, null, 0,
                partnerChoices);
        vm.date.set(i18n.date(vm.today().plusWeeks(1)));
        vm.time.set(DateFields.formatTime(LocalTime.of(10, 0)));
        return vm;
    }

    /**
     * A Samen op in Acuut conference without a registered incident yet: today at the next full hour, one hour, the
     * five core partners invited; the chair adds households afterwards.
     */
    public static ConferenceFormViewModel forCreateAcute(ConferenceService conferences, I18n i18n,
                                                         UiExecutor executor, Clock clock,
                                                         List<Partner> partnerChoices) {
        var vm = new ConferenceFormViewModel(conferences, i18n, executor, clock, Mode.CREATE, null, null, 0,
                partnerChoices);
        var next = java.time.ZonedDateTime.now(clock.withZone(nl.casustafel.domain.common.DomainTime.ZONE))
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusHours(1);
        List<Long> core = partnerChoices.stream()
                .filter(p -> ConferenceType.coreAcutePartnerCodes().contains(p.code())).map(Partner::id).toList();
        vm.fill(new ConferenceDraft(ConferenceType.SAMEN_OP_IN_ACUUT, next.toLocalDate(), next.toLocalTime(), 60, "",
                "", null, "", core));
        return vm;
    }

    /** Edits the planning of an existing conference against its version. */
    public static ConferenceFormViewModel forEdit(ConferenceService conferences, I18n i18n, UiExecutor executor,
                                                  Clock clock, Conference conference, List<Long> invitedPartnerIds,
                                                  List<Partner> partnerChoices) {
        var vm = new ConferenceFormViewModel(conferences, i18n, executor, clock, Mode.EDIT, conference.id(), null,
                conference.version(), partnerChoices);
        var local = conference.startsAt().atZone(nl.casustafel.domain.common.DomainTime.ZONE);
        vm.fill(new ConferenceDraft(conference.type(), local.toLocalDate(), local.toLocalTime(),
                conference.durationMinutes(), conference.place(), conference.chairName(), conference.chairPartnerId(),
                conference.minuteTakerName(), invitedPartnerIds));
        return vm;
    }

    /** A Samen op in Acuut conference for an incident, prefilled with the service's proposal. */
    public static ConferenceFormViewModel forAcute(ConferenceService conferences, I18n i18n, UiExecutor executor,
                                                   Clock clock, long incidentId, ConferenceDraft proposal,
                                                   List<Partner> partnerChoices) {
        var vm = new ConferenceFormViewModel(conferences, i18n, executor, clock, Mode.ACUTE, null, incidentId, 0,
                partnerChoices);
        vm.fill(proposal);
        return vm;
    }

    private void fill(ConferenceDraft d) {
        type.set(d.type());
        date.set(i18n.date(d.date()));
        time.set(DateFields.formatTime(d.time()));
        duration.set(d.durationMinutes());
        place.set(d.place() == null ? "" : d.place());
        chair.set(d.chairName() == null ? "" : d.chairName());
        minuteTaker.set(d.minuteTakerName() == null ? "" : d.minuteTakerName());
        if (d.chairPartnerId() != null) {
            partners.stream().filter(p -> p.id() == d.chairPartnerId()).findFirst().ifPresent(chairPartner::set);
        }
        invited.clear();
        invited.addAll(d.invitedPartnerIds());
    }

    public boolean isAcute() {
        return mode == Mode.ACUTE;
    }

    @Override
    public String title() {
        return i18n.get(switch (mode) {
            case CREATE -> "conference.form.createTitle";
            case EDIT -> "conference.form.editTitle";
            case ACUTE -> "conference.form.acuteTitle";
        });
    }

    @Override
    protected String conflictMessageKey() {
        return "conference.conflict";
    }

    /** The draft as typed; text that is not a date or time counts as empty (its message comes from save). */
    public ConferenceDraft draft(List<FieldError> problems) {
        LocalDate day = date(date.get(), ConferenceDraft.DATE, problems);
        LocalTime at = time(time.get(), ConferenceDraft.TIME, problems);
        Partner partner = chairPartner.get();
        List<Long> invitedIds = partners.stream().map(Partner::id).filter(invited::contains).toList();
        return new ConferenceDraft(type.get(), day, at, duration.get(), place.get(), chair.get(),
                partner == null ? null : partner.id(), minuteTaker.get(), invitedIds);
    }

    @Override
    public void save() {
        List<FieldError> problems = new ArrayList<>();
        ConferenceDraft d = draft(problems);
        addUnlessPresent(problems, d.validate());
        switch (mode) {
            case CREATE -> submit(problems, () -> conferences.plan(d), id -> savedId = id);
            case ACUTE -> {
                long incident = incidentId;
                submit(problems, () -> conferences.planAcute(incident, d), id -> savedId = id);
            }
            case EDIT -> {
                long id = conferenceId;
                int v = version;
                submit(problems, () -> {
                    conferences.update(id, v, d);
                    return id;
                }, saved -> savedId = saved);
            }
        }
    }

    /** After a conflict and reload: save the typed input against the current version next time. */
    public void rebase(int currentVersion) {
        this.version = currentVersion;
    }

    public Optional<Long> savedId() {
        return Optional.ofNullable(savedId);
    }

    public void setInvited(long partnerId, boolean on) {
        if (on) {
            invited.add(partnerId);
        } else {
            invited.remove(partnerId);
        }
    }

    public Set<Long> invitedIds() {
        return Set.copyOf(invited);
    }

    public ObservableSet<Long> invited() {
        return invited;
    }

    public ObservableList<Partner> partners() {
        return partners;
    }

    public ObjectProperty<ConferenceType> typeProperty() {
        return type;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public IntegerProperty durationProperty() {
        return duration;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty chairProperty() {
        return chair;
    }

    public ObjectProperty<Partner> chairPartnerProperty() {
        return chairPartner;
    }

    public StringProperty minuteTakerProperty() {
        return minuteTaker;
    }
}
