package nl.casustafel.ui.household.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.ui.common.I18n;

/**
 * All incidents of a household over time: x = time with month labels, y = severity (four labelled rows),
 * colour and shape by incident type, a dark ring for strangulation / weapon / threat to kill, a small dot for
 * children present, the last twelve months shaded. Simple shapes only, so 200 incidents draw at once; hover
 * and click use {@link TimelineModel#hitPoint} (one shared tooltip). Left/Right select, Enter opens.
 */
public final class TimelineChart extends Region {
    private static final double R = 6;

    private final I18n i18n;
    private final Supplier<LocalDate> today;
    private final Group layer = new Group();
    private final Tooltip tooltip = new Tooltip();
    private final Circle selection = new Circle(R + 6);
    private final FlowPane legend = new FlowPane(14, 6);
    private List<Incident> incidents = List.of();
    private TimelineModel model;
    private double builtWidth = -1;
    private double builtHeight = -1;
    private boolean dirty = true;
    private int selected = -1;
    private LongConsumer onOpen = id -> { };

    public TimelineChart(I18n i18n, Supplier<LocalDate> today) {
        this.i18n = i18n;
        this.today = today;
        getStyleClass().add("timeline-chart");
        setId("timelineChart");
        getChildren().add(layer);
        setMinHeight(220);
        setPrefHeight(300);
        setFocusTraversable(true);
        setAccessibleText(i18n.get("timeline.accessible", 0));
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        selection.getStyleClass().add("timeline-selection");
        selection.setMouseTransparent(true);
        tooltip.setShowDelay(Duration.ZERO);
        tooltip.getStyleClass().add("timeline-tooltip");
        legend.getStyleClass().add("timeline-legend");
        legend.setPadding(new Insets(4, 0, 0, TimelineModel.LEFT));

        setOnMouseMoved(e -> {
            var hit = model == null ? java.util.Optional.<TimelineModel.Point>empty() : model.hitPoint(e.getX(), e.getY());
            setCursor(hit.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
            if (hit.isPresent()) {
                tooltip.setText(describe(hit.get()));
                if (!tooltip.isShowing()) {
                    tooltip.show(this, e.getScreenX() + 14, e.getScreenY() + 14);
                } else {
                    tooltip.setAnchorX(e.getScreenX() + 14);
                    tooltip.setAnchorY(e.getScreenY() + 14);
                }
            } else {
                tooltip.hide();
            }
        });
        setOnMouseExited(e -> tooltip.hide());
        setOnMouseClicked(e -> {
            requestFocus();
            if (model != null) {
                model.hit(e.getX(), e.getY()).ifPresent(onOpen::accept);
            }
        });
        setOnKeyPressed(e -> {
            if (model == null || model.points().isEmpty()) {
                return;
            }
            int n = model.points().size();
            if (e.getCode() == KeyCode.RIGHT) {
                select(selected < 0 ? n - 1 : Math.min(n - 1, selected + 1));
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT) {
                select(selected < 0 ? n - 1 : Math.max(0, selected - 1));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && selected >= 0) {
                onOpen.accept(model.points().get(selected).incidentId());
                e.consume();
            }
        });
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                selected = -1;
                selection.setVisible(false);
            }
        });
    }

    /** What happens when an incident is clicked (or chosen with Enter): open it. */
    public void setOnOpen(LongConsumer onOpen) {
        this.onOpen = onOpen;
    }

    public void setIncidents(List<Incident> incidents) {
        this.incidents = List.copyOf(incidents);
        this.dirty = true;
        this.selected = -1;
        setAccessibleText(i18n.get("timeline.accessible", incidents.size()));
        buildLegend();
        requestLayout();
    }

    /** The legend (types present, risk markers, the shaded band); placed by the view under the chart. */
    public Node legend() {
        return legend;
    }

    /** The current layout (null before the first layout pass); for tests. */
    public TimelineModel model() {
        return model;
    }

    /** Number of incident markers drawn. */
    public int pointCount() {
        return model == null ? 0 : model.points().size();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (dirty || w != builtWidth || h != builtHeight) {
            build(w, h);
        }
    }

    private void build(double w, double h) {
        dirty = false;
        builtWidth = w;
        builtHeight = h;
        model = TimelineModel.layout(incidents, today.get(), w, h, i18n.locale());
        List<Node> nodes = new ArrayList<>(incidents.size() * 2 + 40);
        double top = model.plotTop();
        double bottom = model.plotBottom();

        Rectangle band = new Rectangle(model.bandStart(), top, Math.max(0, model.bandEnd() - model.bandStart()),
                bottom - top);
        band.getStyleClass().add("timeline-band");
        nodes.add(band);
        // Above the plot area, so that it never covers a marker.
        Text bandLabel = text(i18n.get("timeline.last12Months"), model.bandStart() + 4, top - 4, "timeline-band-label");
        bandLabel.setTextOrigin(VPos.BOTTOM);
        nodes.add(bandLabel);

        for (Severity s : Severity.values()) {
            double y = model.rowY(s);
            Line grid = new Line(model.plotLeft(), y, model.plotRight(), y);
            grid.getStyleClass().add("timeline-grid");
            nodes.add(grid);
            Text label = text(i18n.label(s), model.plotLeft() - 10, y, "timeline-axis-label");
            label.setTextOrigin(VPos.CENTER);
            label.setX(model.plotLeft() - 10 - label.getLayoutBounds().getWidth());
            nodes.add(label);
        }
        Line axis = new Line(model.plotLeft(), bottom, model.plotRight(), bottom);
        axis.getStyleClass().add("timeline-axis");
        nodes.add(axis);
        for (TimelineModel.Tick t : model.ticks()) {
            Line tick = new Line(t.x(), t.year() ? top : bottom, t.x(), bottom + (t.label() != null ? 6 : 3));
            tick.getStyleClass().add(t.year() ? "timeline-year" : "timeline-tick");
            nodes.add(tick);
            if (t.label() != null) {
                Text label = text(t.label(), t.x() + 3, bottom + 8, "timeline-axis-label");
                label.setTextOrigin(VPos.TOP);
                nodes.add(label);
            }
        }
        for (TimelineModel.Point p : model.points()) {
            if (p.lethal()) {
                Circle ring = new Circle(p.x(), p.y(), R + 4);
                ring.getStyleClass().add("timeline-lethal");
                nodes.add(ring);
            }
            nodes.add(marker(p.type(), p.x(), p.y(), R));
            if (p.childrenPresent()) {
                Circle child = new Circle(p.x() + R + 2, p.y() - R - 2, 3);
                child.getStyleClass().add("timeline-children");
                nodes.add(child);
            }
        }
        if (model.points().isEmpty()) {
            Text empty = text(i18n.get("timeline.empty"), (model.plotLeft() + model.plotRight()) / 2, (top + bottom) / 2,
                    "timeline-empty");
            empty.setTextAlignment(TextAlignment.CENTER);
            empty.setX(empty.getX() - empty.getLayoutBounds().getWidth() / 2);
            nodes.add(empty);
        }
        selection.setVisible(false);
        nodes.add(selection);
        layer.getChildren().setAll(nodes);
    }

    private void select(int index) {
        selected = index;
        TimelineModel.Point p = model.points().get(index);
        selection.setCenterX(p.x());
        selection.setCenterY(p.y());
        selection.setVisible(true);
        setAccessibleText(describe(p));
        tooltip.setText(describe(p));
        var screen = localToScreen(p.x(), p.y());
        if (screen != null) {
            tooltip.show(this, screen.getX() + 14, screen.getY() + 14);
        }
    }

    private String describe(TimelineModel.Point p) {
        StringBuilder b = new StringBuilder(i18n.get("timeline.tooltip", i18n.dateTime(p.occurredAt()),
                i18n.label(p.type()), i18n.label(p.severity()).toLowerCase(i18n.locale())));
        if (p.lethal()) {
            b.append('\n').append(i18n.get("timeline.tooltip.lethal"));
        }
        if (p.childrenPresent()) {
            b.append('\n').append(i18n.get("timeline.tooltip.children"));
        }
        return b.toString();
    }

    private static Text text(String value, double x, double y, String styleClass) {
        Text t = new Text(x, y, value);
        t.getStyleClass().add(styleClass);
        return t;
    }

    /** The marker of an incident type: shape by type group, colour by type (CSS class type-TYPE). */
    public static Shape marker(IncidentType type, double x, double y, double r) {
        Shape s = switch (type) {
            case DOMESTIC_VIOLENCE_PSYCHOLOGICAL, ELDER_ABUSE -> new Rectangle(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
            case DOMESTIC_VIOLENCE_SEXUAL, HONOUR_BASED_VIOLENCE -> new Polygon(x, y - r * 1.2, x + r * 1.2, y, x,
                    y + r * 1.2, x - r * 1.2, y);
            case CHILD_ABUSE -> new Polygon(x, y - r * 1.2, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8);
            case EX_PARTNER_STALKING -> new Polygon(x - r * 1.1, y - r * 0.8, x + r * 1.1, y - r * 0.8, x, y + r * 1.2);
            case BREACH_OF_MEASURE -> cross(x, y, r * 1.15);
            default -> new Circle(x, y, r);
        };
        s.getStyleClass().addAll("timeline-point", "type-" + type.name());
        return s;
    }

    private static Polygon cross(double x, double y, double r) {
        double a = r * 0.38;
        return new Polygon(x - a, y - r, x + a, y - r, x + a, y - a, x + r, y - a, x + r, y + a, x + a, y + a, x + a,
                y + r, x - a, y + r, x - a, y + a, x - r, y + a, x - r, y - a, x - a, y - a);
    }

    private void buildLegend() {
        Set<IncidentType> present = EnumSet.noneOf(IncidentType.class);
        incidents.forEach(i -> present.add(i.type()));
        List<Node> items = new ArrayList<>();
        for (IncidentType t : present) {
            items.add(item(marker(t, 7, 7, 5.5), i18n.label(t)));
        }
        Group lethal = new Group();
        Circle ring = new Circle(7, 7, 7);
        ring.getStyleClass().add("timeline-lethal");
        Circle inner = new Circle(7, 7, 3.5);
        inner.getStyleClass().add("timeline-legend-neutral");
        lethal.getChildren().addAll(ring, inner);
        items.add(item(lethal, i18n.get("timeline.legend.lethal")));
        Circle child = new Circle(7, 7, 3.5);
        child.getStyleClass().add("timeline-children");
        items.add(item(child, i18n.get("timeline.legend.children")));
        Rectangle band = new Rectangle(0, 0, 18, 12);
        band.getStyleClass().add("timeline-band");
        items.add(item(band, i18n.get("timeline.last12Months")));
        legend.getChildren().setAll(items);
    }

    private static Node item(Node symbol, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("timeline-legend-label");
        HBox box = new HBox(5, new Group(symbol), label);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }
}
