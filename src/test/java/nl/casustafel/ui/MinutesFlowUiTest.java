package nl.casustafel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.casustafel.app.AppContext;
import nl.casustafel.app.UiFeatures;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.minutes.DistributionAction;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.minutes.SignatureVerifier;
import nl.casustafel.service.conference.ConferenceQuery;
import nl.casustafel.service.conference.ConferenceSummary;
import nl.casustafel.ui.common.FileDialogs;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;
import nl.casustafel.ui.minutes.MinutesViewModel;
import nl.casustafel.ui.minutes.PdfPrinter;
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
 * The minutes of a closed demo conference through the real window, dialogs, services and an in-memory store,
 * headless: make the concept and see its pages, approve, sign with a test certificate made in the dialog, save the
 * copy (it verifies as intact), distribute need-to-know copies to two partners (one certificate prompt for both),
 * print with a recording printer, and check a file with one changed byte. File choosers and the print dialog are
 * the operating system's: here they answer with paths and a recording printer.
 */
@ExtendWith(ApplicationExtension.class)
class MinutesFlowUiTest {
    private static final String PASSWORD = "proef-wachtwoord-2026";

    @TempDir
    static Path dir;
    private AppContext ctx;
    private FxUiExecutor executor;
    private long conferenceId;
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private final RecordingPrinter printer = new RecordingPrinter();

    /** Answers the file dialogs with the paths the test queued, and remembers what was proposed. */
    static final class ScriptedFileDialogs implements FileDialogs {
        final Deque<Path> answers = new ArrayDeque<>();
        final List<String> proposedNames = new ArrayList<>();

        @Override
        public Path open(Window owner, String title, String filterName, String... patterns) {
            return answers.poll();
        }

        @Override
        public Path save(Window owner, String title, String initialFileName, String filterName, String... patterns) {
            proposedNames.add(initialFileName);
            Path answer = answers.poll();
            return answer == null ? null : answer.resolve(initialFileName);
        }

        @Override
        public Path folder(Window owner, String title) {
            return answers.poll();
        }
    }

    /** The print dialog confirmed, every document printed and remembered. */
    static final class RecordingPrinter implements PdfPrinter {
        final List<String> jobs = new ArrayList<>();

        @Override
        public synchronized int print(List<Document> documents) {
            documents.forEach(d -> jobs.add(d.jobName()));
            return documents.size();
        }

        synchronized List<String> jobs() {
            return List.copyOf(jobs);
        }
    }

