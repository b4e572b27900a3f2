package nl.casustafel.ui.security;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * What a locked window shows instead of its content: who is logged in, a password field, Ontgrendelen and
 * "Andere gebruiker / afmelden". The main window puts this pane in place of everything else, so nothing of a
 * dossier stays visible or reachable with Tab.
 */
public final class LockPane {
    private final StackPane root;
    private final PasswordField password = new PasswordField();

    public LockPane(LockViewModel vm, I18n i18n, String displayName, String userName, Runnable signOut) {
        Label who = new Label(i18n.get("lock.user", displayName, userName), Icons.of(Material2AL.ACCOUNT_CIRCLE));
        who.setId("lockUser");
        who.getStyleClass().add("gate-user");
        who.setWrapText(true);
        password.setId("lockPassword");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.disableProperty().bind(vm.busyProperty());
        password.setOnAction(e -> vm.unlock());
        Label passwordLabel = new Label(i18n.get("login.password"));
        passwordLabel.setMnemonicParsing(true);
        passwordLabel.setLabelFor(password);
        passwordLabel.getStyleClass().add("form-label");

        Button unlock = new Button(i18n.get("lock.unlock"), Icons.of(Material2AL.LOCK_OPEN));
        unlock.setId("unlockButton");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add("accent");
        unlock.setMnemonicParsing(true);
        unlock.setMinWidth(Region.USE_PREF_SIZE);
        unlock.disableProperty().bind(vm.busyProperty());
        unlock.setOnAction(e -> vm.unlock());
        Button other = new Button(i18n.get("lock.signOut"), Icons.of(Material2AL.LOG_OUT));
        other.setId("lockSignOut");
        other.setMnemonicParsing(true);
        other.setMinWidth(Region.USE_PREF_SIZE);
        other.disableProperty().bind(vm.busyProperty());
        other.setOnAction(e -> signOut.run());
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("busy-indicator");
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMaxSize(22, 22);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, other, spacer, progress, unlock);
        actions.setAlignment(Pos.CENTER_LEFT);

        root = GateLayout.of("lockPane", i18n, 440,
                GateLayout.heading(i18n.get("lock.title")), GateLayout.text(i18n.get("lock.text")), who,
                new VBox(4, passwordLabel, password), GateLayout.message("lockMessage", vm.messageProperty()),
                actions);
        root.getStyleClass().add("lock-pane");
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        password.requestFocus();
    }
}
