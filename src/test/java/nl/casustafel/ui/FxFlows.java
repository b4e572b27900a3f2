package nl.casustafel.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.Severity;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a specialist does with keyboard and mouse, for TestFX tests through the real dialogs. */
public final class FxFlows {
    private FxFlows() {
    }

    /** Waits (generously: CI machines are slow) until the condition holds. */
    public static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static <T> void choose(FxRobot robot, String query, T value) {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    /** Ctrl+P, fill the person dialog, save; waits until the member table has {@code expected} rows. */
    public static void addPerson(FxRobot robot, String given, String surname, Gender gender, PersonRole role,
                                 int expected) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#personDialog").tryQuery().isPresent());
        robot.clickOn("#givenNames").write(given);
        robot.clickOn("#surname").write(surname);
        choose(robot, "#gender", gender);
        choose(robot, "#role", role);
        robot.clickOn("#saveButton");
        TableView<?> members = robot.lookup("#memberTable").queryAs(TableView.class);
        waitFor(() -> members.getItems().size() == expected);
    }

    /** Ctrl+I, type the date, choose type and severity, save; waits until the table has {@code expected} rows. */
    public static void addIncident(FxRobot robot, String date, IncidentType type, Severity severity, int expected)
            throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#incidentDialog").tryQuery().isPresent());
        DatePicker picker = robot.lookup("#incidentDate").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(date);
        choose(robot, "#incidentType", type);
        choose(robot, "#incidentSeverity", severity);
        robot.clickOn("#saveButton");
        TableView<?> incidents = robot.lookup("#incidentTable").queryAs(TableView.class);
        waitFor(() -> incidents.getItems().size() == expected);
    }
}
