package nl.casustafel.ui.security;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import nl.casustafel.ui.common.FileDialogs;
import nl.casustafel.ui.common.Form;
import nl.casustafel.ui.common.FormDialog;
import nl.casustafel.ui.common.I18n;

/** The "Back-up terugzetten" dialog of the first-start window: the file, then an administrator's login. */
public final class RestoreDialog {
    private RestoreDialog() {
    }

    /** Shows the dialog; true when the backup was restored (the view model then handed the store on). */
    public static boolean show(RestoreViewModel<?> vm, FileDialogs files, Window owner) {
        I18n i18n = vm.i18n();
        FormDialog dialog = new FormDialog(vm, i18n, owner, "restoreDialog");
        dialog.setSaveText(i18n.get("restore.button"));
        Form form = dialog.form();
        TextField path = new TextField();
        path.setId("restoreFile");
        path.setEditable(false);
        path.textProperty().bind(vm.fileProperty().map(Path::toString).orElse(""));
        Button browse = new Button(i18n.get("restore.browse"));
        browse.setId("restoreBrowse");
        browse.setMnemonicParsing(true);
        browse.setOnAction(e -> {
            Path chosen = files.open(dialog.dialog().getDialogPane().getScene().getWindow(), i18n.get("restore.title"),
                    i18n.get("restore.filter"), "*.ccb");
            if (chosen != null) {
                vm.fileProperty().set(chosen);
            }
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        form.add(RestoreViewModel.FILE, i18n.get("restore.file"), path);
        form.node().add(browse, 2, 0);
        TextField user = new TextField();
        user.setId("restoreUser");
        user.textProperty().bindBidirectional(vm.userNameProperty());
        form.add(RestoreViewModel.USER, i18n.get("restore.userName"), user);
        PasswordField password = new PasswordField();
        password.setId("restorePassword");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        form.add(RestoreViewModel.PASSWORD, i18n.get("restore.password"), password);
        dialog.addBelow(new javafx.scene.control.Label(i18n.get("restore.text")));
        return dialog.showAndWait();
    }
}
