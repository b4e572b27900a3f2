package nl.casustafel.ui.measure;

import static nl.casustafel.ui.FxFlows.choose;
import static nl.casustafel.ui.UiTestSupport.household;
import static nl.casustafel.ui.UiTestSupport.newContext;
import static nl.casustafel.ui.UiTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.ui.UiTestSupport;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;
import nl.casustafel.ui.measure.MeasureEditorViewModel.Concern;
import nl.casustafel.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A measure from the household's Maatregelen tab to the section overview and the partner's accountability: through
 * the real window, dialogs, services and an in-memory store, headless.
 */
@ExtendWith(ApplicationExtension.class)
class MeasuresFlowUiTest {
    private AppContext ctx;
    private FxUiExecutor executor;
    private MainWindow window;
    private long householdId;
    private long markId;

    @Start
    void start(Stage stage) {
        Theme.installUserAgentStylesheet();
        ctx = newContext();
        householdId = household(ctx, "Gezin Jansen", "3511 AB", "Utrecht");
        markId = ctx.households().addNewMember(householdId, new PersonDraft("Mark", null, "Jansen", null, null,
                Gender.MALE, null), new MembershipDraft(PersonRole.SUSPECT, today().minusYears(1), null));
        executor = new FxUiExecutor();
        window = new MainWindow(ctx.shellServices(), new I18n(I18n.DUTCH), executor,
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
        // The condition looks at the scene graph: evaluate it on the FX thread, never while the FX thread changes it.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> executor.isIdle() && WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aMeasureRecordedOnTheHouseholdIsFollowedUpAndCountsForItsOwner(FxRobot robot) throws Exception {
        waitUntil(() -> visible(robot, "#dossierList"));
        robot.interact(() -> window.openHousehold(householdId));
        waitUntil(() -> robot.lookup("#householdName").tryQuery().isPresent());
        robot.push(KeyCode.ALT, KeyCode.DIGIT5);
        // A suspect without any measure is a gap in the matrix.
        waitUntil(() -> visible(robot, "#matrixGap-" + markId));
        assertThat(robot.lookup("#matrixGap-" + markId).queryAs(Label.class).getText())
                .isEqualTo("Verdachte zonder maatregel");

        robot.clickOn("#newMeasureButton");
        waitUntil(() -> robot.lookup("#measureDialog").tryQuery().isPresent());
        choose(robot, "#measureType", MeasureType.TEMPORARY_RESTRAINING_ORDER);
        waitUntil(() -> robot.lookup("#deadlineHint").queryAs(Label.class).getText()
                .startsWith("Standaard 10 dagen: 12-03-2026"));
        @SuppressWarnings("unchecked")
        ComboBox<Concern> concerns = robot.lookup("#measureConcerns").queryAs(ComboBox.class);
        choose(robot, "#measureConcerns", concerns.getItems().stream()
                .filter(c -> Long.valueOf(markId).equals(c.personId())).findFirst().orElseThrow());
        // Without an owner nothing is saved and the field says why.
        robot.clickOn("#saveButton");
        waitUntil(() -> visible(robot, "#measureOwnerError"));
        assertThat(robot.lookup("#measureOwnerError").queryAs(Label.class).getText())
                .isEqualTo("Kies de netwerkpartner die eigenaar is van deze maatregel.");
        Partner politie = UiTestSupport.partner(ctx, "Politie");
        choose(robot, "#measureOwner", politie);
        robot.type(KeyCode.ENTER); // Enter saves
        @SuppressWarnings("unchecked")
        TableView<MeasureListRow> list = robot.lookup("#householdMeasureTable").queryAs(TableView.class);
        waitUntil(() -> robot.lookup("#measureDialog").tryQuery().isEmpty() && list.getItems().size() == 1);
        long measureId = list.getItems().get(0).measureId();

        // The matrix shows it in the suspect's administrative cell, and the gap is gone.
        waitUntil(() -> robot.lookup("#matrixCell-" + markId + "-ADMINISTRATIVE #matrixEntry-" + measureId)
                .tryQuery().isPresent());
        assertThat(robot.lookup("#matrixGap-" + markId).tryQuery()).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        @SuppressWarnings("unchecked")
        TableView<MeasureListRow> overview = robot.lookup("#measureTable").queryAs(TableView.class);
        waitUntil(() -> overview.getItems().size() == 1 && visible(robot, "#measureTable"));
        assertThat(overview.getItems().get(0).household()).isEqualTo("Gezin Jansen");
        assertThat(overview.getItems().get(0).deadlineText()).isEqualTo("12-03-2026 (nog 10 dagen)");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> visible(robot, "#householdMeasureTable"));
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#measureNotDonePartnerButton");
        waitUntil(() -> robot.lookup("#alertDialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !list.getItems().isEmpty()
                && list.getItems().get(0).statusValue() == MeasureStatus.NOT_DONE_PARTNER_DID_NOT_ACT);
        // With no open measure left, the suspect is a gap again.
        waitUntil(() -> visible(robot, "#matrixGap-" + markId));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.push(KeyCode.ALT, KeyCode.DIGIT2);
        @SuppressWarnings("unchecked")
        TableView<AccountabilityViewModel.Row> accountability = robot.lookup("#accountabilityTable")
                .queryAs(TableView.class);
        waitUntil(() -> visible(robot, "#accountabilityTable") && !accountability.getItems().isEmpty());
        assertThat(accountability.getItems()).containsExactly(
                new AccountabilityViewModel.Row(politie.id(), "Politie", 1, 0, 0, 1, 0));
    }
}
