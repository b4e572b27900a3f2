package nl.casustafel.ui.security;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.common.Theme;
import org.kordamp.ikonli.material2.Material2MZ;

/** The look of the windows in front of the store (first start, login, lock): a card centred on a calm background. */
final class GateLayout {
    private GateLayout() {
    }

    /** A full-size, opaque pane with the application's name and the card. */
    static StackPane of(String id, I18n i18n, double width, Node... cardContent) {
        Label title = new Label(i18n.get("app.title"), Icons.of(Material2MZ.SECURITY, "gate-logo-icon"));
        title.getStyleClass().add("gate-title");
        Label subtitle = new Label(i18n.get("shell.subtitle"));
        subtitle.getStyleClass().add("gate-subtitle");
        VBox card = new VBox(14);
        card.getStyleClass().addAll("card", "gate-card");
        card.getChildren().addAll(cardContent);
        card.setMaxWidth(width);
        card.setFillWidth(true);
        VBox column = new VBox(10, title, subtitle, card);
        column.setAlignment(Pos.CENTER);
        column.setMaxWidth(width);
        StackPane pane = new StackPane(column);
        pane.setId(id);
        pane.getStyleClass().add("gate");
        Theme.style(pane);
        return pane;
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("gate-heading");
        l.setWrapText(true);
        return l;
    }

    static Label text(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** A message line that is only there when it has text. */
    static Label message(String id, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("form-error");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
