package nl.casustafel.ui.measure;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.common.TableRows;
import nl.casustafel.ui.measure.HouseholdMeasuresViewModel.Cell;
import nl.casustafel.ui.measure.HouseholdMeasuresViewModel.Entry;
import nl.casustafel.ui.measure.HouseholdMeasuresViewModel.Matrix;
import nl.casustafel.ui.measure.HouseholdMeasuresViewModel.MatrixRow;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The household's Maatregelen tab: the persons x categories matrix (gaps tinted, overdue measures in red) above
 * the list of the household's measures with the editor and the follow-up actions. Thin: binds to
 * {@link HouseholdMeasuresViewModel}.
 */
public final class HouseholdMeasuresView {
    private static final PseudoClass GAP = PseudoClass.getPseudoClass("gap");

    private final HouseholdMeasuresViewModel vm;
    private final I18n i18n;
    private final Node anchor;
    private final GridPane grid = new GridPane();
    private final TableView<MeasureListRow> table = new TableView<>();
    private final VBox root;

    /** {@code enabled} is false until the household has loaded. */
    public HouseholdMeasuresView(HouseholdMeasuresViewModel vm, javafx.beans.value.ObservableBooleanValue enabled) {
        this.vm = vm;
        this.i18n = vm.i18n();
        grid.setId("measureMatrix");
        grid.getStyleClass().add("measure-matrix");
        vm.matrixProperty().addListener((obs, was, now) -> fillMatrix(now));
        fillMatrix(vm.matrixProperty().get());

        Label matrixTitle = new Label(i18n.get("measure.matrix.title"));
        matrixTitle.getStyleClass().add("section-title");
        Label legend = new Label(i18n.get("measure.matrix.legend"));
        legend.getStyleClass().add("text-muted");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane matrixScroll = new ScrollPane(grid);
        matrixScroll.setFitToWidth(true);
        matrixScroll.getStyleClass().add("edge-to-edge");
        VBox matrixCard = card(matrixTitle, legend, matrixScroll);
        VBox.setVgrow(matrixScroll, Priority.ALWAYS);

        buildTable();
        Label listTitle = new Label(i18n.get("measure.household.listTitle"));
        listTitle.getStyleClass().add("section-title");
        VBox listCard = card(listTitle, toolbar(enabled), table);
        VBox.setVgrow(table, Priority.ALWAYS);

        SplitPane split = new SplitPane(matrixCard, listCard);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        split.getStyleClass().add("measure-split");
        VBox.setVgrow(split, Priority.ALWAYS);

        Label error = new Label();
        error.getStyleClass().addAll("signal-chip", "danger");
        error.setWrapText(true);
        error.textProperty().bind(vm.loadErrorProperty());
        error.visibleProperty().bind(vm.loadErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        root = new VBox(10, error, split);
        root.setId("householdMeasures");
        root.setPadding(new Insets(12));
        root.setMinWidth(0);
        MeasureStyles.apply(root);
        this.anchor = root;
        vm.setErrorHandler(message -> Dialogs.error(window(), i18n, message));
    }

    public Node node() {
        return root;
    }

    private Window window() {
        return Dialogs.windowOf(anchor);
    }

    // ---- matrix ------------------------------------------------------------------------------------------------

    private void fillMatrix(Matrix matrix) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        ColumnConstraints person = new ColumnConstraints();
        person.setMinWidth(150);
        person.setPrefWidth(190);
        grid.getColumnConstraints().add(person);
        for (int k = 0; k < MeasureCategory.values().length; k++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(-1);
            c.setHgrow(Priority.ALWAYS);
            c.setMinWidth(120);
            c.setPrefWidth(160);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
        }
        Label corner = new Label(i18n.get("measure.matrix.person"));
        corner.getStyleClass().add("matrix-header");
        corner.setMaxWidth(Double.MAX_VALUE);
        grid.add(corner, 0, 0);
        MeasureCategory[] categories = MeasureCategory.values();
        for (int k = 0; k < categories.length; k++) {
            Label header = new Label(i18n.label(categories[k]));
            header.setId("matrixHeader-" + categories[k].name());
            header.getStyleClass().add("matrix-header");
            header.setMaxWidth(Double.MAX_VALUE);
            header.setWrapText(true);
            grid.add(header, k + 1, 0);
        }
        int r = 1;
        for (MatrixRow row : matrix.rows()) {
            String rowId = row.personId() == null ? "household" : String.valueOf(row.personId());
            boolean rowGap = !row.gap().isEmpty();
            VBox who = new VBox(3);
            who.getStyleClass().add("matrix-person");
            who.setId("matrixRow-" + rowId);
            Label name = new Label(row.label());
            name.getStyleClass().add("matrix-person-name");
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            who.getChildren().add(name);
            if (!row.roleLabel().isEmpty()) {
                Label role = new Label(row.roleLabel());
                role.getStyleClass().addAll("matrix-role", "role-" + row.role().name());
                who.getChildren().add(role);
            }
            if (rowGap) {
                who.getChildren().add(gapLabel(row.gap(), "matrixGap-" + rowId));
            }
            who.pseudoClassStateChanged(GAP, rowGap);
            who.setMaxHeight(Double.MAX_VALUE);
            grid.add(who, 0, r);
            for (int k = 0; k < categories.length; k++) {
                Cell cell = row.cells().get(categories[k]);
                VBox box = new VBox(4);
                box.getStyleClass().add("matrix-cell");
                box.setId("matrixCell-" + rowId + "-" + categories[k].name());
                box.setMaxWidth(Double.MAX_VALUE);
                box.setMaxHeight(Double.MAX_VALUE);
                if (cell != null) {
                    for (Entry e : cell.entries()) {
                        box.getChildren().add(entry(e));
                    }
                    if (!cell.gap().isEmpty()) {
                        box.getChildren().add(gapLabel(cell.gap(), "matrixGap-" + rowId + "-" + categories[k].name()));
                    }
                }
                box.pseudoClassStateChanged(GAP, rowGap || (cell != null && !cell.gap().isEmpty()));
                grid.add(box, k + 1, r);
            }
            r++;
        }
    }

