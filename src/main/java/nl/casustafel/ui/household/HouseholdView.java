package nl.casustafel.ui.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.TableRows;
import nl.casustafel.ui.household.HouseholdRows.IncidentRow;
import nl.casustafel.ui.household.HouseholdRows.InvolvementRow;
import nl.casustafel.ui.household.HouseholdRows.MemberRow;
import nl.casustafel.ui.household.HouseholdRows.RelationRow;
import nl.casustafel.ui.household.HouseholdRows.SignalRow;
import nl.casustafel.ui.household.form.HouseholdDialogs;
import nl.casustafel.ui.household.genogram.GenogramView;
import nl.casustafel.ui.household.timeline.TimelineChart;
import nl.casustafel.ui.measure.HouseholdMeasuresView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One household: header (name, address, status, phase, case director, actions) and tabs Overview (signals,
 * members, agencies, timeline), Incidents, Persons and relations (with genogram), Agencies and Measures (matrix
 * and follow-up, from ui.measure) and, for roles that may see it, Inzage (who has seen the dossier); Alt+1..6 select
 * them. Builds controls
 * and binds them to the {@link HouseholdViewModel}; dialogs come from {@link HouseholdDialogs}.
 */
public final class HouseholdView {
    public static final KeyCombination NEW_MEASURE = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PLAN_ACUTE = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final int MEASURES_TAB = 4;
    private final HouseholdViewModel vm;
    private final I18n i18n;
    private final Runnable backToList;
    private final LongConsumer openHousehold;
    private final LongConsumer planAcute;
    private final HouseholdMeasuresView measuresView;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<KeyCombination, Runnable> accelerators = new LinkedHashMap<>();
    private final TimelineChart timeline;
    private final GenogramView genogram;
    private TableView<IncidentRow> incidentTable;
    private TableView<MemberRow> memberTable;
    private ListView<RelationRow> relationList;
    private TableView<InvolvementRow> involvementTable;
    private boolean dossierEditable = true;
    private boolean measuresEditable = true;
    private static final List<String> DOSSIER_ACTIONS = List.of("editHouseholdButton", "closeHouseholdButton",
            "reopenHouseholdButton", "addIncidentButton", "addPersonButton", "addExistingPersonButton",
            "editPersonButton", "editMembershipButton", "removePersonButton", "addRelationButton",
            "removeRelationButton", "addInvolvementButton", "editInvolvementButton");
    private static final List<String> MEASURE_ACTIONS = List.of("newMeasureButton", "editMeasureButton",
            "measureDoneButton", "measureNotDoneCircumstancesButton", "measureNotDonePartnerButton",
            "measureExtendButton");

