package nl.casustafel.ui.conference;

import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.service.conference.ConferenceSummary;
import nl.casustafel.ui.common.EmptyState;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.common.TableRows;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The conference list: filter by status, newest first, open with Enter or a double click. */
public final class ConferenceListView {
    private final ConferenceListViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TableView<ConferenceSummary> table = new TableView<>();

    public ConferenceListView(ConferenceListViewModel vm, I18n i18n, LongConsumer onOpen, Runnable onPlan,
                              Runnable onPlanAcute) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("conferenceList");
        root.getStyleClass().add("conference-list");
        root.setTop(toolbar(onPlan, onPlanAcute));
        root.setCenter(content(onOpen, onPlan));
    }

    public Node root() {
        return root;
    }

    /** Hides the planning buttons the role may not use. */
    public void restrict(boolean mayPlan, boolean mayPlanAcute) {
        for (var entry : java.util.Map.of("#planConference", mayPlan, "#planConferenceEmpty", mayPlan,
                "#planAcuteHint", mayPlanAcute).entrySet()) {
            Node button = root.lookup(entry.getKey());
            if (button != null) {
                button.setVisible(entry.getValue());
                button.setManaged(entry.getValue());
            }
        }
    }

    public void focusTable() {
        table.requestFocus();
    }

    private Node toolbar(Runnable onPlan, Runnable onPlanAcute) {
        Label title = new Label(i18n.get("conference.list.title"));
        title.getStyleClass().add("page-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button plan = new Button(i18n.get("conference.list.plan"), Icons.of(Material2AL.ADD));
        plan.setId("planConference");
        plan.getStyleClass().add("accent");
        plan.setMnemonicParsing(true);
        plan.setMinWidth(Region.USE_PREF_SIZE);
        plan.setTooltip(new Tooltip(i18n.get("conference.list.plan.tooltip")));
        plan.setOnAction(e -> onPlan.run());
        Button acute = new Button(i18n.get("conference.list.acute"), Icons.of(Material2AL.FLASH_ON));
        acute.setId("planAcuteHint");
        acute.setMnemonicParsing(true);
        acute.setMinWidth(Region.USE_PREF_SIZE);
        acute.setTooltip(new Tooltip(i18n.get("conference.list.acute.tooltip")));
        acute.setOnAction(e -> onPlanAcute.run());

        ComboBox<ConferenceStatus> status = new ComboBox<>();
        status.setId("conferenceStatusFilter");
        status.getItems().add(null);
        status.getItems().addAll(ConferenceStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConferenceStatus s) {
                return s == null ? i18n.get("conference.list.allStatuses") : i18n.label(s);
            }

            @Override
            public ConferenceStatus fromString(String s) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(vm.statusProperty());
        Label statusLabel = new Label(i18n.get("conference.list.status"));
        statusLabel.setMnemonicParsing(true);
        statusLabel.setLabelFor(status);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label message = new Label();
        message.getStyleClass().add("form-error");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        HBox row = new HBox(12, title, statusLabel, status, spacer, acute, plan);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, row, message);
        top.getStyleClass().add("page-header");
        top.setPadding(new Insets(16, 20, 8, 20));
        return top;
    }

    private Node content(LongConsumer onOpen, Runnable onPlan) {
        table.setId("conferenceTable");
        table.setItems(vm.items());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Typed as the instant so that sorting follows time, not the text "dd-MM-yyyy".
        TableColumn<ConferenceSummary, java.time.Instant> date = new TableColumn<>(i18n.get("conference.column.date"));
        date.setId("conferenceDateColumn");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().startsAt()));
        date.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.time.Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.dateTime(item));
            }
        });
        date.setPrefWidth(150);
        TableColumn<ConferenceSummary, String> type = column("conference.column.type", 190, c -> i18n.label(c.type()));
        TableColumn<ConferenceSummary, String> place = column("conference.column.place", 160,
                c -> c.place() == null ? "" : c.place());
        TableColumn<ConferenceSummary, String> chair = column("conference.column.chair", 160, ConferenceSummary::chairName);
        TableColumn<ConferenceSummary, String> status = column("conference.column.status", 110,
                c -> i18n.label(c.status()));
        TableColumn<ConferenceSummary, Number> items = new TableColumn<>(i18n.get("conference.column.items"));
        items.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().agendaItems()));
        items.getStyleClass().add("numeric");
        items.setPrefWidth(120);
        items.setMinWidth(110);
        table.getColumns().setAll(java.util.List.of(date, type, place, chair, status, items));
        table.setRowFactory(TableRows.marking("acute", c -> c.type().isAcute(), c -> onOpen.accept(c.id())));
        table.setOnKeyPressed(e -> {
            ConferenceSummary selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected.id());
                e.consume();
            }
        });

        EmptyState empty = new EmptyState(Material2AL.GROUPS, i18n.get("conference.list.empty.title"),
                i18n.get("conference.list.empty.text"));
        Button plan = new Button(i18n.get("conference.list.plan"), Icons.of(Material2AL.ADD));
        plan.setId("planConferenceEmpty");
        plan.getStyleClass().add("accent");
        plan.setOnAction(e -> onPlan.run());
        empty.addActions(plan);
        empty.node().setId("conferenceListEmpty");
        empty.node().visibleProperty().bind(Bindings.isEmpty(vm.items()).and(vm.loadedOnceProperty()));
        empty.node().managedProperty().bind(empty.node().visibleProperty());
        table.visibleProperty().bind(empty.node().visibleProperty().not());
        StackPane stack = new StackPane(table, empty.node());
        stack.setPadding(new Insets(0, 20, 16, 20));
        Label hint = new Label(i18n.get("conference.list.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setGraphic(Icons.of(Material2AL.INFO));
        VBox.setMargin(hint, new Insets(0, 20, 0, 20));
        VBox box = new VBox(6, stack, hint);
        VBox.setVgrow(stack, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private TableColumn<ConferenceSummary, String> column(String key, double width,
                                                          java.util.function.Function<ConferenceSummary, String> value) {
        TableColumn<ConferenceSummary, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
