package nl.casustafel.ui.household.genogram;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.ui.common.I18n;

/** Draws a {@link GenogramLayout} with simple shapes, plus a legend. */
public final class GenogramView extends VBox {
    private static final double MARGIN = 16;
    private final I18n i18n;
    private final Pane canvas = new Pane();
    private final Label empty;
    private final Node legend;

    public GenogramView(I18n i18n) {
        super(8);
        this.i18n = i18n;
        getStyleClass().add("genogram");
        canvas.setId("genogram");
        canvas.getStyleClass().add("genogram-canvas");
        empty = new Label(i18n.get("genogram.empty"));
        empty.getStyleClass().add("hh-empty");
        legend = buildLegend();
        getChildren().add(canvas);
    }

    public void show(GenogramLayout layout) {
        List<Node> nodes = new ArrayList<>();
        if (layout == null || layout.nodes().isEmpty()) {
            canvas.getChildren().setAll(empty);
            canvas.setPrefSize(300, 60);
            return;
        }
        for (GenogramLayout.Line line : layout.lines()) {
            Polyline p = new Polyline();
            for (int k = 0; k < line.points().size(); k += 2) {
                p.getPoints().addAll(line.points().get(k) + MARGIN, line.points().get(k + 1) + MARGIN);
            }
            p.getStyleClass().addAll("genogram-line", "relation-" + line.type().name());
            nodes.add(p);
            if (line.type() == RelationType.EX_PARTNER) {
                double mx = line.midX() + MARGIN;
                double my = line.midY() + MARGIN;
                for (double dx : new double[] {-4, 4}) {
                    Line slash = new Line(mx + dx - 4, my + 8, mx + dx + 4, my - 8);
                    slash.getStyleClass().addAll("genogram-line", "genogram-slash");
                    nodes.add(slash);
                }
            }
        }
        double half = GenogramLayout.SIZE / 2;
        for (GenogramLayout.Node n : layout.nodes()) {
            double x = n.x() + MARGIN;
            double y = n.y() + MARGIN;
            Shape symbol = symbol(n.shape(), x, y, half);
            symbol.getStyleClass().add("genogram-symbol");
            if (n.role() == PersonRole.VICTIM) {
                symbol.getStyleClass().add("role-victim");
            } else if (n.role() == PersonRole.SUSPECT) {
                symbol.getStyleClass().add("role-suspect");
            }
            symbol.setId("genogram-person-" + n.personId());
            symbol.setAccessibleText(n.name() + ", " + i18n.label(n.role()));
            nodes.add(symbol);
            if (n.role() == PersonRole.VICTIM || n.role() == PersonRole.SUSPECT) {
                Circle badge = new Circle(x + half - 1, y - half + 1, 9);
                badge.getStyleClass().addAll("genogram-badge", n.role() == PersonRole.VICTIM ? "role-victim" : "role-suspect");
                Text letter = new Text(i18n.get("genogram.badge." + n.role().name()));
                letter.getStyleClass().add("genogram-badge-text");
                letter.setTextOrigin(VPos.CENTER);
                letter.setX(x + half - 1 - letter.getLayoutBounds().getWidth() / 2);
                letter.setY(y - half + 1);
                nodes.add(badge);
                nodes.add(letter);
            }
            nodes.add(caption(n.name(), i18n.label(n.role()), x, y + half + 4));
        }
        canvas.getChildren().setAll(nodes);
        canvas.setPrefSize(layout.width() + 2 * MARGIN, layout.height() + 2 * MARGIN);
        canvas.setMinSize(layout.width() + 2 * MARGIN, layout.height() + 2 * MARGIN);
    }

    /** Name and role under a symbol, centred, wrapped within the column. */
    private static Node caption(String name, String role, double centreX, double top) {
        double width = GenogramLayout.SPACING - 14;
        Label nameLabel = new Label(name);
        nameLabel.getStyleClass().add("genogram-name");
        Label roleLabel = new Label(role);
        roleLabel.getStyleClass().add("genogram-role");
        for (Label l : List.of(nameLabel, roleLabel)) {
            l.setWrapText(true);
            l.setMaxWidth(width);
            l.setAlignment(Pos.CENTER);
        }
        VBox box = new VBox(0, nameLabel, roleLabel);
        box.setAlignment(Pos.TOP_CENTER);
        box.setPrefWidth(width);
        box.setMinWidth(width);
        box.setMaxWidth(width);
        box.setMouseTransparent(true);
        box.relocate(centreX - width / 2, top);
        return box;
    }

    static Shape symbol(GenogramLayout.Shape shape, double x, double y, double half) {
        return switch (shape) {
            case SQUARE -> new Rectangle(x - half, y - half, 2 * half, 2 * half);
            case CIRCLE -> new Circle(x, y, half);
            case DIAMOND -> new Polygon(x, y - half - 2, x + half + 2, y, x, y + half + 2, x - half - 2, y);
        };
    }

    /** The legend (shapes, lines, roles); placed by the view where it stays visible. */
    public Node legend() {
        return legend;
    }

    private Node buildLegend() {
        FlowPane legend = new FlowPane(14, 6);
        legend.getStyleClass().add("genogram-legend");
        legend.getChildren().addAll(
                item(symbol(GenogramLayout.Shape.SQUARE, 7, 7, 6), "genogram.legend.male"),
                item(symbol(GenogramLayout.Shape.CIRCLE, 7, 7, 6), "genogram.legend.female"),
                item(symbol(GenogramLayout.Shape.DIAMOND, 7, 7, 6), "genogram.legend.other"),
                item(line(RelationType.PARTNER), "genogram.legend.partner"),
                item(line(RelationType.EX_PARTNER), "genogram.legend.exPartner"),
                item(line(RelationType.PARENT_CHILD), "genogram.legend.parentChild"),
                item(badge(PersonRole.VICTIM), "genogram.legend.victim"),
                item(badge(PersonRole.SUSPECT), "genogram.legend.suspect"));
        return legend;
    }

    private Node badge(PersonRole role) {
        Shape s = symbol(GenogramLayout.Shape.SQUARE, 7, 7, 6);
        s.getStyleClass().addAll("genogram-symbol", role == PersonRole.VICTIM ? "role-victim" : "role-suspect");
        return s;
    }

    private static Node line(RelationType type) {
        Polyline l = new Polyline(0, 7, 24, 7);
        l.getStyleClass().addAll("genogram-line", "relation-" + type.name());
        if (type == RelationType.EX_PARTNER) {
            Line slash = new Line(10, 12, 14, 2);
            slash.getStyleClass().addAll("genogram-line", "genogram-slash");
            return new Group(l, slash);
        }
        return l;
    }

    private Node item(Node symbol, String key) {
        if (symbol instanceof Shape s && !s.getStyleClass().contains("genogram-line")
                && !s.getStyleClass().contains("genogram-symbol")) {
            s.getStyleClass().add("genogram-symbol");
        }
        Label label = new Label(i18n.get(key));
        HBox box = new HBox(5, new Group(symbol), label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
