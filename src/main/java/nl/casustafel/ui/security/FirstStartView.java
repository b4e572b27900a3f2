package nl.casustafel.ui.security;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.ui.common.Form;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The first-start window: says that a new encrypted store is made here, asks for the administrator's account and
 * password (twice), and shows progress while the store is made.
 */
public final class FirstStartView {
    private final StackPane root;
    private final Form form = new Form();

    public FirstStartView(FirstStartViewModel<?> vm, String dataDirectory) {
        this(vm, dataDirectory, null);
    }

    /** With {@code onRestore}: a second way in, "Back-up terugzetten" (a new machine, an old backup). */
    public FirstStartView(FirstStartViewModel<?> vm, String dataDirectory, Runnable onRestore) {
        I18n i18n = vm.i18n();
        TextField user = form.add(AccountDraft.USER_NAME, i18n.get("firstStart.userName"), new TextField());
        user.textProperty().bindBidirectional(vm.userNameProperty());
        user.setPromptText(i18n.get("firstStart.userName.prompt"));
        TextField name = form.add(AccountDraft.DISPLAY_NAME, i18n.get("firstStart.displayName"), new TextField());
        name.textProperty().bindBidirectional(vm.displayNameProperty());
        PasswordField password = form.add(FirstStartViewModel.PASSWORD, i18n.get("firstStart.password"),
                new PasswordField());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        form.addNote(FirstStartViewModel.PASSWORD, GateLayout.text(i18n.get("firstStart.password.hint",
                nl.casustafel.service.security.Passwords.MIN_LENGTH)));
        PasswordField repeat = form.add(FirstStartViewModel.REPEAT, i18n.get("firstStart.repeat"),
                new PasswordField());
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        form.node().setHgap(12);
        form.node().setVgap(8);
        form.node().getColumnConstraints().get(0).setMinWidth(Region.USE_PREF_SIZE);
        form.node().disableProperty().bind(vm.busyProperty());
        vm.errorsProperty().addListener((obs, was, now) -> {
            form.showErrors(now);
            form.focusFirstError(now);
        });

        Button create = new Button(i18n.get("firstStart.create"), Icons.of(Material2MZ.SECURITY));
        create.setId("createStoreButton");
        create.setDefaultButton(true);
        create.getStyleClass().add("accent");
        create.setMnemonicParsing(true);
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.disableProperty().bind(vm.busyProperty());
        create.setOnAction(e -> vm.save());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("firstStartProgress");
        progress.getStyleClass().add("busy-indicator");
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMaxSize(22, 22);
        Label busyText = new Label(i18n.get("firstStart.busy"));
        busyText.getStyleClass().add("text-muted");
        busyText.setWrapText(true);
        busyText.visibleProperty().bind(vm.busyProperty());
        busyText.managedProperty().bind(busyText.visibleProperty());
        HBox.setHgrow(busyText, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, progress, busyText, spacer, create);
        if (onRestore != null) {
            Button restore = new Button(i18n.get("firstStart.restore"), Icons.of(Material2MZ.RESTORE));
            restore.setId("restoreBackupButton");
            restore.setMnemonicParsing(true);
            restore.setMinWidth(Region.USE_PREF_SIZE);
            restore.disableProperty().bind(vm.busyProperty());
            restore.setOnAction(e -> onRestore.run());
            actions.getChildren().add(actions.getChildren().size() - 1, restore);
        }
        actions.setAlignment(Pos.CENTER_LEFT);

        Label where = GateLayout.text(i18n.get("firstStart.where", dataDirectory));
        where.getStyleClass().add("gate-footnote");
        root = GateLayout.of("firstStartView", i18n, 580, GateLayout.heading(i18n.get("firstStart.title")),
                GateLayout.text(i18n.get("firstStart.text")),
                GateLayout.message("firstStartMessage", vm.messageProperty()), form.node(), actions, where);
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        form.control(AccountDraft.USER_NAME).requestFocus();
    }
}
