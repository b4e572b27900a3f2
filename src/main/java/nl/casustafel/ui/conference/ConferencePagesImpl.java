package nl.casustafel.ui.conference;

import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import nl.casustafel.domain.conference.Attendee;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.conference.AgendaItemDetail;
import nl.casustafel.service.conference.ConferenceDetail;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.FailureMessages;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import nl.casustafel.ui.shell.ConferencePages;
import nl.casustafel.ui.shell.Navigator;

/**
 * The Overleggen section: the conference list, one conference (agenda builder, attendance) and the meeting mode,
 * shown one at a time in a host node. Builds the view models and dialogs; the views never call services.
 */
public final class ConferencePagesImpl implements ConferencePages {
    private final ConferenceService conferences;
    private final MeasureService measures;
    private final HouseholdService households;
    private final PartnerService partners;
    private final I18n i18n;
    private final UiExecutor executor;
    private final Clock clock;
    private final Navigator navigator;
    private final MeasureEditor measureEditor;
    private final MinutesPanel.Factory minutesPanels;
    private final StackPane host = new StackPane();
    private final ConferenceListViewModel listViewModel;
    private final ConferenceListView listView;
    private ConferenceViewModel conferenceViewModel;
    private MeetingView meetingView;
    private MeetingViewModel meetingViewModel;
    private boolean mayPlan = true;

    public ConferencePagesImpl(ConferenceService conferences, MeasureService measures, HouseholdService households,
                               PartnerService partners, I18n i18n, UiExecutor executor, Clock clock,
                               Navigator navigator, MeasureEditor measureEditor, MinutesPanel.Factory minutesPanels) {
        this.conferences = conferences;
        this.measures = measures;
        this.households = households;
        this.partners = partners;
        this.i18n = i18n;
        this.executor = executor;
        this.clock = clock;
        this.navigator = navigator;
        this.measureEditor = measureEditor;
        this.minutesPanels = minutesPanels;
        host.setId("conferencesPage");
        ConferenceStyles.apply(host);
        listViewModel = new ConferenceListViewModel(conferences, executor, i18n);
        listView = new ConferenceListView(listViewModel, i18n, this::openConference, this::createPlanned,
                this::createAcute);
        host.getChildren().setAll(listView.root());
    }

    @Override
    public Node node() {
        return host;
    }

    @Override
    public void shown() {
        if (conferenceViewModel != null && meetingView == null) {
            conferenceViewModel.reload();
        } else if (conferenceViewModel == null) {
            listViewModel.load();
        }
    }

    /**
     * Offers only what the role may do: planning (button and Ctrl+N) and Samen op in Acuut. The service refuses
     * the rest anyway; a specialist should not meet "geen toegang" in normal use.
     */
    public void restrict(boolean mayPlan, boolean mayPlanAcute) {
        this.mayPlan = mayPlan;
        listView.restrict(mayPlan, mayPlanAcute);
    }

    @Override
    public boolean createNew() {
        if (!mayPlan) {
            return false;
        }
        afterMeetingSaved(this::createPlanned);
        return true;
    }

    /** Runs {@code next} at once, or during a meeting only once what the chair typed is saved. */
    private void afterMeetingSaved(Runnable next) {
        if (meetingViewModel != null && meetingView != null) {
            meetingViewModel.saveThen(next);
        } else {
            next.run();
        }
    }

    /** Back to the list, refreshed. */
    public void showList() {
        stopMeeting();
        conferenceViewModel = null;
        host.getChildren().setAll(listView.root());
        listViewModel.load();
        javafx.application.Platform.runLater(listView::focusTable);
    }

    @Override
    public void openConference(long conferenceId) {
        afterMeetingSaved(() -> showConference(conferenceId));
    }

