package nl.casustafel.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.casustafel.TestStores;
import nl.casustafel.app.AppContext;
import nl.casustafel.app.AppWindows;
import nl.casustafel.app.EarlyLogin;
import nl.casustafel.app.UiFeatures;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.security.Account;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.domain.security.Role;
import nl.casustafel.security.Argon2Params;
import nl.casustafel.ui.UiTestSupport;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;
import nl.casustafel.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 5 through the real windows, headless: first start, login (wrong, then right password), Ctrl+L and the idle
 * lock, accounts and the audit trail in Beheer, and the dossier's Inzage tab. Encrypted stores in a temporary data
 * directory (accounts beheerder, voorzitter, specialist, partner with {@link TestStores#PASSWORD}), Argon2 at its
 * minimum cost.
 */
@ExtendWith(ApplicationExtension.class)
class SecurityFlowUiTest {
    private static final Clock CLOCK = Clock.systemUTC();
    @TempDir
    Path dir;
    private Stage stage;
    private FxUiExecutor executor;
    private AppWindows windows;

    @Start
    void start(Stage stage) {
        Theme.installUserAgentStylesheet();
        this.stage = stage;
        executor = new FxUiExecutor();
    }

    @AfterEach
    void close() {
        if (windows != null) {
            WaitForAsyncUtils.asyncFx(windows::dispose);
            WaitForAsyncUtils.waitForFxEvents();
        }
        executor.close();
        if (windows != null) {
            windows.closeStore();
        }
    }

    /** The application's windows for {@link #dir}, with the minimum key-derivation cost. */
    private AppWindows newWindows() {
        return new AppWindows(stage, dir, CLOCK, new I18n(I18n.DUTCH), executor, () -> Argon2Params.OWASP_MINIMUM,
                ctx -> new UiFeatures(ctx, executor));
    }

    /** Shows the first-start or login window for {@link #dir}. */
    private void open(FxRobot robot) {
        windows = newWindows();
        robot.interact(() -> {
            windows.start();
            stage.show();
        });
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> executor.isIdle() && WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean present(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, String query, String value) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(value));
    }

    private void login(FxRobot robot, String user, String password) throws TimeoutException {
        waitUntil(() -> present(robot, "#loginView"));
        type(robot, "#loginUser", user);
        robot.clickOn("#loginPassword").write(password).type(KeyCode.ENTER);
        waitUntil(() -> present(robot, "#mainWindow") || !text(robot, "#loginMessage").isEmpty());
    }

    private MainWindow main() {
        return windows.mainWindow();
    }

    @Test
    void theFirstStartMakesAnEncryptedStoreWithTheAdministratorAndShowsTheMainWindow(FxRobot robot)
            throws TimeoutException {
        open(robot);
        waitUntil(() -> present(robot, "#firstStartView"));
        assertThat(robot.lookup("#mainWindow").tryQuery()).isEmpty();

        type(robot, "#userName", "beheerder");
        type(robot, "#displayName", "Bea Beheer");
        type(robot, "#password", "te kort");
        robot.clickOn("#createStoreButton");
        waitUntil(() -> present(robot, "#passwordError"));
        assertThat(text(robot, "#passwordError")).isEqualTo("Een wachtwoord heeft minstens 12 tekens.");
        assertThat(AppContext.isInitialised(dir)).isFalse();

        type(robot, "#password", TestStores.PASSWORD);
        type(robot, "#passwordRepeat", TestStores.PASSWORD + "!");
        robot.clickOn("#createStoreButton");
        waitUntil(() -> present(robot, "#passwordRepeatError"));
        assertThat(text(robot, "#passwordRepeatError")).isEqualTo("De twee wachtwoorden zijn niet gelijk.");

        type(robot, "#passwordRepeat", TestStores.PASSWORD);
        robot.clickOn("#createStoreButton");
        waitUntil(() -> present(robot, "#mainWindow"));
        assertThat(AppContext.isInitialised(dir)).isTrue();
        assertThat(text(robot, "#sessionText")).isEqualTo("Bea Beheer (beheerder) · Beheerder");
        // The beheerder keeps accounts and the audit trail; dossiers are not theirs.
        assertThat(robot.lookup("#navDossiers").tryQuery()).isEmpty();
        assertThat(present(robot, "#adminTabs")).isTrue();
    }

    @Test
    void withUserAndPasswordGivenAsToTheCommandLineTheWindowLogsInAndSaysWhenTheListShows(FxRobot robot)
            throws TimeoutException {
        TestStores.initialise(dir, CLOCK);
        windows = newWindows();
        java.util.concurrent.atomic.AtomicBoolean shown = new java.util.concurrent.atomic.AtomicBoolean();
        windows.setOnDossiersShown(() -> shown.set(true));
        char[] password = TestStores.PASSWORD.toCharArray();
        robot.interact(() -> {
            windows.start("specialist", password);
            stage.show();
        });
        waitUntil(() -> present(robot, "#dossierList") && shown.get());
        assertThat(text(robot, "#sessionText")).isEqualTo("Test specialist (specialist) · Specialist");
        assertThat(new String(password)).as("the password is wiped").isEqualTo("\0".repeat(password.length));
    }

    @Test
    void aLoginBegunBeforeTheWindowOpensTheMainWindowWhenItEnds(FxRobot robot) throws TimeoutException {
        TestStores.initialise(dir, CLOCK);
        char[] password = TestStores.PASSWORD.toCharArray();
        EarlyLogin.begin(dir, "specialist", password, CLOCK);
        EarlyLogin early = EarlyLogin.take(dir);
        assertThat(early).isNotNull();
        assertThat(EarlyLogin.take(dir)).as("handed over once").isNull();
        windows = newWindows();
        java.util.concurrent.atomic.AtomicBoolean shown = new java.util.concurrent.atomic.AtomicBoolean();
        windows.setOnDossiersShown(() -> shown.set(true));
        robot.interact(() -> {
            windows.start(early);
            stage.show();
        });
        waitUntil(() -> present(robot, "#dossierList") && shown.get());
        assertThat(text(robot, "#sessionText")).isEqualTo("Test specialist (specialist) · Specialist");
        assertThat(new String(password)).as("the password is wiped").isEqualTo("\0".repeat(password.length));
    }

    @Test
    void aWrongPasswordGivenBeforeTheWindowIsSaidInTheLoginFormAndTheRightOneThenOpensTheStore(FxRobot robot)
            throws TimeoutException {
        TestStores.initialise(dir, CLOCK);
        EarlyLogin.begin(dir, "specialist", "niet het goede wachtwoord".toCharArray(), CLOCK);
        windows = newWindows();
        EarlyLogin early = EarlyLogin.take(dir);
        robot.interact(() -> {
            windows.start(early);
            stage.show();
        });
        waitUntil(() -> present(robot, "#loginView") && !text(robot, "#loginMessage").isEmpty());

        assertThat(text(robot, "#loginMessage")).isEqualTo("Gebruikersnaam of wachtwoord is onjuist.");
        assertThat(robot.lookup("#loginUser").queryAs(TextField.class).getText()).isEqualTo("specialist");
        assertThat(robot.lookup("#mainWindow").tryQuery()).isEmpty();
        robot.clickOn("#loginPassword").write(TestStores.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> present(robot, "#dossierList"));
        assertThat(text(robot, "#sessionText")).isEqualTo("Test specialist (specialist) · Specialist");
    }

    @Test
    void aSpecialistSeesNoPlanningButOnlySamenOpInAcuutWhereTheChairSeesBoth(FxRobot robot) throws TimeoutException {
        TestStores.initialise(dir, CLOCK);
        open(robot);
        login(robot, "specialist", TestStores.PASSWORD);
        robot.clickOn("#navConferences");
        waitUntil(() -> present(robot, "#conferenceList"));
        assertThat(present(robot, "#planConference")).isFalse();
        assertThat(present(robot, "#planAcuteHint")).isTrue();

        robot.interact(() -> main().signOut());
        login(robot, "voorzitter", TestStores.PASSWORD);
        robot.clickOn("#navConferences");
        waitUntil(() -> present(robot, "#conferenceList"));
        assertThat(present(robot, "#planConference")).isTrue();
    }

    @Test
    void onANewMachineTheFirstStartRestoresABackupAfterAWrongPassword(FxRobot robot, @TempDir Path old)
            throws Exception {
        Path backup;
        try (AppContext before = TestStores.open(old, CLOCK, nl.casustafel.domain.security.Role.SPECIALIST)) {
            UiTestSupport.household(before, "Gezin Teruggezet", "3511 AB", "Utrecht");
            backup = before.backups().backupNow();
        }
        windows = newWindows();
        windows.setFileDialogs(new nl.casustafel.ui.common.FileDialogs() {
            @Override
            public Path open(javafx.stage.Window owner, String title, String filterName, String... patterns) {
                return backup;
            }

            @Override
            public Path save(javafx.stage.Window owner, String title, String name, String filter, String... p) {
                return null;
            }

            @Override
            public Path folder(javafx.stage.Window owner, String title) {
                return null;
            }
        });
        robot.interact(() -> {
            windows.start();
            stage.show();
        });
        waitUntil(() -> present(robot, "#firstStartView"));
        robot.clickOn("#restoreBackupButton");
        waitUntil(() -> present(robot, "#restoreDialog"));
        robot.clickOn("#restoreBrowse");
        type(robot, "#restoreUser", "beheerder");
        robot.clickOn("#restorePassword").write("niet het wachtwoord");
        robot.clickOn("#saveButton");
        waitUntil(() -> !robot.lookup("#formMessage").queryAs(Label.class).getText().isEmpty());
        assertThat(text(robot, "#formMessage")).isEqualTo("Gebruikersnaam of wachtwoord is onjuist.");
        assertThat(AppContext.isInitialised(dir)).as("nothing left behind").isFalse();

        robot.clickOn("#restorePassword").write(TestStores.PASSWORD);
        robot.clickOn("#saveButton");
        waitUntil(() -> present(robot, "#mainWindow"));
        assertThat(AppContext.isInitialised(dir)).isTrue();
        assertThat(text(robot, "#sessionText")).startsWith("Beheerder Test (beheerder)");
        assertThat(windows.context().security().auditEntries(null, 20))
                .anySatisfy(e -> assertThat(e.objectType()).isEqualTo("backup"));
    }

    @Test
    void aWrongPasswordIsSaidAndClearedThenTheRightOneOpensTheStore(FxRobot robot) throws TimeoutException {
        TestStores.initialise(dir, CLOCK);
        open(robot);
        login(robot, "specialist", "niet het goede wachtwoord");

        assertThat(text(robot, "#loginMessage")).isEqualTo("Gebruikersnaam of wachtwoord is onjuist.");
        assertThat(robot.lookup("#loginPassword").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#loginUser").queryAs(TextField.class).getText()).isEqualTo("specialist");
        assertThat(robot.lookup("#mainWindow").tryQuery()).isEmpty();

        robot.clickOn("#loginPassword").write(TestStores.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> present(robot, "#dossierList"));
        assertThat(text(robot, "#sessionText")).isEqualTo("Test specialist (specialist) · Specialist");
        assertThat(robot.lookup("#navAdmin").tryQuery()).isEmpty();
    }

    @Test
    void ctrlLLocksAndHidesTheDossierUntilThePasswordIsGivenAgain(FxRobot robot) throws TimeoutException {
        TestStores.initialise(dir, CLOCK);
        open(robot);
        login(robot, "specialist", TestStores.PASSWORD);
        long id = windows.context().households().create(new HouseholdDraft("Gezin Verborgen", "Dorpsstraat", "1",
                "3511 AB", "Utrecht", Phase.DIRECT_SAFETY, null, null, java.time.LocalDate.now().minusDays(1)));
        robot.interact(() -> main().openHousehold(id));
        waitUntil(() -> present(robot, "#householdName") && text(robot, "#householdName").equals("Gezin Verborgen"));

        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> present(robot, "#lockPane"));
        assertThat(robot.lookup("#householdView").tryQuery()).as("nothing of the dossier in the scene").isEmpty();
        assertThat(robot.lookup("#navigation").tryQuery()).isEmpty();
        assertThat(windows.context().security().isLocked()).isTrue();
        assertThat(text(robot, "#lockUser")).isEqualTo("Ingelogd als Test specialist (specialist)");
        // Shortcuts do nothing behind the lock.
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(robot.lookup("#conferenceListEmpty").tryQuery()).isEmpty();

        robot.clickOn("#lockPassword").write("verkeerd wachtwoord").type(KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#lockMessage").isEmpty());
        assertThat(text(robot, "#lockMessage")).isEqualTo("Gebruikersnaam of wachtwoord is onjuist.");
        assertThat(present(robot, "#lockPane")).isTrue();

        robot.clickOn("#lockPassword").write(TestStores.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> present(robot, "#householdView"));
        assertThat(robot.lookup("#lockPane").tryQuery()).isEmpty();
        assertThat(windows.context().security().isLocked()).isFalse();
        assertThat(text(robot, "#householdName")).isEqualTo("Gezin Verborgen");
    }

    /** A clock the test moves. */
    static final class ManualTime implements InstantSource {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));

        @Override
        public Instant instant() {
            return now.get();
        }

        void advance(Duration d) {
            now.updateAndGet(t -> t.plus(d));
        }
    }

    @Test
    void theWindowLocksAfterTheConfiguredMinutesWithoutInput(FxRobot robot) throws TimeoutException {
        TestStores.initialise(dir, CLOCK);
        open(robot);
        login(robot, "specialist", TestStores.PASSWORD);
        ManualTime time = new ManualTime();
        robot.interact(() -> main().idleWatch().setTimeSource(time));
        assertThat(main().idleWatch().limit()).isEqualTo(Duration.ofMinutes(10));

        time.advance(Duration.ofMinutes(9));
        robot.interact(main()::checkIdle);
        assertThat(main().isLocked()).isFalse();

        robot.interact(() -> main().idleWatch().activity()); // someone typed: counting starts again
        time.advance(Duration.ofMinutes(9));
        robot.interact(main()::checkIdle);
        assertThat(main().isLocked()).isFalse();

        time.advance(Duration.ofMinutes(1));
        robot.interact(main()::checkIdle);
        waitUntil(() -> present(robot, "#lockPane"));
        assertThat(windows.context().security().isLocked()).isTrue();
        assertThat(robot.lookup("#dossierList").tryQuery()).isEmpty();
    }

    @Test
    void theBeheerderCreatesAnAccountThatCanThenLogIn(FxRobot robot) throws TimeoutException {
        TestStores.initialise(dir, CLOCK);
        open(robot);
        login(robot, "beheerder", TestStores.PASSWORD);
        waitUntil(() -> present(robot, "#adminTabs"));
        robot.clickOn("#adminAccountsTab");
        TableView<Account> accounts = robot.lookup("#accountTable").queryAs(TableView.class);
        waitUntil(() -> accounts.getItems().size() == 4);

        robot.clickOn("#addAccount");
        waitUntil(() -> robot.lookup("#accountDialog").tryQuery().isPresent());
        type(robot, "#accountUserName", "s.nieuw");
        type(robot, "#accountDisplayName", "Sanne Nieuw");
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = robot.lookup("#accountRole").queryAs(ComboBox.class);
        robot.interact(() -> role.setValue(Role.SPECIALIST));
        type(robot, "#accountPassword", "nieuw wachtwoord 2026");
        type(robot, "#accountPasswordRepeat", "nieuw wachtwoord 2026");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#accountDialog").tryQuery().isEmpty() && accounts.getItems().size() == 5);
        assertThat(accounts.getItems()).anySatisfy(a -> {
            assertThat(a.userName()).isEqualTo("s.nieuw");
            assertThat(a.role()).isEqualTo(Role.SPECIALIST);
            assertThat(a.active()).isTrue();
        });

        // The beheerder signs out; the new colleague logs in at the same window.
        robot.clickOn("#userMenu").clickOn("#menuSignOut");
        login(robot, "s.nieuw", "nieuw wachtwoord 2026");
        waitUntil(() -> present(robot, "#dossierList"));
        assertThat(text(robot, "#sessionText")).isEqualTo("Sanne Nieuw (s.nieuw) · Specialist");
    }

    @Test
    void theAuditTabShowsTheEntriesAndAnIntactChain(FxRobot robot) throws TimeoutException {
        TestStores.initialise(dir, CLOCK);
        open(robot);
        login(robot, "beheerder", TestStores.PASSWORD);
        waitUntil(() -> present(robot, "#adminTabs"));
        robot.clickOn("#adminAuditTab");
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(table.getItems()).anySatisfy(e -> {
            assertThat(e.userName()).isEqualTo("beheerder");
            assertThat(e.action()).isEqualTo("LOGIN");
        });

        robot.clickOn("#verifyChainButton");
        waitUntil(() -> present(robot, "#chainResult"));
        assertThat(text(robot, "#chainResult")).matches("De keten is intact: \\d+ regels\\. Laatste hash: [0-9a-f]{64}");

        type(robot, "#auditUserFilter", "specialist");
        robot.clickOn("#auditFilterButton");
        waitUntil(() -> table.getItems().stream().allMatch(e -> "specialist".equals(e.userName())));
    }

    /** A main window for {@code ctx} (outside the login flow) with the household {@code id} open and shown. */
    private MainWindow showHousehold(FxRobot robot, AppContext ctx, long id, String name) throws TimeoutException {
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            MainWindow w = new MainWindow(ctx.shellServices(), new I18n(I18n.DUTCH), executor,
                    new UiFeatures(ctx, executor));
            stage.setScene(new javafx.scene.Scene(w.root(), 1280, 800));
            stage.show();
            window.set(w);
        });
        robot.interact(() -> window.get().openHousehold(id));
        waitUntil(() -> present(robot, "#householdName") && text(robot, "#householdName").equals(name));
        return window.get();
    }

    @Test
    void aPartnerReaderReadsItsHouseholdButGetsNoEditDialogForAnIncident(FxRobot robot) throws TimeoutException {
        AppContext ctx = UiTestSupport.newContext();
        try {
            // Veilig Thuis directs the household, so its partner-lezer may read it.
            long veiligThuis = UiTestSupport.partner(ctx, "VT").id();
            long id = UiTestSupport.household(ctx, "Gezin Meelezen", "3511 AB", "Utrecht", veiligThuis);
            UiTestSupport.incident(ctx, id, 3);
            ctx.signInTrustedAsPartner("VEILIG_THUIS");
            MainWindow window = showHousehold(robot, ctx, id, "Gezin Meelezen");
            robot.clickOn("#incidentsTab");
            TableView<?> incidents = robot.lookup("#incidentTable").queryAs(TableView.class);
            waitUntil(() -> !incidents.getItems().isEmpty());
            robot.doubleClickOn(robot.lookup("#incidentTable .table-row-cell").nth(0).queryAs(Node.class));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#incidentDialog").tryQuery()).as("no edit dialog for a reader").isEmpty();
            assertThat(robot.listWindows()).hasSize(1);
            robot.interact(window::dispose);
        } finally {
            ctx.close();
        }
    }

    @Test
    void theDossierListsWhoHasSeenIt(FxRobot robot) throws TimeoutException {
        AppContext ctx = UiTestSupport.newContext();
        try {
            long id = UiTestSupport.household(ctx, "Gezin Inzage", "3511 AB", "Utrecht");
            MainWindow window = showHousehold(robot, ctx, id, "Gezin Inzage");

            robot.clickOn("#auditTab");
            TableView<AuditEntry> table = robot.lookup("#householdAuditTable").queryAs(TableView.class);
            waitUntil(() -> !table.getItems().isEmpty());
            assertThat(table.getItems()).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("READ");
                assertThat(e.userName()).isEqualTo("specialist-test");
                assertThat(e.objectId()).isEqualTo(Long.toString(id));
            });
            assertThat(table.getItems()).allSatisfy(e -> assertThat(e.objectType()).isEqualTo("household"));
            robot.interact(window::dispose);
        } finally {
            ctx.close();
        }
    }
}
