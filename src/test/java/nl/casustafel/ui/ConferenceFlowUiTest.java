package nl.casustafel.ui;

import static nl.casustafel.ui.FxFlows.choose;
import static nl.casustafel.ui.UiTestSupport.household;
import static nl.casustafel.ui.UiTestSupport.incident;
import static nl.casustafel.ui.UiTestSupport.newContext;
import static nl.casustafel.ui.UiTestSupport.partner;
import static nl.casustafel.ui.UiTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.conference.ConferenceQuery;
import nl.casustafel.service.measure.MeasureRow;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;
import nl.casustafel.ui.measure.AccountabilityViewModel;
import nl.casustafel.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The conference flow through the real window, dialogs, services and an in-memory store, headless: plan a
 * conference with two households, run the meeting (attendance, safety scale, a tijdelijk huisverbod with its default
 * deadline and a care measure), close it; the next conference shows the open measures first; one is marked not done
 * because the partner did not act, and the partner's accountability counts it.
 */
@ExtendWith(ApplicationExtension.class)
class ConferenceFlowUiTest {
    private AppContext ctx;
    private FxUiExecutor executor;
    private long aksoy;
    private long boer;
    private Partner police;
    private Partner vt;

    @Start
    void start(Stage stage) {
        Theme.installUserAgentStylesheet();
        ctx = newContext();
        aksoy = household(ctx, "Gezin Aksoy", "3511 AB", "Utrecht");
        incident(ctx, aksoy, 3);
        boer = household(ctx, "Gezin de Boer", "3512 CD", "Utrecht");
        police = partner(ctx, "Politie");
        vt = partner(ctx, "VT");
        ctx.signInTrusted(nl.casustafel.domain.security.Role.CHAIR); // the chair plans and runs the conferences
        executor = new FxUiExecutor();
        MainWindow window = new MainWindow(ctx.shellServices(), new I18n(I18n.DUTCH), executor,
                new nl.casustafel.app.UiFeatures(ctx, executor));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        ctx.close();
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> executor.isIdle() && condition.call());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    /** Ctrl+N in the Overleggen section: today at {@code time}, police and Veilig Thuis invited. */
    private void planConference(FxRobot robot, String time) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> robot.lookup("#conferenceDialog").tryQuery().isPresent());
        DatePicker date = robot.lookup("#conferenceDate").queryAs(DatePicker.class);
        robot.interact(() -> date.setValue(today()));
        TextField at = robot.lookup("#conferenceTime").queryAs(TextField.class);
        robot.interact(() -> at.setText(time));
        robot.clickOn("#conferenceChair").write("R. Voorzitter");
        robot.clickOn("#invite-" + police.id());
        robot.clickOn("#invite-" + vt.id());
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#conferenceDialog").tryQuery().isEmpty() && visible(robot, "#conferenceView"));
    }

    private void addToAgenda(FxRobot robot, String name, long householdId, int expected) throws TimeoutException {
        TextField search = robot.lookup("#agendaSearch").queryAs(TextField.class);
        robot.interact(() -> search.setText(name));
        robot.clickOn("#agendaSearchButton");
        waitUntil(() -> robot.lookup("#addHousehold-" + householdId).tryQuery().isPresent());
        robot.clickOn("#addHousehold-" + householdId);
        ListView<?> agenda = robot.lookup("#agendaList").queryAs(ListView.class);
        waitUntil(() -> agenda.getItems().size() == expected);
    }

    private void addAttendee(FxRobot robot, String name, Partner partner, int expected) throws TimeoutException {
        robot.clickOn("#addAttendee");
        waitUntil(() -> robot.lookup("#attendeeDialog").tryQuery().isPresent());
        robot.clickOn("#attendeeName").write(name);
        choose(robot, "#attendeePartner", partner);
        choose(robot, "#attendeeAttendance", AttendanceStatus.PRESENT);
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#attendeeDialog").tryQuery().isEmpty()
                && table(robot, "#attendeeTable").getItems().size() == expected);
    }

    private void newMeasure(FxRobot robot, MeasureType type, Partner owner, int expected) throws TimeoutException {
        robot.clickOn("#newMeasure");
        waitUntil(() -> robot.lookup("#measureDialog").tryQuery().isPresent());
        choose(robot, "#measureType", type);
        choose(robot, "#measureOwner", owner);
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#measureDialog").tryQuery().isEmpty()
                && table(robot, "#agreedHereTable").getItems().size() == expected);
    }

    @Test
    void aConferenceRunsSafetyFirstAndItsMeasuresAreFollowedUpAtTheNextOne(FxRobot robot) throws Exception {
        waitUntil(() -> visible(robot, "#dossierList"));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> visible(robot, "#conferenceListEmpty"));

        // Plan: two households on the agenda, two partners present.
        planConference(robot, "10:00");
        addToAgenda(robot, "Aksoy", aksoy, 1);
        addToAgenda(robot, "Boer", boer, 2);
        robot.push(KeyCode.ALT, KeyCode.DIGIT2);
        waitUntil(() -> visible(robot, "#attendeeTable"));
        addAttendee(robot, "A. Agent", police, 1);
        addAttendee(robot, "V. Medewerker", vt, 2);

        // Meeting mode: the first item, safety first.
        robot.clickOn("#openMeeting");
        waitUntil(() -> visible(robot, "#meetingView") && robot.lookup("#meetingItemTitle").queryAs(Label.class)
                .getText().contains("Gezin Aksoy"));
        robot.push(KeyCode.ALT, KeyCode.DIGIT3);
        waitUntil(() -> visible(robot, "#stepSafety") && robot.lookup("#score-" + vt.id() + "-6").tryQuery()
                .isPresent());
        robot.clickOn("#dangerNo");
        robot.clickOn("#score-" + police.id() + "-4");
        robot.clickOn("#score-" + vt.id() + "-6");
        assertThat(robot.lookup("#safetySpread").queryAs(Label.class).getText()).startsWith("Spreiding 2 (van 4 tot 6)");

        // Decisions: a tijdelijk huisverbod (deadline by its legal clock: 10 days) and a care measure.
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> visible(robot, "#stepColumns"));
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> visible(robot, "#stepDecisions"));
        newMeasure(robot, MeasureType.TEMPORARY_RESTRAINING_ORDER, police, 1);
        newMeasure(robot, MeasureType.VOLUNTARY_CARE_TRAJECTORY, vt, 2);
        TableView<MeasureRow> agreed = table(robot, "#agreedHereTable");
        assertThat(agreed.getItems()).filteredOn(r -> r.measure().type() == MeasureType.TEMPORARY_RESTRAINING_ORDER)
                .singleElement().satisfies(r -> assertThat(r.measure().deadline()).isEqualTo(today().plusDays(10)));
        long itemId = agreed.getItems().get(0).measure().agendaItemId();
        var saved = ctx.conferences().openItem(itemId);
        assertThat(saved.item().immediateDanger()).isFalse();
        assertThat(saved.scores()).extracting(s -> s.score()).containsExactlyInAnyOrder(4, 6);

        // Both items handled, then close (confirmed).
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#meetingItemTitle").queryAs(Label.class).getText().contains("Gezin de Boer"));
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        ListView<nl.casustafel.service.conference.AgendaEntry> agenda = robot.lookup("#meetingAgenda")
                .queryAs(ListView.class);
        waitUntil(() -> agenda.getItems().stream().allMatch(e -> e.item().state()
                == nl.casustafel.domain.conference.AgendaItemState.DONE));
        robot.clickOn("#closeConference");
        waitUntil(() -> robot.lookup("#alertDialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> ctx.conferences().list(ConferenceQuery.all()).get(0).status() == ConferenceStatus.CLOSED);

        // The next conference: the household's open measures come first.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> visible(robot, "#conferenceView"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> visible(robot, "#conferenceTable"));
        planConference(robot, "14:00");
        addToAgenda(robot, "Aksoy", aksoy, 1);
        robot.clickOn("#openMeeting");
        TableView<MeasureRow> carried = table(robot, "#carriedOverTable");
        waitUntil(() -> visible(robot, "#stepOpenMeasures") && carried.getItems().size() == 2);

        // The care measure was not carried out because the partner did not act.
        int care = carried.getItems().stream().map(r -> r.measure().type()).toList()
                .indexOf(MeasureType.VOLUNTARY_CARE_TRAJECTORY);
        robot.interact(() -> carried.getSelectionModel().select(care));
        robot.clickOn("#measureNotDonePartner");
        waitUntil(() -> carried.getItems().stream().anyMatch(r ->
                r.measure().status() == MeasureStatus.NOT_DONE_PARTNER_DID_NOT_ACT));

        // Veilig Thuis is accountable for it.
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.push(KeyCode.ALT, KeyCode.DIGIT2);
        TableView<AccountabilityViewModel.Row> accountability = table(robot, "#accountabilityTable");
        waitUntil(() -> visible(robot, "#accountabilityTable") && accountability.getItems().stream()
                .anyMatch(r -> r.partnerId() == vt.id()));
        assertThat(accountability.getItems()).filteredOn(r -> r.partnerId() == vt.id()).singleElement()
                .satisfies(r -> assertThat(r.notDonePartnerDidNotAct()).isEqualTo(1));
    }
}
