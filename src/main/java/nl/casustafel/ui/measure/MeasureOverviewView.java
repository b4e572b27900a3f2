package nl.casustafel.ui.measure;

import java.io.File;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nl.casustafel.service.measure.MeasureQuery.SortField;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.EmptyState;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.common.TableRows;
import nl.casustafel.ui.measure.MeasureOverviewViewModel.PartnerOption;
import nl.casustafel.ui.measure.MeasureOverviewViewModel.State;
import nl.casustafel.ui.measure.MeasureOverviewViewModel.StatusOption;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The measures overview: filters, a table of one page of measures (sorted by the server), the pager with the
 * result count, the CSV export and empty states. Thin: binds to {@link MeasureOverviewViewModel}; a double click
 * or Enter opens the measure's household.
 */
public final class MeasureOverviewView {
    private final MeasureOverviewViewModel vm;
    private final I18n i18n;
    private final LongConsumer openHousehold;
    private final BorderPane root = new BorderPane();
    private final TableView<MeasureListRow> table = new TableView<>();

    public MeasureOverviewView(MeasureOverviewViewModel vm, I18n i18n, LongConsumer openHousehold) {
        this.vm = vm;
        this.i18n = i18n;
        this.openHousehold = openHousehold;
        root.setId("measureOverview");
        root.getStyleClass().add("measure-overview");
        root.setTop(filters());
        root.setCenter(content());
        root.setBottom(pager());
        root.setPadding(new Insets(12, 0, 0, 0));
        vm.noticeProperty().addListener((obs, was, now) -> {
            if (now != null) {
                if (now.error()) {
                    Dialogs.error(Dialogs.windowOf(root), i18n, now.text());
                } else {
                    Dialogs.info(Dialogs.windowOf(root), i18n, i18n.get("measure.export.title"), now.text());
                }
            }
        });
    }

    public Node node() {
        return root;
    }

    public void focusTable() {
        table.requestFocus();
    }

