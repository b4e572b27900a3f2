package nl.casustafel.ui;

import static nl.casustafel.ui.FxFlows.addIncident;
import static nl.casustafel.ui.FxFlows.addPerson;
import static nl.casustafel.ui.FxFlows.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.signal.SignalType;
import nl.casustafel.service.household.HouseholdSummary;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;
import nl.casustafel.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The foundation's main flow, end to end through the real main window, services and store (headless):
 * create a household, add two persons, add three incidents within twelve months, see the escalation signal
 * with its reason, go back and find the household again by its postcode, with the signal in the list.
 */
@ExtendWith(ApplicationExtension.class)
class DossierFlowUiTest {
    private AppContext ctx;
    private FxUiExecutor executor;

    @Start
    void start(Stage stage) {
        Theme.installUserAgentStylesheet();
        ctx = UiTestSupport.newContext(); // today is 02-03-2026
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

    @Test
    void specialistSeesTheEscalationAfterTheThirdIncidentAndFindsTheHouseholdByPostcode(FxRobot robot)
            throws Exception {
        UiTestSupport.household(ctx, "Gezin Pietersen", "1011 AA", "Amsterdam");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#householdDialog").tryQuery().isPresent());
        robot.clickOn("#name").write("Gezin van der Meer");
        robot.clickOn("#postcode").write("3511 ab");
        robot.clickOn("#saveButton");
        waitFor(() -> robot.lookup("#householdName").tryQuery()
                .map(n -> "Gezin van der Meer".equals(((Label) n).getText())).orElse(false));

        robot.clickOn("#personsTab");
        addPerson(robot, "Joëlle", "Meer", Gender.FEMALE, PersonRole.VICTIM, 1);
        addPerson(robot, "Daniël", "Meer", Gender.MALE, PersonRole.SUSPECT, 2);
        robot.clickOn("#incidentsTab");
        addIncident(robot, "10-04-2025", IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL, Severity.MINOR, 1);
        addIncident(robot, "20-11-2025", IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.MODERATE, 2);
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        assertThat(robot.lookup("#signal-ESCALATION").tryQuery()).isEmpty();

        robot.clickOn("#incidentsTab");
        addIncident(robot, "15-02-2026", IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.MODERATE, 3);
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        waitFor(() -> robot.lookup("#signalReason-ESCALATION").tryQuery().isPresent());
        assertThat(robot.lookup("#signalReason-ESCALATION").queryAs(Label.class).getText())
                .isEqualTo("3 incidenten in de afgelopen 12 maanden: 10-04-2025, 20-11-2025, 15-02-2026");

        robot.push(KeyCode.ESCAPE); // back to the list
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("3511AB");
        @SuppressWarnings("unchecked")
        TableView<HouseholdSummary> table = robot.lookup("#dossierTable").queryAs(TableView.class);
        waitFor(() -> table.isVisible() && table.getItems().size() == 1
                && table.getItems().get(0).name().equals("Gezin van der Meer"));
        assertThat(table.getItems().get(0).signals()).contains(SignalType.ESCALATION);
        assertThat(table.getItems().get(0).incidentCount()).isEqualTo(3);

        // A double click on the row opens the household again.
        // The table keeps spare, empty row cells: click the one that shows the household.
        javafx.scene.Node row = robot.lookup("#dossierTable .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getItem() != null).query();
        robot.doubleClickOn(row);
        waitFor(() -> robot.lookup("#householdName").tryQuery()
                .map(n -> "Gezin van der Meer".equals(((Label) n).getText())).orElse(false));
    }
}
