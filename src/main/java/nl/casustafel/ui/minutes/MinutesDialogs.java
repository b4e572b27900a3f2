package nl.casustafel.ui.minutes;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import nl.casustafel.minutes.SignatureCheck;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.FileDialogs;
import nl.casustafel.ui.common.Form;
import nl.casustafel.ui.common.FormDialog;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.common.Theme;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The minutes feature's dialogs: signing, correction, distribution and the verification result. */
public final class MinutesDialogs {
    /** Width of the labels of the signing dialog's two forms, so that their fields line up. */
    private static final double LABEL_WIDTH = 190;
    private MinutesDialogs() {
    }

    /**
     * The signing dialog: the organisation's PKCS#12 file with its password, or a personal test certificate made
     * now. Stays open until {@code vm} has used the credentials; errors show next to their fields.
     *
     * @return true when the credentials were used successfully
     */
    public static boolean sign(SigningViewModel<?> vm, I18n i18n, Window owner, FileDialogs files) {
        FormDialog d = new FormDialog(vm, i18n, owner, "signingDialog");
        MinutesStyles.apply(d.dialog().getDialogPane());
        d.dialog().getDialogPane().getStyleClass().add("signing-dialog");
        d.dialog().getDialogPane().setMinWidth(720);
        d.setSaveText(vm.actionText());
        Form f = d.form();

        Label intro = new Label(vm.intro());
        intro.setWrapText(true);
        intro.getStyleClass().add("form-hint");
        f.addWide(intro);

        ToggleGroup modes = new ToggleGroup();
        RadioButton fileMode = new RadioButton(i18n.get("minutes.sign.mode.file"));
        fileMode.setId("signModeFile");
        fileMode.setMnemonicParsing(true);
        fileMode.setToggleGroup(modes);
        fileMode.getStyleClass().add("sign-mode");
        f.addWide(fileMode);
        // Each way has its own form below the dialog's; only the chosen one shows, so the dialog stays short.
        Form fileForm = subForm();
        Form testForm = subForm();

        TextField file = d.text(vm.fileProperty());
        file.setId("keystoreFile");
        file.setPromptText(i18n.get("minutes.sign.file.prompt"));
        Button browse = new Button(i18n.get("minutes.sign.browse"), Icons.of(Material2AL.FOLDER_OPEN));
        browse.setId("keystoreBrowse");
        browse.setMnemonicParsing(true);
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            Path chosen = files.open(d.dialog().getDialogPane().getScene().getWindow(),
                    i18n.get("minutes.sign.file.title"), i18n.get("minutes.sign.file.filter"), "*.p12", "*.pfx");
            if (chosen != null) {
                vm.fileProperty().set(chosen.toString());
            }
        });
        fileForm.add(SigningViewModel.FILE, i18n.get("minutes.sign.file"), file);
        HBox.setHgrow(file, Priority.ALWAYS);
        replaceWithRow(file, browse);
        PasswordField password = new PasswordField();
        password.setId("keystorePassword");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        fileForm.add(SigningViewModel.PASSWORD, i18n.get("minutes.sign.password"), password);
        ComboBox<String> alias = new ComboBox<>(vm.aliases());
        alias.setId("keystoreAlias");
        alias.setEditable(true);
        alias.setPromptText(i18n.get("minutes.sign.alias.prompt"));
        alias.valueProperty().bindBidirectional(vm.aliasProperty());
        fileForm.add(SigningViewModel.ALIAS, i18n.get("minutes.sign.alias"), alias);

        RadioButton testMode = new RadioButton(i18n.get("minutes.sign.mode.test"));
        testMode.setId("signModeTest");
        testMode.setMnemonicParsing(true);
        testMode.setToggleGroup(modes);
        testMode.getStyleClass().add("sign-mode");
        Label testNote = new Label(i18n.get("minutes.sign.test.note", vm.certificateDirectory().toString()));
        testNote.setId("testCertificateNote");
        testNote.setWrapText(true);
        testNote.getStyleClass().addAll("notice", "test-certificate-note");
        testNote.setGraphic(Icons.of(Material2AL.INFO));
        testNote.setMaxWidth(Double.MAX_VALUE);
        TextField name = d.text(vm.nameProperty());
        name.setId("testName");
        testForm.add(SigningViewModel.NAME, i18n.get("minutes.sign.test.name"), name);
        PasswordField newPassword = new PasswordField();
        newPassword.setId("testPassword");
        newPassword.textProperty().bindBidirectional(vm.newPasswordProperty());
        testForm.add(SigningViewModel.NEW_PASSWORD, i18n.get("minutes.sign.test.password"), newPassword);
        PasswordField repeat = new PasswordField();
        repeat.setId("testPasswordRepeat");
        repeat.textProperty().bindBidirectional(vm.repeatPasswordProperty());
        testForm.add(SigningViewModel.REPEAT_PASSWORD, i18n.get("minutes.sign.test.repeat"), repeat);
        VBox testBox = new VBox(8, testNote, testForm.node());
        d.addBelow(fileForm.node());
        d.addBelow(testMode);
        d.addBelow(testBox);
        vm.errorsProperty().addListener((obs, was, now) -> {
            fileForm.showErrors(now);
            testForm.showErrors(now);
            if (!fileForm.focusFirstError(now)) {
                testForm.focusFirstError(now);
            }
        });

        for (RadioButton r : List.of(fileMode, testMode)) {
            // A mnemonic only fires an ActionEvent, which does not select a radio button by itself.
            r.setOnAction(e -> r.setSelected(true));
        }
        modes.selectToggle(vm.modeProperty().get() == SigningViewModel.Mode.TEST ? testMode : fileMode);
        modes.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                vm.modeProperty().set(now == testMode ? SigningViewModel.Mode.TEST : SigningViewModel.Mode.FILE);
            }
        });
        vm.modeProperty().addListener((obs, was, now) ->
                modes.selectToggle(now == SigningViewModel.Mode.TEST ? testMode : fileMode));
        // Only the chosen way's fields show: the dialog stays short and its messages in view.
        var isTest = Bindings.equal(vm.modeProperty(), SigningViewModel.Mode.TEST);
        fileForm.node().visibleProperty().bind(isTest.not());
        fileForm.node().managedProperty().bind(isTest.not());
        testBox.visibleProperty().bind(isTest);
        testBox.managedProperty().bind(isTest);
        for (Node n : List.of(file, browse, password, alias, name, newPassword, repeat)) {
            n.disableProperty().bind(vm.busyProperty());
        }
        vm.modeProperty().addListener((obs, was, now) -> {
            grow(d.dialog());
            focusLater(now == SigningViewModel.Mode.TEST ? name : vm.fileProperty().get().isBlank() ? browse
                    : password);
        });

        d.addBelow(progress(vm.busyProperty(), i18n.get("minutes.sign.busy"), "signingProgress"));
        focusLater(vm.modeProperty().get() == SigningViewModel.Mode.TEST ? name
                : vm.fileProperty().get().isBlank() ? browse : password);
        // Errors appear under fields: let the dialog grow with them.
        vm.errorsProperty().addListener((obs, was, now) -> grow(d.dialog()));
        return d.showAndWait();
    }

    /** Asks the reason for a correction of the signed minutes; true when the correction was made. */
    public static boolean correction(CorrectionViewModel vm, I18n i18n, Window owner) {
        FormDialog d = new FormDialog(vm, i18n, owner, "correctionDialog");
        MinutesStyles.apply(d.dialog().getDialogPane());
        d.setSaveText(i18n.get("minutes.correction.button"));
        Label intro = new Label(i18n.get("minutes.correction.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("form-hint");
        d.form().addWide(intro);
        TextArea reason = d.form().add(CorrectionViewModel.REASON, i18n.get("minutes.correction.reason"),
                d.area(vm.reasonProperty(), 4));
        reason.setId("correctionReason");
        focusLater(reason);
        return d.showAndWait();
    }

    /**
     * Verstrekken: partners with a check box each and "alleen eigen huishoudens"; then save for sending (a folder)
     * or print. Asks the signing credentials once when need-to-know copies must be signed.
     */
    public static void distribute(DistributionViewModel vm, I18n i18n, Window owner, FileDialogs files) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(i18n.get("minutes.distribute.title", vm.versionNumber()));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType close = new ButtonType(i18n.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        dialog.getDialogPane().setId("distributionDialog");
        Theme.style(dialog);
        MinutesStyles.apply(dialog.getDialogPane());
        Window[] self = new Window[1];

        Label intro = new Label(i18n.get("minutes.distribute.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("form-hint");
        Label message = new Label();
        message.setId("distributionMessage");
        message.getStyleClass().add("form-error");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        GridPane grid = new GridPane();
        grid.setId("recipientGrid");
        grid.getStyleClass().add("recipient-grid");
        grid.setHgap(18);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints partnerColumn = new javafx.scene.layout.ColumnConstraints();
        partnerColumn.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(partnerColumn);
        Label partnerHead = new Label(i18n.get("minutes.distribute.partner"));
        partnerHead.getStyleClass().add("form-label");
        Label ownHead = new Label(i18n.get("minutes.distribute.ownHouseholds"));
        ownHead.getStyleClass().add("form-label");
        grid.add(partnerHead, 0, 0);
        grid.add(ownHead, 1, 0);
        int row = 1;
        boolean invitedSeen = false;
        boolean othersSeen = false;
        for (DistributionViewModel.Recipient r : vm.recipients()) {
            if (r.invited() && !invitedSeen || !r.invited() && !othersSeen) {
                Label group = new Label(i18n.get(r.invited() ? "minutes.distribute.invited"
                        : "minutes.distribute.others"));
                group.getStyleClass().add("recipient-group");
                grid.add(group, 0, row++, 2, 1);
                invitedSeen |= r.invited();
                othersSeen |= !r.invited();
            }
            long id = r.partner().id();
            CheckBox select = new CheckBox(r.partner().shortName() + " \u2013 " + r.partner().name());
            select.setId("recipient-" + id);
            select.setMnemonicParsing(false);
            select.selectedProperty().bindBidirectional(r.selectedProperty());
            CheckBox own = new CheckBox(i18n.get("minutes.distribute.ownOnly"));
            own.setId("needToKnow-" + id);
            own.selectedProperty().bindBidirectional(r.needToKnowProperty());
            own.disableProperty().bind(r.selectedProperty().not().or(r.ownCopyPossibleProperty().not())
                    .or(r.knownProperty().not()));
            Label note = new Label(i18n.get("minutes.distribute.allHouseholds"));
            note.setId("allHouseholds-" + id);
            note.getStyleClass().add("text-muted");
            // A partner in every household gets the complete minutes: the note takes the check box's place.
            note.visibleProperty().bind(r.knownProperty().and(r.ownCopyPossibleProperty().not()));
            note.managedProperty().bind(note.visibleProperty());
            own.visibleProperty().bind(note.visibleProperty().not());
            own.managedProperty().bind(own.visibleProperty());
            HBox ownBox = new HBox(8, own, note);
            ownBox.setAlignment(Pos.CENTER_LEFT);
            grid.add(select, 0, row);
            grid.add(ownBox, 1, row);
            row++;
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("recipientScroll");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(340);
        scroll.getStyleClass().add("edge-to-edge");

        Button save = new Button(i18n.get("minutes.distribute.save"), Icons.of(Material2MZ.SAVE_ALT));
        save.setId("distributeSave");
        save.setMnemonicParsing(true);
        save.getStyleClass().add("accent");
        Button print = new Button(i18n.get("minutes.distribute.print"), Icons.of(Material2MZ.PRINT));
        print.setId("distributePrint");
        print.setMnemonicParsing(true);
        for (Button b : List.of(save, print)) {
            b.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not())
                    .or(vm.anySelectedProperty().not()));
        }
        save.setOnAction(e -> {
            if (!credentials(vm, i18n, self[0], files)) {
                return;
            }
            Path folder = files.folder(self[0], i18n.get("minutes.distribute.folderTitle"));
            if (folder == null) {
                return;
            }
            List<Path> existing = vm.existingTargets(folder);
            if (!existing.isEmpty() && !Dialogs.confirm(self[0], i18n, i18n.get("minutes.distribute.replaceTitle"),
                    i18n.get("minutes.distribute.replaceText", existing.size()),
                    i18n.get("minutes.distribute.replace"))) {
                return;
            }
            vm.saveForSending(folder);
        });
        print.setOnAction(e -> {
            if (credentials(vm, i18n, self[0], files)) {
                vm.print();
            }
        });
        HBox actions = new HBox(10, save, print,
                progress(vm.busyProperty(), i18n.get("minutes.distribute.busy"), "distributionProgress"));
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, intro, message, scroll, actions);
        content.setPadding(new Insets(8, 12, 8, 12));
        content.setPrefWidth(860);
        dialog.getDialogPane().setMinWidth(900);
        dialog.getDialogPane().setContent(content);
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.setId("distributionClose");
        closeButton.disableProperty().bind(vm.busyProperty());
        dialog.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            }
        });
        vm.finishedProperty().addListener((obs, was, now) -> {
            if (now) {
                dialog.close();
            }
        });
        dialog.setOnShown(e -> self[0] = dialog.getDialogPane().getScene().getWindow());
        vm.load();
        dialog.showAndWait();
    }

    /** Asks the credentials once when need-to-know copies must be signed; false when the user cancelled. */
    private static boolean credentials(DistributionViewModel vm, I18n i18n, Window owner, FileDialogs files) {
        if (!vm.needsCredentials()) {
            return true;
        }
        return sign(vm.signing(), i18n, owner, files) && !vm.needsCredentials();
    }

    /** What a verification found: the verdict, the signer and time, the certificate and the copy's origin. */
    public static void verification(MinutesViewModel.VerificationResult result, I18n i18n, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(i18n.get("minutes.verify.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(i18n.get("common.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("verificationDialog");
        Theme.style(dialog);
        MinutesStyles.apply(dialog.getDialogPane());

        boolean good = result.verdict() == SignatureCheck.Verdict.INTACT;
        Label verdict = new Label(result.verdictText(), Icons.of(good ? Material2MZ.VERIFIED : Material2AL.ERROR));
        verdict.setId("verifyVerdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().addAll("verify-verdict", "verdict-" + result.verdict().name());

        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        facts.setHgap(14);
        facts.setVgap(8);
        int row = 0;
        row = fact(facts, row, i18n.get("minutes.verify.signer"), result.signer(), "verifySigner");
        row = fact(facts, row, i18n.get("minutes.verify.signedAt"), result.signedAt(), "verifySignedAt");
        row = fact(facts, row, i18n.get("minutes.verify.certificateLabel"), result.certificate(), "verifyCertificate");
        row = fact(facts, row, i18n.get("minutes.verify.origin"), result.origin(), "verifyOrigin");
        TextField sha = new TextField(result.sha256());
        sha.setId("verifySha");
        sha.setEditable(false);
        sha.getStyleClass().add("hash-field");
        Label shaLabel = new Label(i18n.get("minutes.verify.sha"));
        shaLabel.getStyleClass().add("form-label");
        facts.add(shaLabel, 0, row);
        facts.add(sha, 1, row);
        GridPane.setHgrow(sha, Priority.ALWAYS);

        VBox content = new VBox(14, verdict, facts);
        content.setPadding(new Insets(8, 12, 8, 12));
        content.setPrefWidth(660);
        dialog.getDialogPane().setContent(content);
        dialog.showAndWait();
    }

    private static int fact(GridPane grid, int row, String label, String value, String id) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        grid.add(l, 0, row);
        grid.add(v, 1, row);
        return row + 1;
    }

    private static HBox progress(javafx.beans.value.ObservableBooleanValue busy, String text, String id) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        HBox box = new HBox(8, spinner, label);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(Bindings.createBooleanBinding(busy::get, busy));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * Makes the dialog as tall as its content needs (within the screen) once the content that just appeared (the
     * other way's fields, messages under fields) has been laid out. The scene's preferred height alone falls short
     * with wrapping texts, which need the width to know their height.
     */
    private static void grow(Dialog<?> dialog) {
        Platform.runLater(() -> Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene() == null ? null
                    : dialog.getDialogPane().getScene().getWindow();
            if (window == null || !window.isShowing()
                    || !(dialog.getDialogPane().getContent() instanceof ScrollPane scroll)
                    || scroll.getContent() == null) {
                return;
            }
            Bounds viewport = scroll.getViewportBounds();
            double needed = scroll.getContent().prefHeight(viewport.getWidth());
            if (Math.abs(needed - viewport.getHeight()) < 1) {
                return;
            }
            Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                    window.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
            double chrome = window.getHeight() - viewport.getHeight();
            scroll.setPrefViewportHeight(Math.min(needed, screen.getHeight() - chrome - 20));
            window.sizeToScene();
            if (window.getY() + window.getHeight() > screen.getMaxY()) {
                window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
            }
        }));
    }

    /** A form laid out like the dialog's own (labels never cut off, fields take the rest). */
    private static Form subForm() {
        Form form = new Form();
        form.node().setHgap(12);
        form.node().setVgap(8);
        form.node().getColumnConstraints().get(0).setMinWidth(LABEL_WIDTH);
        form.node().getColumnConstraints().get(0).setPrefWidth(LABEL_WIDTH);
        form.node().setPadding(new Insets(0, 0, 0, 28));
        return form;
    }

    /** Puts {@code trailing} (a Browse button) next to a form control, inside the form's field cell. */
    private static void replaceWithRow(Node control, Node trailing) {
        VBox cell = (VBox) control.getParent();
        int index = cell.getChildren().indexOf(control);
        HBox row = new HBox(6);
        row.setAlignment(Pos.CENTER_LEFT);
        cell.getChildren().set(index, row);
        row.getChildren().addAll(control, trailing);
    }

    private static void focusLater(Node node) {
        if (node != null) {
            Platform.runLater(node::requestFocus);
        }
    }
}