    /** {@code planAcute} plans a Samen op in Acuut conference for an incident; null hides that action. */
    public HouseholdView(HouseholdViewModel vm, Runnable backToList, LongConsumer openHousehold,
                         LongConsumer planAcute) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.backToList = backToList;
        this.openHousehold = openHousehold;
        this.planAcute = planAcute;
        this.measuresView = new HouseholdMeasuresView(vm.measures(), vm.dossierProperty().isNotNull());
        this.timeline = new TimelineChart(i18n, vm::todayDate);
        this.genogram = new GenogramView(i18n);
        root.setId("householdView");
        HouseholdStyles.apply(root);
        root.setTop(header());
        tabs.setId("householdTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("overviewTab", "household.tab.overview", Material2MZ.VIEW_QUILT, overview()),
                tab("incidentsTab", "household.tab.incidents", Material2AL.LIST_ALT, incidentsTab()),
                tab("personsTab", "household.tab.persons", Material2MZ.PEOPLE, personsTab()),
                tab("agenciesTab", "household.tab.agencies", Material2AL.BUSINESS, agenciesTab()),
                tab("measuresTab", "household.tab.measures", Material2AL.ASSIGNMENT_TURNED_IN, measuresView.node()));
        root.setCenter(tabs);
        vm.setErrorHandler(message -> Dialogs.error(window(), i18n, message));
        vm.incidentsProperty().addListener((obs, was, now) -> timeline.setIncidents(now));
        timeline.setIncidents(vm.incidentsProperty().get());
        timeline.setOnOpen(this::editIncident);
        vm.genogramProperty().addListener((obs, was, now) -> genogram.show(now));
        genogram.show(vm.genogramProperty().get());
        installAccelerators();
    }

    public Node node() {
        return root;
    }

    /**
     * Hides the actions the logged-in role cannot use (a voorzitter or partner-lezer reads the dossier; a
     * partner-lezer does not keep measures). The services refuse them anyway; this spares "geen toegang".
     */
    public void restrict(boolean canEditDossier, boolean canEditMeasures) {
        this.dossierEditable = canEditDossier;
        this.measuresEditable = canEditMeasures;
        List<Node> places = new ArrayList<>();
        places.add(root.getTop());
        tabs.getTabs().forEach(t -> places.add(t.getContent()));
        for (Node place : places) {
            hide(place, DOSSIER_ACTIONS, canEditDossier);
            hide(place, MEASURE_ACTIONS, canEditMeasures);
        }
    }

    private static void hide(Node place, List<String> ids, boolean allowed) {
        if (allowed || place == null) {
            return;
        }
        for (String id : ids) {
            Node node = place.lookup("#" + id);
            if (node != null) {
                node.visibleProperty().unbind();
                node.managedProperty().unbind();
                node.setVisible(false);
                node.setManaged(false);
            }
        }
    }

    /** Adds the tab "Inzage" (who has seen this dossier); {@code onSelected} loads it when the tab is chosen. */
    public void addAuditTab(Node content, Runnable onSelected) {
        Tab tab = tab("auditTab", "household.tab.audit", Material2MZ.VERIFIED_USER, content);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                onSelected.run();
            }
        });
        tabs.getTabs().add(tab);
    }

    /** Selects a tab: 0 overview, 1 incidents, 2 persons, 3 agencies, 4 measures. */
    public void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    private Window window() {
        return Dialogs.windowOf(root);
    }

    private boolean loaded() {
        return vm.getDossier() != null;
    }

    // ---- header ------------------------------------------------------------------------------------------------

    private Node header() {
        Button back = button("backButton", "household.action.back", Material2AL.ARROW_BACK, backToList);
        back.setTooltip(new Tooltip(i18n.get("household.action.backTooltip")));
        back.getStyleClass().add("flat");
        Label name = new Label();
        name.setId("householdName");
        name.getStyleClass().addAll("household-title", "title-2");
        name.textProperty().bind(vm.nameProperty());
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label status = chip("householdStatus", "status-chip");
        status.textProperty().bind(vm.statusProperty());
        vm.openProperty().addListener((obs, was, open) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("closed"), !open));
        Label phase = chip("householdPhase", "phase-chip");
        phase.textProperty().bind(vm.phaseProperty());
        phase.visibleProperty().bind(vm.phaseProperty().isNotEmpty());

        Button edit = button("editHouseholdButton", "household.action.edit", Material2AL.EDIT, this::editHousehold);
        edit.setTooltip(new Tooltip(i18n.get("household.action.editTooltip")));
        Button close = button("closeHouseholdButton", "household.action.close", Material2AL.LOCK, this::changeStatus);
        Button reopen = button("reopenHouseholdButton", "household.action.reopen", Material2AL.LOCK_OPEN,
                this::changeStatus);
        close.visibleProperty().bind(vm.openProperty());
        close.managedProperty().bind(close.visibleProperty());
        reopen.visibleProperty().bind(vm.openProperty().not());
        reopen.managedProperty().bind(reopen.visibleProperty());
        for (Button b : List.of(edit, close, reopen)) {
            b.disableProperty().bind(vm.dossierProperty().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, back, name, status, phase, spacer, edit, close, reopen);
        top.setAlignment(Pos.CENTER_LEFT);

        Label address = new Label();
        address.setId("householdAddress");
        address.setGraphic(new FontIcon(Material2MZ.PLACE));
        address.textProperty().bind(vm.addressProperty());
        Label director = new Label();
        director.setId("caseDirector");
        director.textProperty().bind(Bindings.concat(i18n.get("household.caseDirector"), ": ", vm.directorProperty()));
        director.setGraphic(new FontIcon(Material2MZ.PERSON_PIN));
        vm.hasDirectorProperty().addListener((obs, was, has) -> {
            director.getStyleClass().removeAll("signal-chip", "warning");
            director.setGraphic(new FontIcon(has ? Material2MZ.PERSON_PIN : Material2MZ.WARNING));
            if (!has) {
                director.getStyleClass().addAll("signal-chip", "warning");
            }
        });
        Label history = new Label();
        history.setId("householdStatusHistory");
        history.getStyleClass().add("text-muted");
        history.textProperty().bind(vm.statusHistoryProperty());
        HBox details = new HBox(18, address, director, history);
        details.setAlignment(Pos.CENTER_LEFT);
        details.setPadding(new Insets(0, 0, 0, 4));

        Label loadError = new Label();
        loadError.setId("loadError");
        loadError.getStyleClass().addAll("signal-chip", "danger");
        loadError.setWrapText(true);
        loadError.textProperty().bind(vm.loadErrorProperty());
        Button retry = new Button(i18n.get("household.action.retry"));
        retry.setOnAction(e -> vm.load());
        HBox errorBox = new HBox(10, loadError, retry);
        errorBox.setAlignment(Pos.CENTER_LEFT);
        errorBox.visibleProperty().bind(vm.loadErrorProperty().isNotEmpty());
        errorBox.managedProperty().bind(errorBox.visibleProperty());

        VBox header = new VBox(6, top, details, errorBox);
        header.getStyleClass().add("household-header");
        header.setPadding(new Insets(10, 14, 10, 10));
        return header;
    }

    private static Label chip(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll("household-chip", styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Button button(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(i18n.get(key), new FontIcon(icon));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private Tab tab(String id, String key, org.kordamp.ikonli.Ikon icon, Node content) {
        Tab t = new Tab(i18n.get(key), content);
        t.setId(id);
        t.setGraphic(new FontIcon(icon));
        return t;
    }

    // ---- overview ----------------------------------------------------------------------------------------------

    private Node overview() {
        VBox signals = new VBox(10);
        signals.setId("signalList");
        vm.signals().addListener((ListChangeListener<SignalRow>) c -> fillSignals(signals));
        fillSignals(signals);

        VBox members = new VBox(8);
        members.setId("overviewMembers");
        vm.members().addListener((ListChangeListener<MemberRow>) c -> fillMembers(members));
        fillMembers(members);

        Label director = new Label();
        director.setId("overviewDirector");
        director.setWrapText(true);
        director.textProperty().bind(vm.directorProperty());
        vm.hasDirectorProperty().addListener((obs, was, has) -> {
            director.getStyleClass().removeAll("signal-chip", "warning");
            if (!has) {
                director.getStyleClass().addAll("signal-chip", "warning");
            }
        });
        VBox agencies = new VBox(6);
        agencies.setId("overviewAgencies");
        vm.activeInvolvements().addListener((ListChangeListener<InvolvementRow>) c -> fillAgencies(agencies));
        fillAgencies(agencies);
        VBox right = new VBox(8, sectionTitle("household.overview.director"), director,
                sectionTitle("household.overview.agencies"), agencies);

        Label count = new Label();
        count.setId("incidentSummary");
        count.getStyleClass().add("text-muted");
        vm.incidentsProperty().addListener((obs, was, now) -> count.setText(summary(now)));
        Label hint = new Label(i18n.get("timeline.hint"));
        hint.getStyleClass().add("text-muted");
        HBox timelineTitle = new HBox(12, sectionTitle("household.overview.timeline"), count);
        timelineTitle.setAlignment(Pos.BASELINE_LEFT);
        VBox timelineCard = card(timelineTitle, timeline, timeline.legend(), hint);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        VBox.setVgrow(timelineCard, Priority.ALWAYS);

        // Safety first and the pattern at a glance: signals and members on the left, the timeline (which
        // grows with the window) and who is involved on the right.
        VBox left = new VBox(12, card(sectionTitle("household.overview.signals"), signals),
                card(sectionTitle("household.overview.members"), members));
        left.setPrefWidth(380);
        left.setMinWidth(300);
        left.setMaxWidth(440);
        VBox rightColumn = new VBox(12, timelineCard, card(right));
        HBox.setHgrow(rightColumn, Priority.ALWAYS);
        rightColumn.setMinWidth(0);
        HBox content = new HBox(12, left, rightColumn);
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private String summary(List<nl.casustafel.domain.incident.Incident> incidents) {
        LocalDate yearAgo = vm.todayDate().minusMonths(12);
        long recent = incidents.stream().filter(i -> !i.date().isBefore(yearAgo)).count();
        return i18n.get("household.overview.incidentCount", String.valueOf(incidents.size()), String.valueOf(recent));
    }

    private void fillSignals(VBox box) {
        List<Node> nodes = new ArrayList<>();
        for (SignalRow s : vm.signals()) {
            Label chip = new Label(s.title(), new FontIcon(s.danger() ? Material2MZ.REPORT : Material2MZ.WARNING));
            chip.getStyleClass().addAll("signal-chip", s.danger() ? "danger" : "warning");
            chip.setId("signal-" + s.type().name());
            Label reason = new Label(s.reason());
            reason.setId("signalReason-" + s.type().name());
            reason.setWrapText(true);
            reason.getStyleClass().add("signal-reason");
            reason.setMinHeight(Region.USE_PREF_SIZE);
            VBox entry = new VBox(4, chip, reason);
            if (!s.links().isEmpty()) {
                FlowPane links = new FlowPane(2, 0);
                links.getChildren().add(new Label(i18n.get("household.signal.incidents")));
                for (var link : s.links()) {
                    Hyperlink h = new Hyperlink(link.label());
                    h.setAccessibleText(i18n.get("household.signal.openIncident", link.label()));
                    h.setOnAction(e -> editIncident(link.incidentId()));
                    links.getChildren().add(h);
                }
                entry.getChildren().add(links);
            }
            entry.getStyleClass().add("signal-entry");
            nodes.add(entry);
        }
        if (nodes.isEmpty()) {
            nodes.add(emptyState("household.overview.noSignals"));
        }
        box.getChildren().setAll(nodes);
    }

    private void fillMembers(VBox box) {
        List<Node> nodes = new ArrayList<>();
        for (MemberRow m : vm.members()) {
            Label role = new Label(m.roleLabel());
            role.getStyleClass().addAll("household-chip", "role-chip", "role-" + m.role().name());
            role.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(m.name());
            name.getStyleClass().add("member-name");
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            List<String> parts = new ArrayList<>();
            if (!m.birth().isEmpty()) {
                parts.add(m.birth());
            }
            if (!m.bsn().isEmpty()) {
                parts.add(i18n.get("person.bsnShort", m.bsn()));
            }
            Label details = new Label(String.join("  \u00b7  ", parts));
            details.getStyleClass().add("text-muted");
            details.setWrapText(true);
            details.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(1, name, details);
            text.setMinWidth(0);
            HBox row = new HBox(8, text, role);
            HBox.setHgrow(text, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            nodes.add(row);
        }
        if (nodes.isEmpty()) {
            nodes.add(emptyState("household.overview.noMembers"));
        }
        box.getChildren().setAll(nodes);
    }

    private void fillAgencies(VBox box) {
        List<Node> nodes = new ArrayList<>();
        for (InvolvementRow r : vm.activeInvolvements()) {
            Label partner = new Label(r.partner());
            partner.getStyleClass().add("member-name");
            String who = r.contactPerson().isEmpty() ? "" : r.contactPerson();
            String since = i18n.get("household.period.since", i18n.date(r.since()));
            Label details = new Label((who.isEmpty() ? "" : who + "  \u00b7  ") + since
                    + (r.description().isEmpty() ? "" : "\n" + r.description()));
            details.getStyleClass().add("text-muted");
            details.setWrapText(true);
            details.setMinHeight(Region.USE_PREF_SIZE);
            nodes.add(new VBox(1, partner, details));
        }
        if (nodes.isEmpty()) {
            nodes.add(emptyState("household.overview.noAgencies"));
        }
        box.getChildren().setAll(nodes);
    }

    private Label sectionTitle(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Label emptyState(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("hh-empty");
        l.setWrapText(true);
        return l;
    }

    private static VBox card(Node... children) {
        VBox card = new VBox(8, children);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(12));
        card.setMinWidth(0);
        return card;
    }

    // ---- incidents ---------------------------------------------------------------------------------------------

    private Node incidentsTab() {
        incidentTable = new TableView<>();
        incidentTable.setId("incidentTable");
        incidentTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<IncidentRow> sorted = new SortedList<>(vm.incidentRows());
        sorted.comparatorProperty().bind(incidentTable.comparatorProperty());
        incidentTable.setItems(sorted);
        incidentTable.setPlaceholder(emptyState("incident.empty"));
        TableColumn<IncidentRow, Instant> when = column("incident.col.dateTime", IncidentRow::occurredAt, 145);
        when.setCellFactory(c -> cell(i18n::dateTime));
        when.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<IncidentRow, String> type = column("incident.col.type", IncidentRow::typeLabel, 225);
        TableColumn<IncidentRow, Severity> severity = column("incident.col.severity", IncidentRow::severity, 100);
        severity.setCellFactory(c -> cell(i18n::label));
        TableColumn<IncidentRow, String> registration = column("incident.col.registration",
                IncidentRow::registrationNumber, 175);
        // Date-time and registration number are read and compared in full: they never shrink below their text.
        when.setMinWidth(152);
        registration.setMinWidth(160);
        severity.setMinWidth(90);
        type.setMinWidth(150);
        incidentTable.getColumns().addAll(List.of(when, type, severity, registration,
                column("incident.col.source", IncidentRow::source, 110),
                column("incident.col.markers", IncidentRow::markers, 180),
                column("incident.col.persons", IncidentRow::persons, 260)));
        incidentTable.getSortOrder().add(when);
        incidentTable.setRowFactory(TableRows.marking("lethal", IncidentRow::lethal, r -> editIncident(r.id())));
        incidentTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && incidentTable.getSelectionModel().getSelectedItem() != null) {
                editIncident(incidentTable.getSelectionModel().getSelectedItem().id());
                e.consume();
            }
        });
        Button add = button("addIncidentButton", "incident.action.add", Material2AL.ADD, this::newIncident);
        add.setTooltip(new Tooltip(i18n.get("incident.action.addTooltip")));
        add.disableProperty().bind(vm.dossierProperty().isNull());
        Button open = button("openIncidentButton", "incident.action.edit", Material2AL.EDIT, () -> {
            IncidentRow r = incidentTable.getSelectionModel().getSelectedItem();
            if (r != null) {
                editIncident(r.id());
            }
        });
        open.disableProperty().bind(incidentTable.getSelectionModel().selectedItemProperty().isNull());
        VBox.setVgrow(incidentTable, Priority.ALWAYS);
        if (planAcute == null) {
            return page(toolbar(add, open), incidentTable);
        }
        Button acute = button("planAcuteButton", "incident.action.planAcute", Material2MZ.PRIORITY_HIGH,
                this::planAcute);
        acute.setTooltip(new Tooltip(i18n.get("incident.action.planAcuteTooltip")));
        acute.disableProperty().bind(incidentTable.getSelectionModel().selectedItemProperty().isNull());
        return page(toolbar(add, open, acute), incidentTable);
    }

    private void newIncident() {
        if (loaded() && dossierEditable) {
            tabs.getSelectionModel().select(1);
            HouseholdDialogs.incident(vm.newIncidentForm(), i18n, window());
        }
    }

    /** Samen op in Acuut for the selected incident: the conference side plans it. */
    private void planAcute() {
        IncidentRow r = incidentTable.getSelectionModel().getSelectedItem();
        if (planAcute != null && r != null) {
            planAcute.accept(r.id());
        }
    }

    private void newMeasure() {
        if (loaded() && measuresEditable) {
            tabs.getSelectionModel().select(MEASURES_TAB);
            measuresView.newMeasure();
        }
    }

    private void editIncident(long incidentId) {
        // Read-only roles (partner-lezer, voorzitter) get no edit dialog: the service would refuse the save.
        if (loaded() && dossierEditable) {
            vm.editIncidentForm(incidentId).ifPresent(form -> HouseholdDialogs.incident(form, i18n, window()));
        }
    }

    // ---- persons and relations ---------------------------------------------------------------------------------

    private Node personsTab() {
        memberTable = new TableView<>();
        memberTable.setId("memberTable");
        memberTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<MemberRow> sorted = new SortedList<>(vm.members());
        sorted.comparatorProperty().bind(memberTable.comparatorProperty());
        memberTable.setItems(sorted);
        memberTable.setPlaceholder(emptyState("person.empty"));
        TableColumn<MemberRow, String> name = column("person.col.name", MemberRow::name, 190);
        name.setComparator(String.CASE_INSENSITIVE_ORDER);
        TableColumn<MemberRow, LocalDate> birth = column("person.col.birth", MemberRow::dateOfBirth, 215);
        birth.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                MemberRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : row.birth());
            }
        });
        TableColumn<MemberRow, MemberRow> others = new TableColumn<>(i18n.get("person.col.otherHouseholds"));
        others.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        others.setSortable(false);
        others.setPrefWidth(300);
        others.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(MemberRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null || item.otherHouseholds().isEmpty()) {
                    setGraphic(null);
                    return;
                }
                HBox links = new HBox(6);
                links.setAlignment(Pos.CENTER_LEFT);
                for (var other : item.otherHouseholds()) {
                    Hyperlink h = new Hyperlink(other.text());
                    h.setId("otherHousehold-" + other.householdId());
                    h.setOnAction(e -> openHousehold.accept(other.householdId()));
                    links.getChildren().add(h);
                }
                setGraphic(links);
            }
        });
        memberTable.getColumns().addAll(List.of(name, column("person.col.role", MemberRow::roleLabel, 175),
                column("person.col.period", MemberRow::period, 190), birth,
                column("person.col.bsn", MemberRow::bsn, 105), others));
        memberTable.setRowFactory(TableRows.opening(r -> editPerson()));
        memberTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editPerson();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                removeMember();
                e.consume();
            }
        });
        var noMember = memberTable.getSelectionModel().selectedItemProperty().isNull();
        Button addNew = button("addPersonButton", "person.action.addNew", Material2MZ.PERSON_ADD, this::newPerson);
        addNew.setTooltip(new Tooltip(i18n.get("person.action.addNewTooltip")));
        addNew.disableProperty().bind(vm.dossierProperty().isNull());
        Button addExisting = button("addExistingPersonButton", "person.action.addExisting", Material2MZ.SEARCH,
                this::existingPerson);
        addExisting.disableProperty().bind(vm.dossierProperty().isNull());
        Button editPerson = button("editPersonButton", "person.action.editPerson", Material2AL.EDIT,
                this::editPerson);
        editPerson.disableProperty().bind(noMember);
        Button editMembership = button("editMembershipButton", "person.action.editMembership",
                Material2AL.ASSIGNMENT_IND, this::editMembership);
        editMembership.disableProperty().bind(noMember);
        Button remove = button("removePersonButton", "person.action.remove", Material2MZ.PERSON_REMOVE,
                this::removeMember);
        remove.disableProperty().bind(noMember);
        memberTable.setFixedCellSize(34);
        memberTable.setPrefHeight(34 * 5 + 40);
        memberTable.setMinHeight(Region.USE_PREF_SIZE);

        relationList = new ListView<>(vm.relations());
        relationList.setId("relationList");
        relationList.setPlaceholder(emptyState("relation.empty"));
        relationList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RelationRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        relationList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                removeRelation();
                e.consume();
            }
        });
        Button addRelation = button("addRelationButton", "relation.action.add", Material2AL.LINK, () -> {
            if (loaded()) {
                HouseholdDialogs.relation(vm.newRelationForm(), i18n, window());
            }
        });
        addRelation.disableProperty().bind(Bindings.size(vm.members()).lessThan(2));
        Button removeRelation = button("removeRelationButton", "relation.action.remove", Material2AL.LINK_OFF,
                this::removeRelation);
        removeRelation.disableProperty().bind(relationList.getSelectionModel().selectedItemProperty().isNull());
        VBox relations = card(sectionTitle("relation.title"), toolbar(addRelation, removeRelation), relationList);
        relations.setMinWidth(300);
        relations.setPrefWidth(340);
        relationList.setMinHeight(0);
        VBox.setVgrow(relationList, Priority.ALWAYS);

        ScrollPane genogramScroll = new ScrollPane(new StackPane(genogram));
        genogramScroll.setFitToWidth(true);
        genogramScroll.getStyleClass().add("edge-to-edge");
        VBox genogramCard = card(sectionTitle("genogram.title"), genogramScroll, genogram.legend());
        VBox.setVgrow(genogramScroll, Priority.ALWAYS);
        HBox.setHgrow(genogramCard, Priority.ALWAYS);
        genogramCard.setMinWidth(0);
        genogramScroll.setMinWidth(0);
        memberTable.setMinWidth(0);
        HBox bottom = new HBox(12, relations, genogramCard);
        bottom.setMinHeight(0);
        genogramScroll.setMinHeight(0);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        return page(toolbar(addNew, addExisting, editPerson, editMembership, remove), memberTable, bottom);
    }

    private MemberRow selectedMember() {
        return memberTable.getSelectionModel().getSelectedItem();
    }

    private void newPerson() {
        if (loaded() && dossierEditable) {
            tabs.getSelectionModel().select(2);
            HouseholdDialogs.person(vm.newMemberForm(), i18n, window());
        }
    }

    private void existingPerson() {
        if (loaded()) {
            HouseholdDialogs.existingPerson(vm.existingPersonForm(), i18n, window());
        }
    }

    private void editPerson() {
        MemberRow m = selectedMember();
        if (m != null) {
            vm.editPersonForm(m.personId()).ifPresent(f -> HouseholdDialogs.person(f, i18n, window()));
        }
    }

    private void editMembership() {
        MemberRow m = selectedMember();
        if (m != null) {
            vm.editMembershipForm(m.personId()).ifPresent(f -> HouseholdDialogs.person(f, i18n, window()));
        }
    }

    private void removeMember() {
        MemberRow m = selectedMember();
        if (m != null && Dialogs.confirm(window(), i18n, i18n.get("person.remove.title"),
                i18n.get("person.remove.confirm", m.name()), i18n.get("person.remove.confirmButton"))) {
            vm.removeMember(m.personId());
        }
    }

    private void removeRelation() {
        RelationRow r = relationList.getSelectionModel().getSelectedItem();
        if (r != null && Dialogs.confirm(window(), i18n, i18n.get("relation.remove.title"),
                i18n.get("relation.remove.confirm", r.text()), i18n.get("relation.remove.confirmButton"))) {
            vm.removeRelation(r.id());
        }
    }

    // ---- agencies ----------------------------------------------------------------------------------------------

    private Node agenciesTab() {
        involvementTable = new TableView<>();
        involvementTable.setId("involvementTable");
        involvementTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<InvolvementRow> sorted = new SortedList<>(vm.involvementRows());
        sorted.comparatorProperty().bind(involvementTable.comparatorProperty());
        involvementTable.setItems(sorted);
        involvementTable.setPlaceholder(emptyState("involvement.empty"));
        TableColumn<InvolvementRow, LocalDate> since = column("involvement.col.since", InvolvementRow::since, 100);
        since.setCellFactory(c -> cell(i18n::date));
        TableColumn<InvolvementRow, LocalDate> until = column("involvement.col.until", InvolvementRow::until, 100);
        until.setCellFactory(c -> cell(i18n::date));
        since.setMinWidth(100); // dates are read in full
        until.setMinWidth(100);
        involvementTable.getColumns().addAll(List.of(column("involvement.col.partner", InvolvementRow::partner, 130),
                column("involvement.col.contactPerson", InvolvementRow::contactPerson, 160),
                column("involvement.col.contactDetails", InvolvementRow::contactDetails, 200), since, until,
                column("involvement.col.description", InvolvementRow::description, 320),
                column("involvement.col.status", InvolvementRow::status, 90)));
        involvementTable.setRowFactory(TableRows.marking("ended", r -> !r.active(), r -> editInvolvement()));
        involvementTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editInvolvement();
                e.consume();
            }
        });
        Button add = button("addInvolvementButton", "involvement.action.add", Material2AL.ADD_BUSINESS, () -> {
            if (loaded()) {
                HouseholdDialogs.involvement(vm.newInvolvementForm(), i18n, window());
            }
        });
        add.disableProperty().bind(vm.dossierProperty().isNull());
        Button edit = button("editInvolvementButton", "involvement.action.edit", Material2AL.EDIT,
                this::editInvolvement);
        edit.disableProperty().bind(involvementTable.getSelectionModel().selectedItemProperty().isNull());
        VBox.setVgrow(involvementTable, Priority.ALWAYS);
        return page(toolbar(add, edit), involvementTable);
    }

    private void editInvolvement() {
        InvolvementRow r = involvementTable.getSelectionModel().getSelectedItem();
        if (r != null) {
            vm.editInvolvementForm(r.id()).ifPresent(f -> HouseholdDialogs.involvement(f, i18n, window()));
        }
    }

    // ---- household actions -------------------------------------------------------------------------------------

    private void editHousehold() {
        if (loaded() && dossierEditable) {
            HouseholdDialogs.household(vm.editHouseholdForm(), i18n, window());
        }
    }

    private void changeStatus() {
        if (loaded()) {
            HouseholdDialogs.statusChange(vm.statusChangeForm(), i18n, window());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** A row of actions that wraps onto a second line when the window is narrow. */
    private static FlowPane toolbar(Node... nodes) {
        FlowPane bar = new FlowPane(8, 8, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("household-toolbar");
        bar.setMinWidth(0);
        return bar;
    }

    private static VBox page(Node... nodes) {
        VBox page = new VBox(10, nodes);
        page.setMinWidth(0);
        page.setPadding(new Insets(12));
        return page;
    }

    private <R, T> TableColumn<R, T> column(String key, Function<R, T> value, double width) {
        TableColumn<R, T> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cd -> new javafx.beans.property.SimpleObjectProperty<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <R, T> TableCell<R, T> cell(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    private void installAccelerators() {
        accelerators.put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::newIncident);
        accelerators.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::newPerson);
        accelerators.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::editHousehold);
        accelerators.put(NEW_MEASURE, this::newMeasure);
        if (planAcute != null) {
            // Only on the incidents tab, with an incident selected (the button says the same).
            accelerators.put(PLAN_ACUTE, () -> {
                if (tabs.getSelectionModel().getSelectedIndex() == 1) {
                    planAcute();
                }
            });
        }
        accelerators.put(new KeyCodeCombination(KeyCode.ESCAPE), backToList);
        accelerators.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), backToList);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6};
        for (int k = 0; k < digits.length; k++) {
            int index = k;
            accelerators.put(new KeyCodeCombination(digits[k], KeyCombination.ALT_DOWN), () -> selectTab(index));
        }
        root.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                detach(was);
            }
            if (now != null) {
                now.getAccelerators().putAll(accelerators);
            }
        });
    }

    private void detach(Scene scene) {
        accelerators.forEach((combination, action) -> scene.getAccelerators().remove(combination, action));
    }
}
