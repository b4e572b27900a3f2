package nl.casustafel.ui.common;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Standard dialogs in the user's language. Never shows a stack trace. */
public final class Dialogs {
    private Dialogs() {
    }

    /** Asks before a destructive or important action; true when the user confirms. */
    public static boolean confirm(Window owner, I18n i18n, String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        prepare(alert, owner, title);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    /** Tells the user what went wrong, in words they can act on. */
    public static void error(Window owner, I18n i18n, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, new ButtonType(i18n.get("common.ok"),
                ButtonBar.ButtonData.OK_DONE));
        prepare(alert, owner, i18n.get("common.errorTitle"));
        alert.showAndWait();
    }

    public static void info(Window owner, I18n i18n, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, new ButtonType(i18n.get("common.ok"),
                ButtonBar.ButtonData.OK_DONE));
        prepare(alert, owner, title);
        alert.showAndWait();
    }

    private static void prepare(Alert alert, Window owner, String title) {
        if (owner != null) {
            alert.initOwner(owner);
            alert.initModality(Modality.WINDOW_MODAL);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("alertDialog");
        alert.getDialogPane().setMinWidth(420);
    }

    /** The window a node is shown in, or null. */
    public static Window windowOf(Node node) {
        return node == null || node.getScene() == null ? null : node.getScene().getWindow();
    }
}
