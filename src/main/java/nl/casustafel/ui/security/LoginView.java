package nl.casustafel.ui.security;

import javafx.application.Platform;
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
import javafx.scene.layout.VBox;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2AL;

/** The login window's content: user name, password, Inloggen (Enter); a message under the fields. */
public final class LoginView {
    private final StackPane root;
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();

    public LoginView(LoginViewModel<?> vm, String dataDirectory) {
        I18n i18n = vm.i18n();
        user.setId("loginUser");
        user.textProperty().bindBidirectional(vm.userNameProperty());
        user.setPromptText(i18n.get("login.userName.prompt"));
        password.setId("loginPassword");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Label userLabel = label(i18n.get("login.userName"), user);
        Label passwordLabel = label(i18n.get("login.password"), password);

        Button login = new Button(i18n.get("login.submit"), Icons.of(Material2AL.LOGIN));
        login.setId("loginButton");
        login.setDefaultButton(true);
        login.getStyleClass().add("accent");
        login.setMnemonicParsing(true);
        login.setMinWidth(Region.USE_PREF_SIZE);
        login.disableProperty().bind(vm.busyProperty());
        login.setOnAction(e -> vm.login());
        user.setOnAction(e -> vm.login());
        password.setOnAction(e -> vm.login());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("loginProgress");
        progress.getStyleClass().add("busy-indicator");
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMaxSize(22, 22);
        Label busyText = new Label(i18n.get("login.busy"));
        busyText.getStyleClass().add("text-muted");
        busyText.visibleProperty().bind(vm.busyProperty());
        busyText.managedProperty().bind(busyText.visibleProperty());
        HBox.setHgrow(busyText, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, progress, busyText, spacer, login);
        actions.setAlignment(Pos.CENTER_LEFT);
        user.disableProperty().bind(vm.busyProperty());
        password.disableProperty().bind(vm.busyProperty());

        Label store = GateLayout.text(i18n.get("login.store", dataDirectory));
        store.setId("loginStore");
        store.getStyleClass().add("gate-footnote");
        root = GateLayout.of("loginView", i18n, 440, GateLayout.heading(i18n.get("login.title")),
                new VBox(4, userLabel, user), new VBox(4, passwordLabel, password),
                GateLayout.message("loginMessage", vm.messageProperty()), actions, store);
        // After a failure the password field is empty again: put the cursor there.
        vm.messageProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                Platform.runLater(() -> (user.getText().isBlank() ? user : password).requestFocus());
            }
        });
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.getStyleClass().add("form-label");
        return l;
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor in the first empty field (call once the window shows). */
    public void focus() {
        (user.getText().isBlank() ? user : password).requestFocus();
    }
}