    @Start
    void start(Stage stage) {
        Theme.installUserAgentStylesheet();
        ctx = UiTestSupport.newContext();
        nl.casustafel.TestRoles.demo(ctx).generate(60, 7, (d, t) -> { }, () -> false);
        ctx.signInTrusted(nl.casustafel.domain.security.Role.CHAIR); // the chair makes the minutes
        conferenceId = ctx.conferences().list(ConferenceQuery.all()).stream()
                .filter(c -> c.status() == ConferenceStatus.CLOSED)
                .max(Comparator.comparingInt(ConferenceSummary::agendaItems)).orElseThrow().id();
        executor = new FxUiExecutor();
        MainWindow window = new MainWindow(ctx.shellServices(), new I18n(I18n.DUTCH), executor,
                new UiFeatures(ctx, executor, files, printer, dir.resolve("certificates")));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        ctx.close();
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> executor.isIdle() && condition.call());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Scrolls so that {@code node} (a child of the pane's content) is in view. */
    private static void scrollTo(ScrollPane pane, Node node) {
        double content = pane.getContent().getLayoutBounds().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (content > viewport) {
            pane.setVvalue(Math.min(1, Math.max(0, node.getBoundsInParent().getMinY() - 8) / (content - viewport)));
        }
    }

    @Test
    void theChairMakesApprovesSignsSavesDistributesPrintsAndChecksTheMinutes(FxRobot robot) throws Exception {
        // The closed conference, from the Overleggen list.
        waitUntil(() -> visible(robot, "#dossierList"));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        TableView<ConferenceSummary> conferences = table(robot, "#conferenceTable");
        waitUntil(() -> visible(robot, "#conferenceTable") && !conferences.getItems().isEmpty());
        robot.interact(() -> {
            conferences.getItems().stream().filter(c -> c.id() == conferenceId).findFirst()
                    .ifPresent(c -> conferences.getSelectionModel().select(c));
            conferences.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> visible(robot, "#conferenceView"));

        // Alt+4: no minutes yet; make the concept and see its pages.
        robot.push(KeyCode.ALT, KeyCode.DIGIT4);
        waitUntil(() -> visible(robot, "#minutesNone"));
        robot.push(KeyCode.ALT, KeyCode.M);
        VBox pages = robot.lookup("#minutesPages").queryAs(VBox.class);
        waitUntil(() -> visible(robot, "#minutesMain") && !pages.getChildren().isEmpty());
        assertThat(text(robot, "#minutesStatus")).isEqualTo("Versie 1 \u2013 Concept");
        assertThat(pages.getChildren()).allMatch(n -> n instanceof ImageView v && v.getImage().getWidth() > 800);
        int pageCount = pages.getChildren().size();
        assertThat(text(robot, "#minutesPageLabel")).isEqualTo("Pagina 1 van " + pageCount);
        ScrollPane preview = robot.lookup("#minutesPreview").queryAs(ScrollPane.class);
        robot.interact(() -> preview.setVvalue(1));
        assertThat(text(robot, "#minutesPageLabel")).isEqualTo("Pagina " + pageCount + " van " + pageCount);
        robot.interact(() -> preview.setVvalue(0));
        assertThat(robot.lookup("#minutesSign").queryButton().isDisabled()).as("approve first").isTrue();
        assertThat(robot.lookup("#minutesSave").queryButton().isDisabled()).isTrue();

        // Approve (Alt+V, confirmed).
        robot.push(KeyCode.ALT, KeyCode.V);
        waitUntil(() -> robot.lookup("#alertDialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#minutesStatus").startsWith("Versie 1 \u2013 Vastgesteld (door "));

        // Ctrl+Shift+S: sign with a test certificate made in the dialog.
        robot.clickOn("#minutesStatus");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#signingDialog").tryQuery().isPresent());
        robot.clickOn("#signModeTest");
        assertThat(robot.lookup("#testName").queryAs(TextField.class).getText()).isNotBlank();
        // The dialog grows to show the test certificate's fields.
        Node repeat = robot.lookup("#testPasswordRepeat").query();
        waitUntil(() -> repeat.localToScene(repeat.getBoundsInLocal()).getMaxY()
                < repeat.getScene().getHeight() - 40);
        robot.clickOn("#testPassword").write(PASSWORD);
        robot.clickOn("#testPasswordRepeat").write(PASSWORD);
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#signingDialog").tryQuery().isEmpty()
                && text(robot, "#minutesStatus").contains("Ondertekend (door "));
        assertThat(visible(robot, "#minutesTestBadge")).isTrue();
        assertThat(text(robot, "#minutesTestBadge")).isEqualTo("Proefcertificaat");
        Path certificate;
        try (Stream<Path> made = Files.list(dir.resolve("certificates"))) {
            certificate = made.filter(p -> p.getFileName().toString().matches("proefcertificaat-\\d{8}-\\d{6}\\.p12"))
                    .findFirst().orElseThrow();
        }

        // Save the complete copy: no personal data in the proposed name; the file verifies as intact.
        Path archive = Files.createDirectories(dir.resolve("archief"));
        files.answers.add(archive);
        robot.clickOn("#minutesSave");
        TableView<MinutesViewModel.LogRow> log = table(robot, "#minutesLog");
        waitUntil(() -> log.getItems().size() == 1);
        String name = "verslag-overleg-" + conferenceId + "-v1.pdf";
        assertThat(files.proposedNames).containsExactly(name);
        Path saved = archive.resolve(name);
        assertThat(SignatureVerifier.check(read(saved)).intact()).isTrue();
        assertThat(log.getItems().get(0).recipient()).isEqualTo("eigen archief");
        assertThat(robot.lookup("#minutesShowLog").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .as("the log shows its new line").isTrue();
        robot.push(KeyCode.ALT, KeyCode.D);
        waitUntil(() -> visible(robot, "#minutesPreview"));

        // Distribute need-to-know copies to two partners: one certificate prompt for both.
        long minutesId = ctx.minutes().overview(conferenceId).current().minutes().id();
        List<Partner> limited = ctx.minutes().overview(conferenceId).recipients().stream()
                .filter(p -> ctx.minutes().needsOwnCopy(minutesId, p.id())).limit(2).toList();
        assertThat(limited).as("demo data: partners not involved in every household").hasSize(2);
        robot.push(KeyCode.ALT, KeyCode.K);
        waitUntil(() -> robot.lookup("#distributionDialog").tryQuery().isPresent());
        ScrollPane recipients = robot.lookup("#recipientScroll").queryAs(ScrollPane.class);
        for (Partner p : limited) {
            CheckBox box = robot.lookup("#recipient-" + p.id()).queryAs(CheckBox.class);
            robot.interact(() -> scrollTo(recipients, box));
            robot.clickOn(box);
            CheckBox own = robot.lookup("#needToKnow-" + p.id()).queryAs(CheckBox.class);
            waitUntil(() -> box.isSelected() && !own.isDisabled());
            assertThat(own.isSelected()).as("alleen eigen huishoudens by default").isTrue();
        }
        Path outbox = Files.createDirectories(dir.resolve("verzenden"));
        files.answers.add(outbox);
        robot.clickOn("#distributeSave");
        waitUntil(() -> robot.lookup("#signingDialog").tryQuery().isPresent());
        TextField file = robot.lookup("#keystoreFile").queryAs(TextField.class);
        robot.interact(() -> file.setText(certificate.toString()));
        robot.clickOn("#keystorePassword").write(PASSWORD);
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#distributionDialog").tryQuery().isEmpty() && log.getItems().size() == 3);
        for (Partner p : limited) {
            Path sent = outbox.resolve("verslag-overleg-" + conferenceId + "-v1-"
                    + p.code().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".pdf");
            assertThat(sent).exists();
            String hash = SignatureVerifier.sha256(read(sent));
            assertThat(log.getItems()).filteredOn(r -> r.action() == DistributionAction.SEND
                            && r.recipient().equals(p.name())).singleElement()
                    .satisfies(r -> {
                        assertThat(r.needToKnow()).isTrue();
                        assertThat(r.sha256()).isEqualTo(hash);
                    });
        }

        // Ctrl+P prints the complete copy with the recording printer.
        robot.clickOn("#minutesStatus");
        robot.push(KeyCode.CONTROL, KeyCode.P);
        waitUntil(() -> log.getItems().size() == 4);
        assertThat(printer.jobs()).containsExactly("verslag-overleg-" + conferenceId + "-v1");
        assertThat(log.getItems()).filteredOn(r -> r.action() == DistributionAction.PRINT).singleElement()
                .satisfies(r -> assertThat(r.actionText()).isEqualTo("Afgedrukt"));

        // A copy with one changed byte is reported as altered.
        byte[] tampered = read(saved);
        tampered[1500] = (byte) (tampered[1500] ^ 0x20);
        Path changed = Files.write(dir.resolve("gewijzigd.pdf"), tampered);
        files.answers.add(changed);
        robot.push(KeyCode.ALT, KeyCode.C);
        waitUntil(() -> robot.lookup("#verificationDialog").tryQuery().isPresent());
        assertThat(text(robot, "#verifyVerdict")).containsIgnoringCase("gewijzigd");
        assertThat(text(robot, "#verifyOrigin")).isEqualTo("Niet gevonden in deze casustafel");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#verificationDialog").tryQuery().isEmpty());
    }
}
