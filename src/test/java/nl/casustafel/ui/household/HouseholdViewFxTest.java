package nl.casustafel.ui.household;

import static nl.casustafel.ui.FxFlows.addIncident;
import static nl.casustafel.ui.FxFlows.addPerson;
import static nl.casustafel.ui.FxFlows.choose;
import static nl.casustafel.ui.FxFlows.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.household.timeline.TimelineChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main flow through the household view, end to end through the real services and an in-memory store. */
@ExtendWith(ApplicationExtension.class)
class HouseholdViewFxTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T11:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    private AppContext app;
    private FxUiExecutor executor;
    private final AtomicReference<Long> householdId = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        app = AppContext.inMemory("household-fx-" + UUID.randomUUID(), CLOCK, nl.casustafel.domain.security.Role.SPECIALIST);
        executor = new FxUiExecutor();
        HouseholdPagesImpl pages = new HouseholdPagesImpl(app.households(), app.partners(), app.measures(),
                new I18n(I18n.DUTCH), executor, CLOCK, null);
        StackPane content = new StackPane();
        Button create = new Button("Nieuw huishouden");
        create.setId("newHouseholdButton");
        // What the shell does: the create dialog, then the new household's view in the content area.
        create.setOnAction(e -> pages.createHousehold(stage).ifPresent(id -> {
            householdId.set(id);
            content.getChildren().setAll(pages.open(id, () -> content.getChildren().setAll(create)));
        }));
        content.getChildren().add(create);
        stage.setScene(new Scene(content, 1200, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        app.close();
    }

    @Test
    void specialistCreatesAHouseholdAddsPersonsAndIncidentsAndClosesAndReopensIt(FxRobot robot) throws Exception {
        robot.clickOn("#newHouseholdButton");
        waitFor(() -> robot.lookup("#householdDialog").tryQuery().isPresent());
        robot.clickOn("#name").write("Gezin Jansen");
        robot.clickOn("#postcode").write("12AB");
        robot.clickOn("#saveButton");
        waitFor(() -> robot.lookup("#postcodeError").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#postcodeError").queryAs(Label.class).getText()).startsWith("Geen geldige postcode");
        robot.doubleClickOn("#postcode").write("3511AB");
        robot.clickOn("#saveButton");
        waitFor(() -> robot.lookup("#householdName").tryQuery().map(n -> "Gezin Jansen".equals(((Label) n).getText()))
                .orElse(false));

        robot.clickOn("#personsTab");
        addPerson(robot, "Mark", "Jansen", Gender.MALE, PersonRole.SUSPECT, 1);
        addPerson(robot, "Sanne", "Vries", Gender.FEMALE, PersonRole.VICTIM, 2);

        robot.clickOn("#incidentsTab");
        // Text that is not a date is named as such next to the field, and nothing is saved.
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#incidentDialog").tryQuery().isPresent());
        DatePicker picker = robot.lookup("#incidentDate").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("31-02-2026");
        choose(robot, "#incidentType", IncidentType.DOMESTIC_VIOLENCE_PHYSICAL);
        choose(robot, "#incidentSeverity", Severity.MODERATE);
        robot.clickOn("#saveButton");
        waitFor(() -> robot.lookup("#incidentDateError").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#incidentDateError").queryAs(Label.class).getText())
                .isEqualTo("Geen geldige datum. Gebruik dd-mm-jjjj.");
        robot.clickOn("#cancelButton");
        waitFor(() -> robot.lookup("#incidentDialog").tryQuery().isEmpty());

        addIncident(robot, "02-06-2025", IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL, Severity.MINOR, 1);
        addIncident(robot, "20-11-2025", IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.MODERATE, 2);
        addIncident(robot, "01-03-2026", IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.SERIOUS, 3);

        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        TimelineChart chart = robot.lookup("#timelineChart").queryAs(TimelineChart.class);
        waitFor(() -> chart.pointCount() == 3);
        // Three incidents within twelve months: the escalation signal shows, with why it fired.
        waitFor(() -> robot.lookup("#signalReason-ESCALATION").tryQuery().isPresent());
        assertThat(robot.lookup("#signalReason-ESCALATION").queryAs(Label.class).getText())
                .isEqualTo("3 incidenten in de afgelopen 12 maanden: 02-06-2025, 20-11-2025, 01-03-2026");
        assertThat(robot.lookup("#signal-RISING_SEVERITY").tryQuery()).isPresent();
        // A click on a marker opens that incident.
        var point = chart.model().points().get(2);
        robot.clickOn(chart.localToScreen(point.x(), point.y()));
        waitFor(() -> robot.lookup("#incidentDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#incidentDate").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("01-03-2026");
        robot.clickOn("#cancelButton");
        waitFor(() -> robot.lookup("#incidentDialog").tryQuery().isEmpty());

        robot.clickOn("#closeHouseholdButton");
        waitFor(() -> robot.lookup("#statusDialog").tryQuery().isPresent());
        robot.clickOn("#statusReason").write("Afgeschaald");
        robot.clickOn("#saveButton");
        waitFor(() -> robot.lookup("#alertDialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        Label status = robot.lookup("#householdStatus").queryAs(Label.class);
        waitFor(() -> "Gesloten".equals(status.getText()));

        robot.clickOn("#reopenHouseholdButton");
        waitFor(() -> robot.lookup("#statusDialog").tryQuery().isPresent());
        robot.clickOn("#saveButton");
        waitFor(() -> robot.lookup("#alertDialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitFor(() -> "Open".equals(status.getText()));
        Node reopen = robot.lookup("#reopenHouseholdButton").query();
        assertThat(reopen.isVisible()).isFalse();
    }
}