    private void showConference(long conferenceId) {
        stopMeeting();
        ConferenceViewModel vm = new ConferenceViewModel(conferences, households, partners, executor, i18n, clock,
                conferenceId);
        conferenceViewModel = vm;
        ConferenceView view = new ConferenceView(vm, i18n, new ConferenceView.Actions() {
            @Override
            public void back() {
                showList();
            }

            @Override
            public void editPlanning(ConferenceDetail detail) {
                ConferencePagesImpl.this.editPlanning(vm, detail);
            }

            @Override
            public void addAttendee() {
                var form = AttendeeFormViewModel.forCreate(conferences, i18n, executor, clock, conferenceId,
                        vm.partners());
                ConferenceDialogs.attendee(form, i18n, Dialogs.windowOf(host));
                vm.reload();
            }

            @Override
            public void editAttendee(Attendee attendee) {
                var form = AttendeeFormViewModel.forEdit(conferences, i18n, executor, clock, attendee,
                        vm.partners());
                form.setOnConflict(vm::reload);
                ConferenceDialogs.attendee(form, i18n, Dialogs.windowOf(host));
                vm.reload();
            }

            @Override
            public void openMeeting() {
                ConferencePagesImpl.this.openMeeting(conferenceId);
            }

            @Override
            public void openHousehold(long householdId) {
                navigator.openHousehold(householdId);
            }
        }, minutesPanels == null ? null : minutesPanels.create(conferenceId));
        host.getChildren().setAll(view.root());
        vm.load();
        view.focus();
    }

    void openMeeting(long conferenceId) {
        stopMeeting();
        MeetingViewModel vm = new MeetingViewModel(conferences, measures, households, partners, executor, i18n, clock,
                conferenceId);
        meetingViewModel = vm;
        meetingView = new MeetingView(vm, i18n, new MeetingView.Actions() {
            @Override
            public void leave() {
                stopMeeting();
                showConference(conferenceId);
            }

            @Override
            public void newMeasure(AgendaItemDetail item, Runnable afterSave) {
                measureEditor.createFor(Dialogs.windowOf(host), item, afterSave);
            }

            @Override
            public void openHousehold(long householdId) {
                stopMeeting();
                navigator.openHousehold(householdId);
            }
        });
        host.getChildren().setAll(meetingView.root());
        vm.load();
        Node meetingRoot = meetingView.root();
        javafx.application.Platform.runLater(meetingRoot::requestFocus);
    }

    private void stopMeeting() {
        if (meetingView != null) {
            meetingView.dispose();
            meetingView = null;
            meetingViewModel = null;
        }
    }

    private void editPlanning(ConferenceViewModel vm, ConferenceDetail detail) {
        List<Long> invited = detail.invitedPartners().stream().map(Partner::id).toList();
        var form = ConferenceFormViewModel.forEdit(conferences, i18n, executor, clock, detail.conference(), invited,
                vm.partners());
        form.setOnConflict(vm::reload);
        ConferenceDialogs.conference(form, i18n, Dialogs.windowOf(host));
        vm.reload();
    }

    private void createPlanned() {
        withPartners(list -> ConferenceDialogs.conference(
                ConferenceFormViewModel.forCreate(conferences, i18n, executor, clock, list), i18n,
                Dialogs.windowOf(host)).ifPresent(this::openConference));
    }

    private void createAcute() {
        withPartners(list -> ConferenceDialogs.conference(
                ConferenceFormViewModel.forCreateAcute(conferences, i18n, executor, clock, list), i18n,
                Dialogs.windowOf(host)).ifPresent(this::openConference));
    }

    @Override
    public void planAcute(long incidentId) {
        afterMeetingSaved(() -> proposeAcute(incidentId));
    }

    private void proposeAcute(long incidentId) {
        executor.submit(() -> new Acute(conferences.proposeAcute(incidentId), partners.list(false)), acute ->
                ConferenceDialogs.conference(ConferenceFormViewModel.forAcute(conferences, i18n, executor, clock,
                        incidentId, acute.proposal(), acute.partners()), i18n, Dialogs.windowOf(host))
                        .ifPresent(this::openConference), this::failed);
    }

    private record Acute(ConferenceDraft proposal, List<Partner> partners) {
    }

    private void withPartners(java.util.function.Consumer<List<Partner>> then) {
        executor.submit(() -> partners.list(false), then::accept, this::failed);
    }

    private void failed(Throwable failure) {
        Dialogs.error(Dialogs.windowOf(host), i18n, FailureMessages.message(i18n, failure));
    }
}