    /** Asks where to save the CSV (default maatregelen-<date>.csv) and exports in the background. */
    public void export() {
        if (vm.exportingProperty().get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("measure.export.title"));
        chooser.setInitialFileName(vm.defaultExportFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("measure.export.filter"), "*.csv"));
        File file = chooser.showSaveDialog(Dialogs.windowOf(root));
        if (file != null) {
            vm.exportCsv(file.toPath());
        }
    }

    private Node filters() {
        ComboBox<PartnerOption> owner = new ComboBox<>(vm.partnerOptions());
        owner.setId("ownerFilter");
        owner.setPrefWidth(170);
        owner.setVisibleRowCount(14);
        owner.valueProperty().bindBidirectional(vm.ownerFilterProperty());
        owner.setButtonCell(cell(PartnerOption::label));
        Label ownerLabel = label(i18n.get("measure.filter.owner"), owner);

        ComboBox<StatusOption> status = new ComboBox<>(vm.statusOptions());
        status.setId("statusFilter");
        status.setPrefWidth(260);
        status.setVisibleRowCount(10);
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        status.setButtonCell(cell(StatusOption::label));
        Label statusLabel = label(i18n.get("measure.filter.status"), status);

        CheckBox overdue = new CheckBox(i18n.get("measure.filter.overdueOnly"));
        overdue.setId("overdueOnly");
        overdue.setMnemonicParsing(true);
        overdue.selectedProperty().bindBidirectional(vm.overdueOnlyProperty());

        CheckBox expiring = new CheckBox(i18n.get("measure.filter.expiring"));
        expiring.setId("expiringOnly");
        expiring.setMnemonicParsing(true);
        expiring.selectedProperty().bindBidirectional(vm.expiringOnlyProperty());
        Spinner<Integer> days = new Spinner<>();
        days.setId("expiringDays");
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, MeasureOverviewViewModel.MAX_EXPIRING_DAYS, vm.expiringDaysProperty().get());
        days.setValueFactory(factory);
        days.setEditable(true);
        days.setPrefWidth(80);
        days.setAccessibleText(i18n.get("measure.filter.expiringDays"));
        factory.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                vm.expiringDaysProperty().set(now);
            }
        });
        Label daysLabel = new Label(i18n.get("measure.filter.days"));
        HBox expiringBox = new HBox(6, expiring, days, daysLabel);
        expiringBox.setAlignment(Pos.CENTER_LEFT);

        Button clear = new Button(i18n.get("measure.filter.clear"), Icons.of(Material2AL.CLEAR));
        clear.setId("clearMeasureFilters");
        clear.setMnemonicParsing(true);
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> vm.clearFilters());

        Button export = new Button(i18n.get("measure.export.button"), Icons.of(Material2MZ.SAVE_ALT));
        export.setId("exportCsv");
        export.setMnemonicParsing(true);
        export.setTooltip(new Tooltip(i18n.get("measure.export.tooltip")));
        export.disableProperty().bind(vm.exportingProperty()
                .or(vm.stateProperty().isEqualTo(State.EMPTY_STORE)));
        export.setOnAction(e -> export());

        for (Region r : List.of(owner, status, overdue, expiring, clear, export)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(10, 8, ownerLabel, owner, statusLabel, status, overdue, expiringBox, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        bar.setMinWidth(0);
        bar.disableProperty().bind(vm.stateProperty().isEqualTo(State.EMPTY_STORE));
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox top = new HBox(12, bar, export);
        top.setAlignment(Pos.TOP_LEFT);
        top.setPadding(new Insets(0, 0, 10, 0));
        return top;
    }

    private Node content() {
        buildTable();
        EmptyState empty = new EmptyState(Material2AL.ASSIGNMENT_TURNED_IN, i18n.get("measure.overview.empty.title"),
                i18n.get("measure.overview.empty.text"));
        empty.node().setId("measuresEmptyState");
        EmptyState noMatches = new EmptyState(Material2MZ.SEARCH_OFF, i18n.get("measure.overview.noMatches.title"),
                "");
        noMatches.node().setId("measuresNoMatches");
        noMatches.textLabel().textProperty().bind(vm.messageProperty());
        noMatches.textLabel().setVisible(true);
        noMatches.textLabel().setManaged(true);
        Button clear = new Button(i18n.get("measure.filter.clear"), Icons.of(Material2AL.CLEAR));
        clear.setMnemonicParsing(true);
        clear.setOnAction(e -> vm.clearFilters());
        noMatches.addActions(clear);
        EmptyState error = new EmptyState(Material2AL.ERROR_OUTLINE, i18n.get("measure.overview.error.title"), "");
        error.node().setId("measuresError");
        error.node().getStyleClass().add("danger");
        error.textLabel().textProperty().bind(vm.messageProperty());
        error.textLabel().setVisible(true);
        error.textLabel().setManaged(true);
        Button retry = new Button(i18n.get("list.retry"), Icons.of(Material2MZ.REFRESH));
        retry.setMnemonicParsing(true);
        retry.setOnAction(e -> vm.reload());
        error.addActions(retry);
        showWhen(table, State.RESULTS, State.LOADING);
        showWhen(empty.node(), State.EMPTY_STORE);
        showWhen(noMatches.node(), State.NO_MATCHES);
        showWhen(error.node(), State.ERROR);
        return new StackPane(table, empty.node(), noMatches.node(), error.node());
    }

    private void buildTable() {
        table.setId("measureTable");
        table.getStyleClass().addAll("measure-table", "dense", "striped");
        table.setItems(vm.items());
        Label loading = new Label(i18n.get("common.loading"));
        loading.getStyleClass().add("text-muted");
        table.setPlaceholder(loading);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<MeasureListRow, String> household = text("household", SortField.HOUSEHOLD, 150,
                MeasureListRow::household);
        // The short type label keeps the column narrow; the tooltip and the household view give the full one.
        TableColumn<MeasureListRow, String> type = text("type", SortField.TYPE, 150, MeasureListRow::typeShort);
        TableColumn<MeasureListRow, String> category = text("category", null, 118, MeasureListRow::category);
        TableColumn<MeasureListRow, String> concerns = text("concerns", null, 130, MeasureListRow::concerns);
        TableColumn<MeasureListRow, String> owner = text("owner", SortField.OWNER, 62, MeasureListRow::owner);
        TableColumn<MeasureListRow, String> responsible = text("responsible", null, 110,
                MeasureListRow::responsible);
        TableColumn<MeasureListRow, String> start = text("start", SortField.START, 88,
                r -> i18n.date(r.start()));
        TableColumn<MeasureListRow, MeasureListRow> deadline = new TableColumn<>(i18n.get("measure.column.deadline"));
        deadline.setId("columnDeadline");
        deadline.setUserData(SortField.DEADLINE);
        deadline.setPrefWidth(175);
        deadline.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        deadline.setCellFactory(c -> deadlineCell());
        TableColumn<MeasureListRow, String> status = text("status", SortField.STATUS, 120, MeasureListRow::status);
        TableColumn<MeasureListRow, String> agreed = text("agreedIn", null, 104, MeasureListRow::agreedIn);
        table.getColumns().setAll(List.of(household, type, category, concerns, owner, responsible, start, deadline,
                status, agreed));
        for (TableColumn<MeasureListRow, ?> c : table.getColumns()) {
            c.setSortable(c.getUserData() != null);
            c.setReorderable(false);
        }
        // Dates, the clock and the owner are read in full; the text columns give way (their tooltip has the rest).
        start.setMinWidth(88);
        deadline.setMinWidth(178);
        owner.setMinWidth(74);
        household.setMinWidth(110);
        type.setMinWidth(110);
        agreed.setMinWidth(110);
        table.setFixedCellSize(40);

        // Sorting happens on the server: the table only reports which column and direction the user chose.
        table.getSortOrder().add(deadline);
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.sortBy(SortField.DEADLINE, true);
            } else {
                TableColumn<MeasureListRow, ?> c = t.getSortOrder().get(0);
                vm.sortBy((SortField) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        table.setRowFactory(TableRows.marking("overdue", MeasureListRow::overdue,
                r -> openHousehold.accept(r.householdId())));
        table.setOnKeyPressed(e -> {
            MeasureListRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                openHousehold.accept(selected.householdId());
                e.consume();
            }
        });
    }

    /** The end date, and under it in small type what the clock says (days left, days over the term). */
    static TableCell<MeasureListRow, MeasureListRow> deadlineCell() {
        return new TableCell<>() {
            private final Label date = new Label();
            private final Label remark = new Label();
            private final VBox box = new VBox(0, date, remark);

            {
                date.getStyleClass().add("deadline-date");
                remark.getStyleClass().add("deadline-remark");
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(MeasureListRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                box.getStyleClass().remove("deadline-overdue");
                if (empty || item == null || item.deadline() == null) {
                    setGraphic(null);
                    return;
                }
                date.setText(item.deadlineDate());
                remark.setText(item.deadlineRemark());
                remark.setVisible(!item.deadlineRemark().isEmpty());
                remark.setManaged(remark.isVisible());
                if (item.overdue()) {
                    box.getStyleClass().add("deadline-overdue");
                }
                setGraphic(box);
            }
        };
    }

    /** Text cells show their full text as a tooltip, for when the column is narrower than the text. */
    static <R> TableCell<R, String> tipCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        };
    }

    private TableColumn<MeasureListRow, String> text(String key, SortField sort, double width,
                                                     Function<MeasureListRow, String> value) {
        TableColumn<MeasureListRow, String> column = new TableColumn<>(i18n.get("measure.column." + key));
        column.setId("column" + Character.toUpperCase(key.charAt(0)) + key.substring(1));
        column.setUserData(sort);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> tipCell());
        return column;
    }

    private Node pager() {
        Label count = new Label();
        count.setId("measureCount");
        count.getStyleClass().add("page-label");
        count.textProperty().bind(vm.countTextProperty());
        Label page = new Label();
        page.setId("measurePageLabel");
        page.getStyleClass().add("page-label");
        page.textProperty().bind(vm.pageTextProperty());
        Button previous = new Button(null, Icons.of(Material2AL.CHEVRON_LEFT));
        previous.setId("measurePreviousPage");
        previous.setTooltip(new Tooltip(i18n.get("list.previous")));
        previous.disableProperty().bind(vm.hasPreviousProperty().not());
        previous.setOnAction(e -> vm.previousPage());
        Button next = new Button(null, Icons.of(Material2AL.CHEVRON_RIGHT));
        next.setId("measureNextPage");
        next.setTooltip(new Tooltip(i18n.get("list.next")));
        next.disableProperty().bind(vm.hasNextProperty().not());
        next.setOnAction(e -> vm.nextPage());
        Label hint = new Label(i18n.get("measure.overview.openHint"));
        hint.getStyleClass().add("text-muted");
        hint.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, count, hint, spacer, page, previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 0, 0));
        bar.visibleProperty().bind(vm.stateProperty().isEqualTo(State.RESULTS));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void showWhen(Node node, State... states) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(() -> List.of(states)
                .contains(vm.stateProperty().get()), vm.stateProperty()));
    }

    private static <T> ListCell<T> cell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : label.apply(item));
            }
        };
    }

    private static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.getStyleClass().add("filter-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
