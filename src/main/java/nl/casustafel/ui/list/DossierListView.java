package nl.casustafel.ui.list;

import java.time.Instant;
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
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.util.StringConverter;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.service.household.HouseholdQuery.SortField;
import nl.casustafel.service.household.HouseholdSummary;
import nl.casustafel.ui.common.EmptyState;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.common.SignalChips;
import nl.casustafel.ui.common.TableRows;
import nl.casustafel.ui.list.DossierListViewModel.PartnerOption;
import nl.casustafel.ui.list.DossierListViewModel.State;
import nl.casustafel.ui.list.DossierListViewModel.StatusFilter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The dossier list: search field and filters, a table of one page of households (sorted by the server),
 * the pager, and empty states. Thin: it binds to {@link DossierListViewModel} and reports "open" and "new".
 */
public final class DossierListView {
    public static final KeyCombination PREVIOUS_PAGE = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.ALT_DOWN);
    public static final KeyCombination NEXT_PAGE = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.ALT_DOWN);

    private final DossierListViewModel vm;
    private final I18n i18n;
    private final LongConsumer onOpen;
    private final Runnable onNew;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final TableView<HouseholdSummary> table = new TableView<>();

    public DossierListView(DossierListViewModel vm, I18n i18n, LongConsumer onOpen, Runnable onNew) {
        this.vm = vm;
        this.i18n = i18n;
        this.onOpen = onOpen;
        this.onNew = onNew;
        root.setId("dossierList");
        root.getStyleClass().add("dossier-list");
        root.setTop(toolbar());
        root.setCenter(content());
        root.setBottom(pager());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PREVIOUS_PAGE.match(e)) {
                vm.previousPage();
                e.consume();
            } else if (NEXT_PAGE.match(e)) {
                vm.nextPage();
                e.consume();
            }
        });
    }

    public Node root() {
        return root;
    }

    /**
     * Hides what the logged-in role cannot use (creating households, loading demo data); the services refuse it
     * anyway.
     */
    public void restrict(boolean canCreate, boolean canLoadDemo) {
        for (String id : java.util.List.of("#newHousehold", "#emptyNewHousehold", "#loadDemo")) {
            Node node = root.lookup(id);
            boolean allowed = id.equals("#loadDemo") ? canLoadDemo : canCreate;
            if (node != null && !allowed) {
                node.setVisible(false);
                node.setManaged(false);
            }
        }
    }

    /** Puts the cursor in the search field with its text selected (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Node toolbar() {
        Label title = new Label(i18n.get("list.title"));
        title.getStyleClass().add("page-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button newHousehold = new Button(i18n.get("list.new"), Icons.of(Material2AL.ADD));
        newHousehold.setId("newHousehold");
        newHousehold.getStyleClass().add("accent");
        newHousehold.setMnemonicParsing(true);
        newHousehold.setMinWidth(Region.USE_PREF_SIZE);
        newHousehold.setTooltip(new Tooltip(i18n.get("list.new.tooltip")));
        newHousehold.setOnAction(e -> onNew.run());

        search.setId("searchField");
        search.setPromptText(i18n.get("list.search.prompt"));
        search.setPrefColumnCount(30);
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                if (e.getCode() == KeyCode.ENTER) {
                    vm.searchNow();
                }
                if (!table.getItems().isEmpty()) {
                    table.requestFocus();
                    table.getSelectionModel().selectFirst();
                    table.getFocusModel().focus(0);
                }
                e.consume();
            }
        });
        Label searchLabel = mnemonicLabel(i18n.get("list.search.label"), search);
        HBox searchBox = new HBox(6, Icons.of(Material2MZ.SEARCH, "search-icon"), search);
        searchBox.setAlignment(Pos.CENTER_LEFT);
        searchBox.getStyleClass().add("search-box");
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox.setHgrow(searchBox, Priority.ALWAYS);
        searchBox.setMaxWidth(620);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, title, gap(), searchLabel, searchBox, spacer, newHousehold);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        ComboBox<StatusFilter> status = new ComboBox<>();
        status.setId("statusFilter");
        status.getItems().setAll(StatusFilter.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(StatusFilter f) {
                return f == null ? "" : i18n.get("list.status." + f.name());
            }

            @Override
            public StatusFilter fromString(String s) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        Label statusLabel = mnemonicLabel(i18n.get("list.filter.status"), status);

        CheckBox signals = new CheckBox(i18n.get("list.filter.signalsOnly"));
        signals.setId("signalsOnly");
        signals.setMnemonicParsing(true);
        signals.selectedProperty().bindBidirectional(vm.signalsOnlyProperty());

        ComboBox<PartnerOption> director = new ComboBox<>(vm.partnerOptions());
        director.setId("directorFilter");
        director.setPrefWidth(200);
        director.setVisibleRowCount(14);
        director.valueProperty().bindBidirectional(vm.directorFilterProperty());
        director.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(PartnerOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.label());
            }
        });
        Label directorLabel = mnemonicLabel(i18n.get("list.filter.director"), director);

        Button clear = new Button(i18n.get("list.clearFilters"), Icons.of(Material2AL.CLEAR));
        clear.setId("clearFilters");
        clear.setMnemonicParsing(true);
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> vm.clearFilters());

        status.setMinWidth(Region.USE_PREF_SIZE);
        signals.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        HBox filters = new HBox(8, statusLabel, status, gap(), directorLabel, director, gap(), signals, gap(), clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("filter-bar");
        // Filters mean nothing in an empty store: the empty state says what to do instead.
        filters.visibleProperty().bind(vm.stateProperty().isNotEqualTo(State.EMPTY_STORE));
        filters.managedProperty().bind(filters.visibleProperty());
        VBox top = new VBox(10, titleRow, filters);
        top.getStyleClass().add("page-header");
        return top;
    }

    private Node content() {
        buildTable();
        EmptyState emptyStore = emptyStoreState();
        EmptyState noMatches = new EmptyState(Material2MZ.SEARCH_OFF, i18n.get("list.noMatches.title"), "");
        noMatches.node().setId("noMatchesState");
        noMatches.textLabel().textProperty().bind(vm.messageProperty());
        noMatches.textLabel().setVisible(true);
        noMatches.textLabel().setManaged(true);
        Button clear = new Button(i18n.get("list.clearFilters"), Icons.of(Material2AL.CLEAR));
        clear.setMnemonicParsing(true);
        clear.setOnAction(e -> vm.clearFilters());
        noMatches.addActions(clear);

        EmptyState error = new EmptyState(Material2AL.ERROR_OUTLINE, i18n.get("list.error.title"), "");
        error.node().setId("listErrorState");
        error.node().getStyleClass().add("danger");
        error.textLabel().textProperty().bind(vm.messageProperty());
        error.textLabel().setVisible(true);
        error.textLabel().setManaged(true);
        Button retry = new Button(i18n.get("list.retry"), Icons.of(Material2MZ.REFRESH));
        retry.setMnemonicParsing(true);
        retry.setOnAction(e -> vm.refresh());
        error.addActions(retry);

        showWhen(table, State.RESULTS, State.LOADING);
        showWhen(emptyStore.node(), State.EMPTY_STORE);
        showWhen(noMatches.node(), State.NO_MATCHES);
        showWhen(error.node(), State.ERROR);
        StackPane stack = new StackPane(table, emptyStore.node(), noMatches.node(), error.node());
        stack.getStyleClass().add("list-content");
        return stack;
    }

    private EmptyState emptyStoreState() {
        EmptyState empty = new EmptyState(Material2AL.FOLDER_SHARED, i18n.get("list.empty.title"),
                i18n.get("list.empty.text"));
        empty.node().setId("emptyStoreState");
        Button create = new Button(i18n.get("list.new"), Icons.of(Material2AL.ADD));
        create.setId("emptyNewHousehold");
        create.getStyleClass().add("accent");
        create.setMnemonicParsing(true);
        create.setOnAction(e -> onNew.run());
        Button demo = new Button(i18n.get("demo.load"), Icons.of(Material2AL.CLOUD_DOWNLOAD));
        demo.setId("loadDemo");
        demo.setMnemonicParsing(true);
        demo.setOnAction(e -> vm.loadDemo());
        demo.disableProperty().bind(vm.demoRunningProperty());
        create.disableProperty().bind(vm.demoRunningProperty());
        empty.addActions(create, demo);

        ProgressBar progress = new ProgressBar();
        progress.setId("demoProgress");
        progress.setPrefWidth(280);
        progress.progressProperty().bind(vm.demoProgressProperty());
        Label progressText = new Label();
        progressText.getStyleClass().add("text-muted");
        progressText.textProperty().bind(Bindings.when(vm.demoCancelRequestedProperty())
                .then(i18n.get("demo.cancelling")).otherwise(i18n.get("demo.running", DossierListViewModel.DEMO_HOUSEHOLDS)));
        Button cancel = new Button(i18n.get("demo.cancel"), Icons.of(Material2MZ.STOP));
        cancel.setId("cancelDemo");
        cancel.setMnemonicParsing(true);
        cancel.setCancelButton(false);
        cancel.disableProperty().bind(vm.demoCancelRequestedProperty());
        cancel.setOnAction(e -> vm.cancelDemo());
        HBox row = new HBox(10, progress, cancel);
        row.setAlignment(Pos.CENTER);
        VBox progressBox = new VBox(6, progressText, row);
        progressBox.setAlignment(Pos.CENTER);
        progressBox.visibleProperty().bind(vm.demoRunningProperty());
        progressBox.managedProperty().bind(vm.demoRunningProperty());
        empty.addBelow(progressBox);
        return empty;
    }

    private void buildTable() {
        table.setId("dossierTable");
        table.getStyleClass().addAll("dossier-table", "dense", "striped");
        table.setItems(vm.items());
        Label loading = new Label(i18n.get("common.loading"));
        loading.getStyleClass().add("text-muted");
        table.setPlaceholder(loading);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<HouseholdSummary, String> name = text("name", SortField.NAME, 170, HouseholdSummary::name);
        TableColumn<HouseholdSummary, String> address = text("address", null, 150, HouseholdSummary::address);
        TableColumn<HouseholdSummary, String> postcode = text("postcode", SortField.POSTCODE, 82,
                HouseholdSummary::postcode);
        TableColumn<HouseholdSummary, String> city = text("city", SortField.CITY, 105, HouseholdSummary::city);
        TableColumn<HouseholdSummary, String> status = text("status", SortField.STATUS, 80, s -> label(s.status()));
        TableColumn<HouseholdSummary, String> phase = text("phase", null, 130, s -> label(s.phase()));
        TableColumn<HouseholdSummary, String> director = text("director", null, 90,
                HouseholdSummary::caseDirectorPartner);
        TableColumn<HouseholdSummary, Number> incidents = new TableColumn<>(i18n.get("list.column.incidents"));
        incidents.setId("columnIncidents");
        incidents.setUserData(SortField.INCIDENTS);
        incidents.setPrefWidth(80);
        incidents.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().incidentCount()));
        incidents.getStyleClass().add("numeric");
        TableColumn<HouseholdSummary, Instant> last = new TableColumn<>(i18n.get("list.column.lastIncident"));
        last.setId("columnLastIncident");
        last.setUserData(SortField.LAST_INCIDENT);
        last.setPrefWidth(130);
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastIncidentAt()));
        last.setCellFactory(formatted(i18n::dateTime));
        TableColumn<HouseholdSummary, HouseholdSummary> signals = new TableColumn<>(i18n.get("list.column.signals"));
        signals.setId("columnSignals");
        signals.setUserData(SortField.SIGNALS);
        signals.setPrefWidth(100);
        signals.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        signals.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(HouseholdSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null || item.signals().isEmpty() ? null
                        : SignalChips.compact(item.signals(), i18n));
            }
        });
        table.getColumns().setAll(java.util.List.of(name, address, postcode, city, status, phase, director,
                incidents, last, signals));
        for (TableColumn<HouseholdSummary, ?> c : table.getColumns()) {
            c.setSortable(c.getUserData() != null);
            c.setReorderable(false);
        }
        // Short values never truncate; the text columns (name, address, city, phase, director) give way.
        postcode.setMinWidth(84);
        status.setMinWidth(72);
        incidents.setMinWidth(94);
        last.setMinWidth(142);
        signals.setMinWidth(90);
        name.setMinWidth(130);

        // Sorting happens on the server: the table only reports which column and direction the user chose.
        table.getSortOrder().add(name);
        name.setSortType(TableColumn.SortType.ASCENDING);
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.sortBy(SortField.NAME, true);
            } else {
                TableColumn<HouseholdSummary, ?> c = t.getSortOrder().get(0);
                vm.sortBy((SortField) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });

        table.setRowFactory(TableRows.opening(row -> onOpen.accept(row.id())));
        table.setOnKeyPressed(e -> {
            HouseholdSummary selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected.id());
                e.consume();
            }
        });
    }

    private TableColumn<HouseholdSummary, String> text(String key, SortField sort, double width,
                                                       java.util.function.Function<HouseholdSummary, String> value) {
        TableColumn<HouseholdSummary, String> column = new TableColumn<>(i18n.get("list.column." + key));
        column.setId("column" + Character.toUpperCase(key.charAt(0)) + key.substring(1));
        column.setUserData(sort);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static <T> Callback<TableColumn<HouseholdSummary, T>, TableCell<HouseholdSummary, T>> formatted(
            java.util.function.Function<T, String> format) {
        return col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : format.apply(item));
            }
        };
    }

    private String label(HouseholdStatus status) {
        return i18n.label(status);
    }

    private String label(Phase phase) {
        return i18n.label(phase);
    }

    private Node pager() {
        Label page = new Label();
        page.setId("pageLabel");
        page.getStyleClass().add("page-label");
        page.textProperty().bind(vm.pageTextProperty());
        Button previous = new Button(null, Icons.of(Material2AL.CHEVRON_LEFT));
        previous.setId("previousPage");
        previous.setTooltip(new Tooltip(i18n.get("list.previous")));
        previous.disableProperty().bind(vm.hasPreviousProperty().not());
        previous.setOnAction(e -> vm.previousPage());
        Button next = new Button(null, Icons.of(Material2AL.CHEVRON_RIGHT));
        next.setId("nextPage");
        next.setTooltip(new Tooltip(i18n.get("list.next")));
        next.disableProperty().bind(vm.hasNextProperty().not());
        next.setOnAction(e -> vm.nextPage());
        Label hint = new Label(i18n.get("list.openHint"));
        hint.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, hint, spacer, page, previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pager");
        bar.setPadding(new Insets(6, 0, 0, 0));
        bar.visibleProperty().bind(vm.stateProperty().isEqualTo(State.RESULTS));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void showWhen(Node node, State... states) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            State s = vm.stateProperty().get();
            for (State x : states) {
                if (x == s) {
                    return true;
                }
            }
            return false;
        }, vm.stateProperty()));
    }

    private static Label mnemonicLabel(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.getStyleClass().add("filter-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(8);
        return r;
    }
}
