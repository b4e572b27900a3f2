package nl.casustafel.ui.conference;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import nl.casustafel.domain.conference.AgendaItemState;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.conference.AgendaEntry;
import nl.casustafel.service.conference.AgendaItemDetail;
import nl.casustafel.service.measure.MeasureRow;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The meeting mode on the projector: large type, high contrast, one agenda item at a time through six steps.
 * Keyboard: Page Down / Page Up next and previous step, Alt+1..6 a step, Alt+Right / Alt+Left next and previous
 * item, Ctrl+Enter item handled, Ctrl+P park, Ctrl+S save, Ctrl+M new measure, Esc leave.
 */
public final class MeetingView {
    static final KeyCombination DONE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PARK = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW_MEASURE = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT_ITEM = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    static final KeyCombination PREVIOUS_ITEM = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);

    /** What the view asks of its page. */
    public interface Actions {
        void leave();

        /** Opens the measure dialog for the current item; {@code afterSave} reloads the measures. */
        void newMeasure(AgendaItemDetail item, Runnable afterSave);

        void openHousehold(long householdId);
    }

    private final MeetingViewModel vm;
    private final I18n i18n;
    private final Actions actions;
    private final BorderPane root = new BorderPane();
    private final ListView<AgendaEntry> agendaList = new ListView<>();
    private final StackPane stepHost = new StackPane();
    private final ToggleGroup stepGroup = new ToggleGroup();
    private final List<Node> steps;
    private final Timeline ticker;

    public MeetingView(MeetingViewModel vm, I18n i18n, Actions actions) {
        this.vm = vm;
        this.i18n = i18n;
        this.actions = actions;
        root.setId("meetingView");
        root.getStyleClass().add("meeting-mode");
        steps = List.of(openMeasuresStep(), incidentsStep(), safetyStep(), columnsStep(), decisionsStep(),
                directionStep());
        root.setTop(topBar());
        root.setLeft(agendaPane());
        root.setCenter(center());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        vm.stepProperty().addListener((obs, was, now) -> showStep(now.intValue()));
        showStep(vm.stepProperty().get());
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    public Node root() {
        return root;
    }

    /** Stops the clock (when the meeting view is left). */
    public void dispose() {
        ticker.stop();
    }

    private void keys(KeyEvent e) {
        boolean handled = true;
        if (e.getCode() == KeyCode.ESCAPE) {
            leave();
        } else if (e.getCode() == KeyCode.PAGE_DOWN) {
            vm.nextStep();
        } else if (e.getCode() == KeyCode.PAGE_UP) {
            vm.previousStep();
        } else if (e.isAltDown() && e.getCode().isDigitKey() && e.getCode() != KeyCode.DIGIT0) {
            vm.goToStep(e.getCode().ordinal() - KeyCode.DIGIT1.ordinal() + 1);
        } else if (NEXT_ITEM.match(e)) {
            vm.nextItem();
        } else if (PREVIOUS_ITEM.match(e)) {
            vm.previousItem();
        } else if (DONE.match(e)) {
            vm.done();
        } else if (PARK.match(e)) {
            vm.park();
        } else if (SAVE.match(e)) {
            save();
        } else if (NEW_MEASURE.match(e)) {
            newMeasure();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void leave() {
        vm.saveThen(() -> {
            dispose();
            actions.leave();
        });
    }

    private void save() {
        if (vm.isClosed()) {
            amend();
        } else {
            vm.save();
        }
    }

    private void amend() {
        if (!vm.isDirty()) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(Dialogs.windowOf(root));
        dialog.setTitle(i18n.get("meeting.amend.title"));
        dialog.setHeaderText(i18n.get("meeting.amend.text"));
        dialog.getDialogPane().setId("amendDialog");
        Optional<String> reason = dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
        reason.ifPresent(vm::amend);
    }

    private void newMeasure() {
        AgendaItemDetail d = vm.itemProperty().get();
        if (d != null && !vm.isClosed()) {
            vm.save();
            actions.newMeasure(d, vm::reloadMeasures);
        }
    }

    // ---- top bar -----------------------------------------------------------------------------------------

    private Node topBar() {
        Label conference = new Label();
        conference.getStyleClass().add("meeting-conference");
        conference.textProperty().bind(Bindings.createStringBinding(() -> {
            var d = vm.detailProperty().get();
            return d == null ? "" : i18n.label(d.conference().type()) + " \u2013 "
                    + i18n.dateTime(d.conference().startsAt())
                    + (d.conference().isClosed() ? " \u2013 " + i18n.label(d.conference().status()) : "");
        }, vm.detailProperty()));
        Label itemTitle = new Label();
        itemTitle.setId("meetingItemTitle");
        itemTitle.getStyleClass().add("meeting-item-title");
        itemTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            AgendaItemDetail d = vm.itemProperty().get();
            return d == null ? i18n.get("meeting.noItem") : i18n.get("meeting.itemTitle",
                    vm.indexProperty().get() + 1, vm.agenda().size(), d.household().name(),
                    i18n.label(d.item().reason()));
        }, vm.itemProperty(), vm.indexProperty(), vm.agenda()));
        Label timeBox = new Label();
        timeBox.setId("meetingTimeBox");
        timeBox.getStyleClass().add("meeting-time-box");
        timeBox.setGraphic(Icons.of(Material2AL.ALARM));
        timeBox.textProperty().bind(Bindings.createStringBinding(vm::timeBoxText, vm.elapsedSecondsProperty(),
                vm.itemProperty()));
        vm.overTimeProperty().addListener((obs, was, now) ->
                timeBox.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"), now));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button previous = button("meeting.previousItem", Material2AL.ARROW_BACK, "previousItem", vm::previousItem);
        Button next = button("meeting.nextItem", Material2AL.ARROW_FORWARD, "nextItem", vm::nextItem);
        Button park = button("meeting.park", Material2AL.LOCAL_PARKING, "parkItem", vm::park);
        Button done = button("meeting.done", Material2AL.CHECK, "itemDone", vm::done);
        done.getStyleClass().add("accent");
        Button close = button("meeting.closeConference", Material2AL.LOCK, "closeConference", this::closeConference);
        Button leave = button("meeting.leave", Material2AL.EXIT_TO_APP, "leaveMeeting", this::leave);
        var closed = Bindings.createBooleanBinding(vm::isClosed, vm.detailProperty());
        for (Button b : List.of(park, done, close)) {
            b.disableProperty().bind(closed.or(vm.busyProperty()));
        }
        itemTitle.setMinWidth(0);
        HBox first = new HBox(16, itemTitle, spacer, timeBox);
        first.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox second = new HBox(8, conference, gap, previous, next, park, done, close, leave);
        second.setAlignment(Pos.CENTER_LEFT);
        second.getStyleClass().add("meeting-actions");
        for (Button b : List.of(previous, next, park, done, close, leave)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label message = new Label();
        message.setId("meetingMessage");
        message.getStyleClass().add("meeting-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox top = new VBox(6, first, second, message);
        top.getStyleClass().add("meeting-top");
        return top;
    }

    private void closeConference() {
        if (!Dialogs.confirm(Dialogs.windowOf(root), i18n, i18n.get("meeting.close.title"),
                i18n.get("meeting.close.text"), i18n.get("meeting.close.confirm"))) {
            return;
        }
        vm.closeConference(false, count -> {
            if (Dialogs.confirm(Dialogs.windowOf(root), i18n, i18n.get("meeting.close.unhandledTitle"),
                    i18n.get("meeting.close.unhandledText", count), i18n.get("meeting.close.anyway"))) {
                vm.closeConference(true, c -> { }, () -> { });
            }
        }, () -> { });
    }

    private Button button(String key, org.kordamp.ikonli.Ikon icon, String id, Runnable action) {
        Button b = new Button(i18n.get(key), Icons.of(icon));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setTooltip(new Tooltip(i18n.get(key + ".tooltip")));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    // ---- agenda and parking place -------------------------------------------------------------------------

    private Node agendaPane() {
        agendaList.setId("meetingAgenda");
        agendaList.setItems(vm.agenda());
        agendaList.setFocusTraversable(false);
        agendaList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaEntry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().removeAll("state-PENDING", "state-PARKED", "state-DONE");
                if (empty || e == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                getStyleClass().add("state-" + e.item().state().name());
                var icon = switch (e.item().state()) {
                    case DONE -> Material2AL.CHECK_CIRCLE;
                    case PARKED -> Material2AL.LOCAL_PARKING;
                    case PENDING -> Material2MZ.RADIO_BUTTON_UNCHECKED;
                };
                setGraphic(Icons.of(icon));
                setText((e.item().position() + 1) + ". " + e.householdName());
                setTooltip(new Tooltip(i18n.label(e.item().state())));
            }
        });
        agendaList.setOnMouseClicked(e -> {
            int k = agendaList.getSelectionModel().getSelectedIndex();
            if (k >= 0 && k != vm.indexProperty().get()) {
                vm.goToItem(k);
            }
        });
        vm.indexProperty().addListener((obs, was, now) -> agendaList.getSelectionModel().select(now.intValue()));
        vm.agenda().addListener((ListChangeListener<AgendaEntry>) c ->
                agendaList.getSelectionModel().select(vm.indexProperty().get()));
        Label parkedTitle = new Label(i18n.get("meeting.parking"));
        parkedTitle.getStyleClass().add("meeting-side-title");
        Label parked = new Label();
        parked.setId("parkingPlace");
        parked.setWrapText(true);
        parked.textProperty().bind(Bindings.createStringBinding(() -> {
            String names = vm.agenda().stream().filter(e -> e.item().state() == AgendaItemState.PARKED)
                    .map(AgendaEntry::householdName).collect(Collectors.joining("\n"));
            return names.isEmpty() ? i18n.get("meeting.parking.empty") : names;
        }, vm.agenda()));
        Label title = new Label(i18n.get("meeting.agenda"));
        title.getStyleClass().add("meeting-side-title");
        VBox box = new VBox(8, title, agendaList, parkedTitle, parked);
        VBox.setVgrow(agendaList, Priority.ALWAYS);
        box.getStyleClass().add("meeting-side");
        box.setPrefWidth(280);
        return box;
    }

    // ---- steps -------------------------------------------------------------------------------------------

    private Node center() {
        HBox bar = new HBox(4);
        bar.getStyleClass().add("meeting-steps");
        for (int k = 1; k <= MeetingViewModel.STEPS; k++) {
            int n = k;
            ToggleButton b = new ToggleButton(k + "  " + i18n.get("meeting.step." + k));
            b.setId("step" + k);
            b.setToggleGroup(stepGroup);
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                vm.goToStep(n);
                showStep(vm.stepProperty().get());
            });
            b.setTooltip(new Tooltip("Alt+" + k));
            bar.getChildren().add(b);
        }
        Button previous = new Button(i18n.get("meeting.previousStep"), Icons.of(Material2AL.CHEVRON_LEFT));
        previous.setId("previousStep");
        previous.setOnAction(e -> vm.previousStep());
        previous.disableProperty().bind(vm.stepProperty().isEqualTo(1));
        Button next = new Button(i18n.get("meeting.nextStep"), Icons.of(Material2AL.CHEVRON_RIGHT));
        next.setId("nextStep");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setOnAction(e -> vm.nextStep());
        next.disableProperty().bind(vm.stepProperty().isEqualTo(MeetingViewModel.STEPS));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(8, previous, spacer, next);
        nav.getStyleClass().add("meeting-step-nav");
        VBox.setVgrow(stepHost, Priority.ALWAYS);
        VBox box = new VBox(10, bar, stepHost, nav);
        box.getStyleClass().add("meeting-center");
        return box;
    }

    private void showStep(int n) {
        Node step = steps.get(n - 1);
        stepHost.getChildren().setAll(step);
        // The control that had focus may have left the scene with the previous step: without a focus owner the
        // keyboard would reach no node at all. Focus the step's first control instead.
        javafx.application.Platform.runLater(() -> {
            var scene = root.getScene();
            if (scene != null && (scene.getFocusOwner() == null || scene.getFocusOwner().getScene() == null
                    || !isInside(scene.getFocusOwner(), root))) {
                step.lookupAll("*").stream()
                        .filter(c -> c.isFocusTraversable() && !c.isDisabled() && c.isVisible())
                        .findFirst().ifPresentOrElse(Node::requestFocus, root::requestFocus);
            }
        });
        ((ToggleButton) ((HBox) ((VBox) root.getCenter()).getChildren().get(0)).getChildren().get(n - 1))
                .setSelected(true);
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private VBox step(String id, String titleKey, Node... content) {
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().add("meeting-step-title");
        VBox box = new VBox(12, title);
        box.getChildren().addAll(content);
        box.setId(id);
        box.getStyleClass().add("meeting-step");
        return box;
    }

    private Node openMeasuresStep() {
        TableView<MeasureRow> table = measureTable("carriedOverTable", vm.carriedOver());
        table.setPlaceholder(new Label(i18n.get("meeting.measures.noneOpen")));
        Button done = measureButton("meeting.measure.done", "measureDone", table, MeasureStatus.DONE);
        Button circumstances = measureButton("meeting.measure.circumstances", "measureNotDoneCircumstances", table,
                MeasureStatus.NOT_DONE_CIRCUMSTANCES_CHANGED);
        Button partner = measureButton("meeting.measure.partner", "measureNotDonePartner", table,
                MeasureStatus.NOT_DONE_PARTNER_DID_NOT_ACT);
        Button extend = new Button(i18n.get("meeting.measure.extend"), Icons.of(Material2MZ.UPDATE));
        extend.setId("measureExtend");
        extend.setMnemonicParsing(true);
        extend.setOnAction(e -> {
            MeasureRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                vm.extendMeasure(row);
            }
        });
        extend.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.createBooleanBinding(vm::isClosed, vm.detailProperty())));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, done, circumstances, partner,
                extend);
        VBox.setVgrow(table, Priority.ALWAYS);
        return step("stepOpenMeasures", "meeting.step.1.title", table, buttons);
    }

    private Button measureButton(String key, String id, TableView<MeasureRow> table, MeasureStatus status) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> {
            MeasureRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                vm.markMeasure(row, status);
            }
        });
        b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.createBooleanBinding(vm::isClosed, vm.detailProperty())));
        return b;
    }

    private TableView<MeasureRow> measureTable(String id, javafx.collections.ObservableList<MeasureRow> rows) {
        TableView<MeasureRow> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("meeting.measure.type", 240, r -> i18n.label(r.measure().type())),
                column("meeting.measure.concerns", 170, r -> r.concernedPersonName() == null
                        ? i18n.get("meeting.measure.wholeHousehold") : r.concernedPersonName()),
                column("meeting.measure.owner", 110, MeasureRow::ownerPartnerName),
                column("meeting.measure.responsible", 150, r -> nz(r.measure().responsiblePerson())),
                column("meeting.measure.deadline", 120, r -> i18n.date(r.measure().deadline())),
                column("meeting.measure.status", 200, r -> i18n.label(r.measure().status()))));
        table.setRowFactory(nl.casustafel.ui.common.TableRows.marking("overdue",
                r -> r.measure().isOverdue(vm.detailProperty().get() == null ? java.time.LocalDate.MIN
                        : vm.detailProperty().get().conference().date()), r -> { }));
        return table;
    }

    private Node incidentsStep() {
        ListView<Incident> list = new ListView<>();
        list.setId("newIncidents");
        list.setPlaceholder(new Label(i18n.get("meeting.incidents.none")));
        vm.itemProperty().addListener((obs, was, now) ->
                list.getItems().setAll(now == null ? List.of() : now.newIncidents()));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Incident i, boolean empty) {
                super.updateItem(i, empty);
                if (empty || i == null) {
                    setText(null);
                    return;
                }
                String markers = i.riskMarkers().stream().map(i18n::label).collect(Collectors.joining(", "));
                setText(i18n.dateTime(i.occurredAt()) + "   " + i18n.label(i.type()) + "   " + i18n.label(i.severity())
                        + (markers.isEmpty() ? "" : "   \u2013 " + markers));
            }
        });
        Label since = new Label();
        since.getStyleClass().add("meeting-hint");
        since.textProperty().bind(Bindings.createStringBinding(() -> {
            AgendaItemDetail d = vm.itemProperty().get();
            if (d == null) {
                return "";
            }
            return d.lastDiscussedOn() == null ? i18n.get("meeting.incidents.neverDiscussed")
                    : i18n.get("meeting.incidents.since", i18n.date(d.lastDiscussedOn()));
        }, vm.itemProperty()));
        VBox.setVgrow(list, Priority.ALWAYS);
        return step("stepIncidents", "meeting.step.2.title", since, list);
    }

    private Node safetyStep() {
        ToggleGroup danger = new ToggleGroup();
        ToggleButton yes = dangerButton("meeting.safety.dangerYes", "dangerYes", danger, Boolean.TRUE);
        ToggleButton no = dangerButton("meeting.safety.dangerNo", "dangerNo", danger, Boolean.FALSE);
        yes.getStyleClass().add("danger");
        Runnable syncDanger = () -> {
            Boolean v = vm.immediateDangerProperty().get();
            yes.setSelected(Boolean.TRUE.equals(v));
            no.setSelected(Boolean.FALSE.equals(v));
        };
        vm.immediateDangerProperty().addListener((obs, was, now) -> syncDanger.run());
        Label dangerLabel = new Label(i18n.get("meeting.safety.danger"));
        dangerLabel.getStyleClass().add("meeting-question");
        HBox dangerRow = new HBox(12, dangerLabel, yes, no);
        dangerRow.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setId("safetyScale");
        grid.setHgap(6);
        grid.setVgap(8);
        grid.getStyleClass().add("safety-scale");
        Runnable buildGrid = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (MeetingViewModel.ScoreRow r : vm.scores()) {
                Label partner = new Label(r.partner().shortName());
                partner.getStyleClass().add("safety-partner");
                partner.setMinWidth(140);
                grid.add(partner, 0, row);
                ToggleGroup group = new ToggleGroup();
                for (int s = 0; s <= 10; s++) {
                    int value = s;
                    ToggleButton b = new ToggleButton(Integer.toString(s));
                    b.setId("score-" + r.partner().id() + "-" + s);
                    b.getStyleClass().addAll("score-button", "score-" + s);
                    b.setToggleGroup(group);
                    b.setSelected(r.scoreProperty().get() != null && r.scoreProperty().get() == s);
                    b.setOnAction(e -> r.scoreProperty().set(b.isSelected() ? value : null));
                    grid.add(b, s + 1, row);
                }
                row++;
            }
            if (vm.scores().isEmpty()) {
                grid.add(new Label(i18n.get("meeting.safety.noPartners")), 0, 0);
            }
        };
        vm.scores().addListener((ListChangeListener<MeetingViewModel.ScoreRow>) c -> buildGrid.run());
        Label scaleHint = new Label(i18n.get("meeting.safety.scaleHint"));
        scaleHint.getStyleClass().add("meeting-hint");
        Label spread = new Label();
        spread.setId("safetySpread");
        spread.getStyleClass().add("meeting-spread");
        spread.textProperty().bind(vm.spreadProperty());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return step("stepSafety", "meeting.step.3.title", dangerRow, scaleHint, scroll, spread);
    }

    private ToggleButton dangerButton(String key, String id, ToggleGroup group, Boolean value) {
        ToggleButton b = new ToggleButton(i18n.get(key));
        b.setId(id);
        b.setToggleGroup(group);
        b.setMnemonicParsing(true);
        b.getStyleClass().add("danger-choice");
        b.setOnAction(e -> vm.immediateDangerProperty().set(b.isSelected() ? value : null));
        return b;
    }

    private Node columnsStep() {
        HBox columns = new HBox(12,
                column("worries", "meeting.columns.worries", vm.worriesProperty()),
                column("goingWell", "meeting.columns.goingWell", vm.goingWellProperty()),
                column("mustHappen", "meeting.columns.mustHappen", vm.mustHappenProperty()));
        VBox.setVgrow(columns, Priority.ALWAYS);
        return step("stepColumns", "meeting.step.4.title", columns);
    }

    private Node column(String id, String key, javafx.beans.property.StringProperty text) {
        Label title = new Label(i18n.get(key));
        title.getStyleClass().addAll("meeting-column-title", "column-" + id);
        TextArea area = new TextArea();
        area.setId(id + "Text");
        area.setWrapText(true);
        area.textProperty().bindBidirectional(text);
        title.setLabelFor(area);
        title.setMnemonicParsing(true);
        VBox box = new VBox(6, title, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(300);
        return box;
    }

    private Node decisionsStep() {
        TextArea decisions = new TextArea();
        decisions.setId("decisionsText");
        decisions.setWrapText(true);
        decisions.setPrefRowCount(4);
        decisions.textProperty().bindBidirectional(vm.decisionsProperty());
        Label decisionsLabel = new Label(i18n.get("meeting.decisions"));
        decisionsLabel.setMnemonicParsing(true);
        decisionsLabel.setLabelFor(decisions);
        decisionsLabel.getStyleClass().add("meeting-question");
        TableView<MeasureRow> table = measureTable("agreedHereTable", vm.agreedHere());
        table.setPlaceholder(new Label(i18n.get("meeting.measures.noneAgreed")));
        Button add = new Button(i18n.get("meeting.measure.new"), Icons.of(Material2AL.ADD));
        add.setId("newMeasure");
        add.getStyleClass().add("accent");
        add.setMnemonicParsing(true);
        add.setTooltip(new Tooltip(i18n.get("meeting.measure.new.tooltip")));
        add.setOnAction(e -> newMeasure());
        add.disableProperty().bind(Bindings.createBooleanBinding(vm::isClosed, vm.detailProperty()));
        Label measures = new Label(i18n.get("meeting.measures.agreed"));
        measures.getStyleClass().add("meeting-question");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, measures, spacer, add);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        return step("stepDecisions", "meeting.step.5.title", decisionsLabel, decisions, row, table);
    }

    private Node directionStep() {
        ComboBox<Partner> partner = new ComboBox<>(vm.partners());
        partner.setId("directorPartner");
        partner.setConverter(new StringConverter<>() {
            @Override
            public String toString(Partner p) {
                return p == null ? "" : ConferenceDialogs.partnerLabel(p);
            }

            @Override
            public Partner fromString(String s) {
                return null;
            }
        });
        partner.valueProperty().bindBidirectional(vm.directorPartnerProperty());
        TextField name = new TextField();
        name.setId("directorName");
        name.textProperty().bindBidirectional(vm.directorNameProperty());
        ComboBox<Phase> phase = new ComboBox<>();
        phase.setId("householdPhase");
        phase.getItems().setAll(Phase.values());
        phase.setConverter(new StringConverter<>() {
            @Override
            public String toString(Phase p) {
                return p == null ? "" : i18n.label(p);
            }

            @Override
            public Phase fromString(String s) {
                return null;
            }
        });
        phase.valueProperty().bindBidirectional(vm.phaseProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, label("meeting.direction.partner", partner), partner);
        grid.addRow(1, label("meeting.direction.name", name), name);
        grid.addRow(2, label("meeting.direction.phase", phase), phase);
        Button save = new Button(i18n.get("meeting.direction.save"), Icons.of(Material2MZ.SAVE));
        save.setId("saveDirection");
        save.getStyleClass().add("accent");
        save.setMnemonicParsing(true);
        save.setOnAction(e -> vm.saveDirection());
        Button closeHousehold = new Button(i18n.get("meeting.household.close"), Icons.of(Material2AL.ARCHIVE));
        closeHousehold.setId("closeHousehold");
        closeHousehold.setMnemonicParsing(true);
        closeHousehold.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.initOwner(Dialogs.windowOf(root));
            dialog.setTitle(i18n.get("meeting.household.close.title"));
            dialog.setHeaderText(i18n.get("meeting.household.close.text"));
            dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(vm::closeHousehold);
        });
        Button open = new Button(i18n.get("meeting.household.open"), Icons.of(Material2AL.FOLDER_OPEN));
        open.setId("openHouseholdFromMeeting");
        open.setOnAction(e -> {
            AgendaItemDetail d = vm.itemProperty().get();
            if (d != null) {
                vm.saveThen(() -> {
                    dispose();
                    actions.openHousehold(d.household().id());
                });
            }
        });
        var closed = Bindings.createBooleanBinding(vm::isClosed, vm.detailProperty());
        save.disableProperty().bind(closed);
        closeHousehold.disableProperty().bind(closed);
        HBox buttons = new HBox(8, save, closeHousehold, open);
        return step("stepDirection", "meeting.step.6.title", grid, buttons);
    }

    private Label label(String key, Node control) {
        Label l = new Label(i18n.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(control);
        l.getStyleClass().add("meeting-question");
        return l;
    }

    private <T> TableColumn<T, String> column(String key, double width, java.util.function.Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(f.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Insets pad() {
        return new Insets(12);
    }
}
