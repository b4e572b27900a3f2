package nl.casustafel.ui.security;

import javafx.beans.property.StringProperty;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;
import nl.casustafel.ui.common.FormDialog;
import nl.casustafel.ui.common.I18n;

/** The dialog of "Wachtwoord wijzigen", and password fields for other dialogs. */
public final class PasswordDialogs {
    private PasswordDialogs() {
    }

    /** Shows the dialog; true when the password was changed. */
    public static boolean changePassword(ChangePasswordViewModel vm, I18n i18n, Window owner) {
        FormDialog dialog = new FormDialog(vm, i18n, owner, "changePasswordDialog");
        password(dialog, ChangePasswordViewModel.OLD, i18n.get("changePassword.old"), vm.oldPasswordProperty());
        password(dialog, ChangePasswordViewModel.PASSWORD, i18n.get("changePassword.new"), vm.passwordProperty());
        password(dialog, ChangePasswordViewModel.REPEAT, i18n.get("changePassword.repeat"), vm.repeatProperty());
        dialog.form().addNote(ChangePasswordViewModel.PASSWORD, new javafx.scene.control.Label(
                i18n.get("firstStart.password.hint", nl.casustafel.service.security.Passwords.MIN_LENGTH)));
        return dialog.showAndWait();
    }

    /** A password field bound to {@code property}, added to the dialog's form. */
    public static PasswordField password(FormDialog dialog, String field, String label, StringProperty property) {
        PasswordField box = dialog.form().add(field, label, new PasswordField());
        box.textProperty().bindBidirectional(property);
        return box;
    }
}
