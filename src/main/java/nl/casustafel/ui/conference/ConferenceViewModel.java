package nl.casustafel.ui.conference;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AgendaSuggestion;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.Attendee;
import nl.casustafel.domain.conference.AttendeeDraft;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.conference.UnhandledItemsException;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.conference.AgendaEntry;
import nl.casustafel.service.conference.ConferenceDetail;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.household.HouseholdSummary;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.FailureMessages;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One conference before and after the meeting: planning data, attendance, the agenda builder (ranked suggestions
 * with their reasons, search to add any household, reorder, time box and reason per item) and the amendments.
 */
public final class ConferenceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ConferenceViewModel.class);
    /** Default time box of a new agenda item, in minutes; acute items get more. */
    public static final int DEFAULT_TIME_BOX = 15;
    public static final int ACUTE_TIME_BOX = 30;
    public static final int SUGGESTIONS = 25;

    private final ConferenceService conferences;
    private final HouseholdService households;
    private final PartnerService partnerService;
    private final UiExecutor executor;
    private final I18n i18n;
    private final Clock clock;
    private final long conferenceId;

    private final ReadOnlyObjectWrapper<ConferenceDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyListWrapper<AgendaEntry> agenda = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Attendee> attendees =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<AgendaSuggestion> suggestions =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<HouseholdSummary> searchResults =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Partner> partners = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper plannedMinutes = new ReadOnlyIntegerWrapper(0);
    private int searchGeneration;

    public ConferenceViewModel(ConferenceService conferences, HouseholdService households,
                               PartnerService partnerService, UiExecutor executor, I18n i18n, Clock clock,
                               long conferenceId) {
        this.conferences = conferences;
        this.households = households;
        this.partnerService = partnerService;
        this.executor = executor;
        this.i18n = i18n;
        this.clock = clock;
        this.conferenceId = conferenceId;
    }

    public long conferenceId() {
        return conferenceId;
    }

    /** Loads the conference, the partner catalogue and (unless closed) the agenda suggestions. */
    public void load() {
        loading.set(true);
        executor.submit(() -> new Loaded(conferences.open(conferenceId), partnerService.list(true)), loaded -> {
            loading.set(false);
            partners.setAll(loaded.partners());
            show(loaded.detail());
            if (!loaded.detail().conference().isClosed()) {
                loadSuggestions();
            } else {
                suggestions.clear();
            }
        }, this::failed);
    }

    private record Loaded(ConferenceDetail detail, List<Partner> partners) {
    }

    private void show(ConferenceDetail d) {
        detail.set(d);
        agenda.setAll(d.agenda());
        attendees.setAll(d.attendees());
        plannedMinutes.set(d.agenda().stream().mapToInt(e -> e.item().timeBoxMinutes()).sum());
    }

    private void loadSuggestions() {
        executor.submit(() -> conferences.suggest(conferenceId, SUGGESTIONS), suggestions::setAll, this::failed);
    }

    /** Searches open households to add by name, address, postcode, BSN or registration number. */
    public void search() {
        String text = searchText.get();
        int mine = ++searchGeneration;
        if (text == null || text.isBlank()) {
            searchResults.clear();
            return;
        }
        var query = new HouseholdQuery(text, HouseholdStatus.OPEN, false, null, HouseholdQuery.SortField.NAME, true,
                0, 20);
        executor.submit(() -> households.search(query).items(), found -> {
            if (mine == searchGeneration) {
                searchResults.setAll(found);
            }
        }, this::failed);
    }

    public void addSuggestion(AgendaSuggestion s) {
        add(s.householdId(), s.proposedReason());
    }

    public void addHousehold(HouseholdSummary h) {
        add(h.id(), AgendaReason.NEW);
    }

    private void add(long householdId, AgendaReason reason) {
        int timeBox = reason == AgendaReason.ACUTE ? ACUTE_TIME_BOX : DEFAULT_TIME_BOX;
        change(() -> conferences.addAgendaItem(conferenceId, householdId, reason, timeBox), null);
    }

    /** Moves the item by {@code delta} places (keyboard: Alt+Up / Alt+Down). */
    public void move(AgendaEntry entry, int delta) {
        int index = agenda.indexOf(entry);
        if (index < 0) {
            return;
        }
        moveTo(entry, Math.max(0, Math.min(agenda.size() - 1, index + delta)));
    }

    /** Moves the item to a place (drag and drop). */
    public void moveTo(AgendaEntry entry, int newIndex) {
        if (agenda.indexOf(entry) == newIndex) {
            return;
        }
        change(() -> {
            conferences.moveAgendaItem(entry.item().id(), newIndex);
            return null;
        }, null);
    }

    public void updateItem(AgendaEntry entry, AgendaReason reason, int timeBox) {
        change(() -> {
            conferences.updateAgendaItem(entry.item().id(), entry.item().version(), reason, timeBox);
            return null;
        }, null);
    }

    public void remove(AgendaEntry entry) {
        change(() -> {
            conferences.removeAgendaItem(entry.item().id(), entry.item().version());
            return null;
        }, null);
    }

    /** Records attendance in one step (aanwezig / afwezig / afgemeld). */
    public void setAttendance(Attendee a, AttendanceStatus status) {
        AttendeeDraft d = a.toDraft();
        AttendeeDraft changed = new AttendeeDraft(d.name(), d.partnerId(), d.role(), status, d.informationSent(),
                d.confidentialitySignedOn());
        change(() -> {
            conferences.updateAttendee(a.id(), a.version(), changed);
            return null;
        }, null);
    }

    public void removeAttendee(Attendee a) {
        change(() -> {
            conferences.removeAttendee(a.id(), a.version());
            return null;
        }, null);
    }

    /** gepland -> bezig; then {@code onStarted}. A meeting without agenda items does not start. */
    public void start(Runnable onStarted) {
        ConferenceDetail d = detail.get();
        if (d == null) {
            return;
        }
        if (agenda.isEmpty()) {
            message.set(i18n.get("conference.meeting.emptyAgenda"));
            return;
        }
        change(() -> {
            conferences.start(conferenceId, d.conference().version());
            return null;
        }, onStarted);
    }

    /** Deletes a conference that has not started; then {@code onDeleted}. */
    public void delete(Runnable onDeleted) {
        ConferenceDetail d = detail.get();
        if (d == null) {
            return;
        }
        loading.set(true);
        executor.submit(() -> {
            conferences.delete(conferenceId, d.conference().version());
            return null;
        }, ignored -> {
            loading.set(false);
            onDeleted.run();
        }, this::failed);
    }

    /**
     * Closes the conference. With unhandled items and {@code force} false, {@code onUnhandled} gets their number so
     * the chair can decide; nothing changes until they confirm.
     */
    public void close(boolean force, Consumer<Integer> onUnhandled, Runnable onClosed) {
        ConferenceDetail d = detail.get();
        if (d == null) {
            return;
        }
        loading.set(true);
        executor.submit(() -> {
            conferences.close(conferenceId, d.conference().version(), force);
            return null;
        }, ignored -> {
            loading.set(false);
            load();
            onClosed.run();
        }, failure -> {
            if (failure instanceof UnhandledItemsException u) {
                loading.set(false);
                onUnhandled.accept(u.count());
            } else {
                failed(failure);
            }
        });
    }

    /** Runs a change, then reloads; a conflict reloads and says a colleague changed the conference. */
    private <T> void change(Callable<T> work, Runnable after) {
        loading.set(true);
        message.set("");
        executor.submit(work, ignored -> {
            loading.set(false);
            load();
            if (after != null) {
                after.run();
            }
        }, this::failed);
    }

    private void failed(Throwable failure) {
        loading.set(false);
        Failures.logIfUnexpected(LOG, "A conference action failed", failure);
        if (failure instanceof ConflictException) {
            message.set(i18n.get("conference.conflict.reloaded"));
            load();
        } else {
            message.set(FailureMessages.message(i18n, failure));
        }
    }

    /** Called after a dialog saved or hit a conflict: reload. */
    public void reload() {
        load();
    }

    public void showMessage(String text) {
        message.set(text);
    }

    public boolean isPlanned() {
        return detail.get() != null && detail.get().conference().status() == ConferenceStatus.PLANNED;
    }

    public boolean isClosed() {
        return detail.get() != null && detail.get().conference().isClosed();
    }

    /** Short name of a partner from the catalogue, or "" when unknown. */
    public String partnerName(Long partnerId) {
        if (partnerId == null) {
            return "";
        }
        return partners.stream().filter(p -> p.id() == partnerId).map(Partner::shortName).findFirst().orElse("");
    }

    public Clock clock() {
        return clock;
    }

    public ReadOnlyObjectProperty<ConferenceDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<AgendaEntry> agenda() {
        return agenda.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<Attendee> attendees() {
        return attendees.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<AgendaSuggestion> suggestions() {
        return suggestions.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<HouseholdSummary> searchResults() {
        return searchResults.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<Partner> partners() {
        return partners.getReadOnlyProperty();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The sum of the agenda items' time boxes. */
    public ReadOnlyIntegerProperty plannedMinutesProperty() {
        return plannedMinutes.getReadOnlyProperty();
    }
}