    private Node entry(Entry e) {
        Label title = new Label(e.title());
        title.getStyleClass().add("matrix-entry-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label details = new Label(e.details());
        details.getStyleClass().add("matrix-entry-details");
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(1, title, details);
        box.setId("matrixEntry-" + e.measureId());
        box.getStyleClass().add("matrix-entry");
        if (e.overdue()) {
            box.getStyleClass().add("overdue");
        }
        if (e.closed()) {
            box.getStyleClass().add("closed");
        }
        Tooltip.install(box, new Tooltip(e.tooltip()));
        // A click selects the measure in the list below; a double click opens it.
        box.setOnMouseClicked(ev -> {
            select(e.measureId());
            if (ev.getClickCount() == 2) {
                edit();
            }
        });
        return box;
    }

    private Label gapLabel(String text, String id) {
        Label gap = new Label(text, Icons.of(Material2MZ.WARNING));
        gap.setId(id);
        gap.getStyleClass().add("matrix-gap");
        gap.setWrapText(true);
        gap.setMinHeight(Region.USE_PREF_SIZE);
        return gap;
    }

    private void select(long measureId) {
        table.getItems().stream().filter(r -> r.measureId() == measureId).findFirst().ifPresent(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        });
    }

    // ---- list and actions --------------------------------------------------------------------------------------

