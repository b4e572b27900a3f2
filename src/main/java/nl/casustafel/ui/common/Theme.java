package nl.casustafel.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The look: AtlantaFX Primer Light as user-agent stylesheet, our casustafel.css (colour tokens and component
 * classes) on top, and the application icon.
 */
public final class Theme {
    public static final String STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("/nl/casustafel/ui/theme/casustafel.css")).toExternalForm();
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> icons;

    private Theme() {
    }

    /** Sets the AtlantaFX base theme for the whole application (call once, on the FX thread). */
    public static void installUserAgentStylesheet() {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    /** Adds our stylesheet to a root node (main window, dialog pane). */
    public static void style(Parent root) {
        if (!root.getStylesheets().contains(STYLESHEET)) {
            root.getStylesheets().add(STYLESHEET);
        }
    }

    /** Styles a dialog like the main window and gives it the application icon. */
    public static void style(Dialog<?> dialog) {
        style(dialog.getDialogPane());
        dialog.getDialogPane().getStyleClass().add("cs-dialog");
        Window window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
        if (window instanceof Stage stage) {
            stage.getIcons().setAll(appIcons());
        }
    }

    /** Grows (or shrinks) a shown dialog to its content, for example after messages appeared under fields. */
    public static void fitToContent(Dialog<?> dialog) {
        javafx.application.Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene() == null ? null
                    : dialog.getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing()) {
                window.sizeToScene();
            }
        });
    }

    /** The application icon in several sizes (loaded once). */
    public static synchronized List<Image> appIcons() {
        if (icons == null) {
            icons = java.util.Arrays.stream(ICON_SIZES)
                    .mapToObj(size -> Theme.class.getResource("/nl/casustafel/ui/icons/casustafel-" + size + ".png"))
                    .filter(Objects::nonNull)
                    .map(url -> new Image(url.toExternalForm()))
                    .toList();
        }
        return icons;
    }
}
