package nl.casustafel.ui.shell;

import static nl.casustafel.ui.UiTestSupport.household;
import static nl.casustafel.ui.UiTestSupport.newContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.casustafel.app.AppContext;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdSummary;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main flows through the real window, services and an in-memory store, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    private AppContext ctx;
    private FxUiExecutor executor;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.installUserAgentStylesheet();
        ctx = newContext();
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

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theApplicationIconIsThereInEverySizeTheWindowOffers() {
        // Copied from assets/icons by the pom; a wrong path would silently leave the window without an icon.
        assertThat(Theme.appIcons()).allSatisfy(icon -> assertThat(icon.isError()).isFalse())
                .extracting(Image::getWidth).containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
    }

    @Test
    void shortcutsSwitchSectionsAndEmptySectionsSayWhatToDo(FxRobot robot) throws TimeoutException {
        waitUntil(() -> visible(robot, "#emptyStoreState"));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> visible(robot, "#conferenceListEmpty"));
        assertThat(robot.lookup("#conferenceListEmpty .empty-state-title").queryAs(Label.class).getText())
                .isEqualTo("Nog geen casusoverleggen");
        assertThat(robot.lookup("#navConferences").queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        // The measures section is built: an empty store says how measures come to be there.
        waitUntil(() -> visible(robot, "#measuresEmptyState"));
        assertThat(robot.lookup("#measuresEmptyState .empty-state-title").queryAs(Label.class).getText())
                .isEqualTo("Nog geen maatregelen");

        // Beheer is not the specialist's: no button, and Ctrl+4 does nothing.
        assertThat(robot.lookup("#navAdmin").tryQuery()).isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.currentSection()).isEqualTo(Section.MEASURES);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> visible(robot, "#dossierList"));
        assertThat(robot.lookup("#navDossiers").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(text(robot, "#sessionText")).isEqualTo("Test specialist (specialist-test) · Specialist");

        // The beheerder takes over: Beheer only (accounts, partners, audit), no dossiers.
        ctx.signInTrusted(nl.casustafel.domain.security.Role.ADMINISTRATOR);
        robot.interact(window::refreshSession);
        waitUntil(() -> !robot.lookup("#partnerTable").queryAs(TableView.class).getItems().isEmpty());
        assertThat(robot.lookup("#navDossiers").tryQuery()).isEmpty();
        assertThat(robot.lookup("#navAdmin").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#dataDirectory").queryAs(TextField.class).getText())
                .isEqualTo(new I18n(I18n.DUTCH).get("admin.inMemory"));
        assertThat(text(robot, "#sessionText")).isEqualTo("Test administrator (administrator-test) · Beheerder");
    }

    @Test
    void createsAHouseholdOnlyWhenValidAndFindsItAgainByPostcode(FxRobot robot) throws TimeoutException {
        waitUntil(() -> visible(robot, "#emptyStoreState"));

        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> robot.lookup("#householdDialog").tryQuery().isPresent());
        robot.clickOn("#name").write("Gezin Jansen");
        robot.clickOn("#postcode").write("12AB");
        robot.type(KeyCode.ENTER); // the default button: save
        waitUntil(() -> visible(robot, "#postcodeError"));
        assertThat(text(robot, "#postcodeError")).startsWith("Geen geldige postcode");
        assertThat(ctx.households().search(HouseholdQuery.text(null)).total()).isZero();

        robot.doubleClickOn("#postcode").eraseText(4).write("3511 AB");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#householdDialog").tryQuery().isEmpty()
                && "Gezin Jansen".equals(robot.lookup("#householdName").tryQuery()
                        .map(n -> ((Label) n).getText()).orElse("")));
        assertThat(ctx.households().search(HouseholdQuery.text(null)).total()).isEqualTo(1);

        household(ctx, "Gezin Pietersen", "1011 AA", "Amsterdam");
        robot.push(KeyCode.CONTROL, KeyCode.F); // back to the list, cursor in the search field
        robot.write("3511ab");
        @SuppressWarnings("unchecked")
        TableView<HouseholdSummary> table = robot.lookup("#dossierTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1 && visible(robot, "#dossierTable"));
        assertThat(table.getItems().get(0).name()).isEqualTo("Gezin Jansen");
        assertThat(text(robot, "#pageLabel")).isEqualTo("1\u20131 van 1");
    }

    @Test
    void switchingToEnglishRebuildsTheWindowAndRemembersTheChoice(FxRobot robot) throws TimeoutException {
        waitUntil(() -> visible(robot, "#emptyStoreState"));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> visible(robot, "#conferenceListEmpty"));

        robot.clickOn("#languageSwitch").clickOn("English");

        waitUntil(() -> "Conferences".equals(robot.lookup("#navConferences").queryAs(ToggleButton.class).getText()));
        assertThat(window.currentSection()).isEqualTo(Section.CONFERENCES);
        assertThat(robot.lookup("#navDossiers").queryAs(ToggleButton.class).getText()).isEqualTo("Dossiers");
        assertThat(ctx.settings().get(MainWindow.LANGUAGE_SETTING)).contains("en");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> visible(robot, "#emptyStoreState"));
        assertThat(robot.lookup("#emptyStoreState .empty-state-title").queryAs(Label.class).getText())
                .isEqualTo("No households yet");
    }
}