    private void buildTable() {
        table.setId("householdMeasureTable");
        table.getStyleClass().addAll("dense", "measure-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<MeasureListRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label empty = new Label(i18n.get("measure.household.empty"));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        TableColumn<MeasureListRow, String> type = column("type", MeasureListRow::type, 200);
        TableColumn<MeasureListRow, String> concerns = column("concerns", MeasureListRow::concerns, 140);
        TableColumn<MeasureListRow, String> owner = column("owner", MeasureListRow::owner, 80);
        TableColumn<MeasureListRow, String> responsible = column("responsible", MeasureListRow::responsible, 120);
        TableColumn<MeasureListRow, java.time.LocalDate> start = column("start", MeasureListRow::start, 92);
        start.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDate item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : i18n.date(item));
            }
        });
        TableColumn<MeasureListRow, MeasureListRow> deadline = new TableColumn<>(i18n.get("measure.column.deadline"));
        deadline.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        deadline.setCellFactory(c -> MeasureOverviewView.deadlineCell());
        deadline.setComparator(java.util.Comparator.comparing(MeasureListRow::deadline,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        deadline.setPrefWidth(190);
        deadline.setMinWidth(170);
        TableColumn<MeasureListRow, String> status = column("status", MeasureListRow::status, 150);
        TableColumn<MeasureListRow, String> agreed = column("agreedIn", MeasureListRow::agreedIn, 100);
        start.setMinWidth(92);
        table.getColumns().setAll(List.of(type, concerns, owner, responsible, start, deadline, status, agreed));
        table.setRowFactory(TableRows.marking("overdue", MeasureListRow::overdue, r -> edit()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                edit();
                e.consume();
            }
        });
        table.setMinHeight(120);
    }

    private FlowPane toolbar(javafx.beans.value.ObservableBooleanValue enabled) {
        Button add = button("newMeasureButton", "measure.action.new", Material2AL.ADD, this::newMeasure);
        add.setTooltip(new Tooltip(i18n.get("measure.action.newTooltip")));
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.get(), enabled));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        BooleanBinding notActive = Bindings.createBooleanBinding(() -> selected() == null || !selected().active(),
                table.getSelectionModel().selectedItemProperty());
        BooleanBinding notExtendable = Bindings.createBooleanBinding(
                () -> selected() == null || !selected().extendable(), table.getSelectionModel().selectedItemProperty());
        Button edit = button("editMeasureButton", "measure.action.edit", Material2AL.EDIT, this::edit);
        edit.disableProperty().bind(none);
        Button done = button("measureDoneButton", "measure.action.done", Material2AL.CHECK_CIRCLE,
                () -> close(MeasureStatus.DONE));
        done.disableProperty().bind(notActive);
        Button circumstances = button("measureNotDoneCircumstancesButton", "measure.action.notDoneCircumstances",
                Material2MZ.SYNC_PROBLEM, () -> close(MeasureStatus.NOT_DONE_CIRCUMSTANCES_CHANGED));
        circumstances.disableProperty().bind(notActive);
        Button partner = button("measureNotDonePartnerButton", "measure.action.notDonePartner",
                Material2AL.BLOCK, () -> close(MeasureStatus.NOT_DONE_PARTNER_DID_NOT_ACT));
        partner.disableProperty().bind(notActive);
        Button extend = button("measureExtendButton", "measure.action.extend", Material2MZ.UPDATE, this::extend);
        extend.disableProperty().bind(notExtendable);
        Tooltip extendTip = new Tooltip();
        extendTip.textProperty().bind(Bindings.createStringBinding(() -> selected() == null
                        || vm.extendedDeadline(selected()).isEmpty() ? i18n.get("measure.action.extendTooltip")
                        : i18n.get("measure.action.extendTo", vm.extendedDeadline(selected())),
                table.getSelectionModel().selectedItemProperty()));
        extend.setTooltip(extendTip);
        FlowPane bar = new FlowPane(8, 8, add, edit, done, circumstances, partner, extend);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(0);
        return bar;
    }

    private MeasureListRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** Opens the dialog for a new measure (Ctrl+M in the household view). */
    public void newMeasure() {
        MeasureDialogs.edit(vm.newMeasureForm(), i18n, window()).ifPresent(id -> vm.saved());
    }

    private void edit() {
        MeasureListRow row = selected();
        if (row != null) {
            MeasureDialogs.edit(vm.editForm(row), i18n, window()).ifPresent(id -> vm.saved());
        }
    }

    private void close(MeasureStatus status) {
        MeasureListRow row = selected();
        if (row != null && row.active() && Dialogs.confirm(window(), i18n, i18n.label(status),
                vm.confirmation(row, status), i18n.get("measure.confirm.button"))) {
            vm.changeStatus(row, status);
        }
    }

    private void extend() {
        MeasureListRow row = selected();
        if (row != null && row.extendable()) {
            vm.extend(row);
        }
    }

    private Button button(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(i18n.get(key), Icons.of(icon));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private <T> TableColumn<MeasureListRow, T> column(String key, Function<MeasureListRow, T> value, double width) {
        TableColumn<MeasureListRow, T> c = new TableColumn<>(i18n.get("measure.column." + key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static VBox card(Node... children) {
        VBox card = new VBox(8, children);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(12));
        card.setMinWidth(0);
        card.setMinHeight(0);
        return card;
    }
}
