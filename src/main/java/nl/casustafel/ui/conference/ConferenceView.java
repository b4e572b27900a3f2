package nl.casustafel.ui.conference;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AgendaSuggestion;
import nl.casustafel.domain.conference.Amendment;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.Attendee;
import nl.casustafel.domain.conference.Conference;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.conference.AgendaEntry;
import nl.casustafel.service.conference.ConferenceDetail;
import nl.casustafel.service.household.HouseholdSummary;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.EmptyState;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One conference: header with its planning and actions, then tabs for the agenda builder (Alt+1), the attendance
 * (Alt+2), the amendments after closing (Alt+3) and the minutes of a closed conference (Alt+4, provided by the
 * minutes feature as a {@link MinutesPanel}). Esc goes back to the list.
 */
public final class ConferenceView {
    static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination MEETING = new KeyCodeCombination(KeyCode.F5);

    /** What the view asks of its page: dialogs and navigation. */
    public interface Actions {
        void back();

        void editPlanning(ConferenceDetail detail);

        void addAttendee();

        void editAttendee(Attendee attendee);

        void openMeeting();

        void openHousehold(long householdId);
    }

    private final ConferenceViewModel vm;
    private final I18n i18n;
    private final Actions actions;
    private final BorderPane root = new BorderPane();
    private final ListView<AgendaEntry> agendaList = new ListView<>();
    private final TabPane tabs = new TabPane();
    private final VBox header = new VBox(6);
    private final MinutesPanel minutes;
    private Tab minutesTab;

    /** {@code minutes} may be null when the minutes feature is not available: the tab then says so. */
    public ConferenceView(ConferenceViewModel vm, I18n i18n, Actions actions, MinutesPanel minutes) {
        this.vm = vm;
        this.i18n = i18n;
        this.actions = actions;
        this.minutes = minutes;
        root.setId("conferenceView");
        root.getStyleClass().add("conference-view");
        root.setTop(header);
        header.getStyleClass().add("conference-header");
        header.setPadding(new Insets(12, 20, 8, 20));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("conferenceTabs");
        minutesTab = minutesTab();
        tabs.getTabs().addAll(agendaTab(), attendeesTab(), amendmentsTab(), minutesTab);
        BorderPane.setMargin(tabs, new Insets(0, 20, 12, 20));
        root.setCenter(tabs);
        vm.detailProperty().addListener((obs, was, now) -> buildHeader(now));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    public Node root() {
        return root;
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            actions.back();
            e.consume();
        } else if (e.isAltDown() && e.getCode().isDigitKey()) {
            int index = e.getCode().ordinal() - KeyCode.DIGIT1.ordinal();
            if (index >= 0 && index < tabs.getTabs().size()) {
                tabs.getSelectionModel().select(index);
                e.consume();
            }
        } else if (minutes != null && vm.isClosed() && tabs.getSelectionModel().getSelectedItem() == minutesTab
                && minutes.handleKey(e)) {
            e.consume();
        } else if (EDIT.match(e) && vm.detailProperty().get() != null && !vm.isClosed()) {
            actions.editPlanning(vm.detailProperty().get());
            e.consume();
        } else if (MEETING.match(e) && vm.detailProperty().get() != null) {
            meeting();
            e.consume();
        }
    }

    private void buildHeader(ConferenceDetail d) {
        header.getChildren().clear();
        if (d == null) {
            return;
        }
        Conference c = d.conference();
        Button back = new Button(i18n.get("conference.back"), Icons.of(Material2AL.ARROW_BACK));
        back.setId("conferenceBack");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> actions.back());
        back.setTooltip(new Tooltip(i18n.get("conference.back.tooltip")));
        Label title = new Label(i18n.label(c.type()) + " \u2013 " + i18n.dateTime(c.startsAt()));
        title.setId("conferenceTitle");
        title.getStyleClass().addAll("page-title");
        Label status = new Label(i18n.label(c.status()));
        status.setId("conferenceStatus");
        status.getStyleClass().addAll("badge", "status-" + c.status().name());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, back, title, status, spacer);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        if (c.status() != ConferenceStatus.CLOSED) {
            Button edit = new Button(i18n.get("conference.editPlanning"), Icons.of(Material2AL.EDIT));
            edit.setId("editPlanning");
            edit.setMnemonicParsing(true);
            edit.setTooltip(new Tooltip(i18n.get("conference.editPlanning.tooltip")));
            edit.setOnAction(e -> actions.editPlanning(d));
            titleRow.getChildren().add(edit);
        }
        if (c.status() == ConferenceStatus.PLANNED) {
            Button delete = new Button(i18n.get("conference.delete"), Icons.of(Material2AL.DELETE));
            delete.setId("deleteConference");
            delete.setMnemonicParsing(true);
            delete.setOnAction(e -> {
                if (Dialogs.confirm(Dialogs.windowOf(root), i18n, i18n.get("conference.delete.title"),
                        i18n.get("conference.delete.text"), i18n.get("conference.delete.confirm"))) {
                    vm.delete(actions::back);
                }
            });
            titleRow.getChildren().add(delete);
        }
        Button meeting = new Button(i18n.get(c.status() == ConferenceStatus.PLANNED ? "conference.start"
                : c.isClosed() ? "conference.review" : "conference.resume"), Icons.of(Material2MZ.PLAY_ARROW));
        meeting.setId("openMeeting");
        meeting.getStyleClass().add("accent");
        meeting.setMnemonicParsing(true);
        meeting.setTooltip(new Tooltip(i18n.get("conference.meeting.tooltip")));
        meeting.setOnAction(e -> meeting());
        meeting.disableProperty().bind(Bindings.isEmpty(vm.agenda()));
        titleRow.getChildren().add(meeting);

        String invited = d.invitedPartners().stream().map(Partner::shortName).collect(Collectors.joining(", "));
        Label facts = new Label(i18n.get("conference.facts", nz(c.place()), c.chairName(), nz(c.minuteTakerName()),
                c.durationMinutes(), invited.isEmpty() ? "\u2013" : invited));
        facts.setId("conferenceFacts");
        facts.getStyleClass().add("text-muted");
        facts.setWrapText(true);
        Label message = new Label();
        message.setId("conferenceMessage");
        message.getStyleClass().add("form-error");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        header.getChildren().addAll(titleRow, facts, message);
    }

    private void meeting() {
        if (vm.isPlanned()) {
            vm.start(actions::openMeeting);
        } else {
            actions.openMeeting();
        }
    }

    // ---- agenda ---------------------------------------------------------------------------------------------

    private Tab agendaTab() {
        agendaList.setId("agendaList");
        agendaList.setItems(vm.agenda());
        agendaList.setCellFactory(list -> new AgendaCell());
        agendaList.setPlaceholder(new Label(i18n.get("conference.agenda.empty")));
        agendaList.setOnKeyPressed(e -> {
            AgendaEntry selected = agendaList.getSelectionModel().getSelectedItem();
            if (selected == null || vm.isClosed()) {
                return;
            }
            if (MOVE_UP.match(e)) {
                vm.move(selected, -1);
                e.consume();
            } else if (MOVE_DOWN.match(e)) {
                vm.move(selected, 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                removeItem(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                actions.openHousehold(selected.item().householdId());
                e.consume();
            }
        });
        // Keep the moved item selected after the reload.
        vm.agenda().addListener((javafx.collections.ListChangeListener<AgendaEntry>) change -> reselect());

        Label total = new Label();
        total.setId("agendaTotal");
        total.getStyleClass().add("text-muted");
        total.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("conference.agenda.total",
                vm.agenda().size(), vm.plannedMinutesProperty().get()), vm.agenda(), vm.plannedMinutesProperty()));
        Label hint = new Label(i18n.get("conference.agenda.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox left = new VBox(8, sectionTitle("conference.agenda.title"), agendaList, itemEditor(), total, hint);
        VBox.setVgrow(agendaList, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        VBox right = new VBox(8, sectionTitle("conference.suggestions.title"), suggestionsList(),
                sectionTitle("conference.addHousehold.title"), householdSearch());
        right.setPadding(new Insets(10));
        right.setId("agendaBuilder");
        right.visibleProperty().bind(Bindings.createBooleanBinding(() -> !vm.isClosed(), vm.detailProperty()));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.55);
        Tab tab = new Tab(i18n.get("conference.tab.agenda"), split);
        tab.setId("agendaTab");
        return tab;
    }

    private long selectedItemId = -1;

    private void reselect() {
        for (int k = 0; k < vm.agenda().size(); k++) {
            if (vm.agenda().get(k).item().id() == selectedItemId) {
                agendaList.getSelectionModel().select(k);
                return;
            }
        }
    }

    private void removeItem(AgendaEntry entry) {
        if (Dialogs.confirm(Dialogs.windowOf(root), i18n, i18n.get("conference.agenda.remove.title"),
                i18n.get("conference.agenda.remove.text", entry.householdName()),
                i18n.get("conference.agenda.remove.confirm"))) {
            vm.remove(entry);
        }
    }

    private Node itemEditor() {
        ComboBox<AgendaReason> reason = new ComboBox<>();
        reason.setId("itemReason");
        reason.getItems().setAll(AgendaReason.values());
        reason.setConverter(enumConverter());
        Spinner<Integer> timeBox = new Spinner<>(1, 240, ConferenceViewModel.DEFAULT_TIME_BOX, 5);
        timeBox.setId("itemTimeBox");
        timeBox.setEditable(true);
        timeBox.setPrefWidth(90);
        Button apply = new Button(i18n.get("conference.agenda.apply"));
        apply.setId("applyItem");
        apply.setMnemonicParsing(true);
        Button up = iconButton(Material2AL.ARROW_UPWARD, "conference.agenda.up", "itemUp");
        Button down = iconButton(Material2AL.ARROW_DOWNWARD, "conference.agenda.down", "itemDown");
        Button remove = iconButton(Material2AL.DELETE, "conference.agenda.remove", "itemRemove");
        Button open = iconButton(Material2AL.FOLDER_OPEN, "conference.agenda.openHousehold", "itemOpenHousehold");
        agendaList.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                selectedItemId = now.item().id();
                reason.setValue(now.item().reason());
                timeBox.getValueFactory().setValue(now.item().timeBoxMinutes());
            }
        });
        var none = agendaList.getSelectionModel().selectedItemProperty().isNull();
        var locked = Bindings.createBooleanBinding(vm::isClosed, vm.detailProperty());
        for (Node n : List.of(reason, timeBox, apply, up, down, remove)) {
            n.disableProperty().bind(none.or(locked));
        }
        open.disableProperty().bind(none);
        apply.setOnAction(e -> {
            AgendaEntry selected = agendaList.getSelectionModel().getSelectedItem();
            if (selected != null && reason.getValue() != null) {
                timeBox.commitValue();
                vm.updateItem(selected, reason.getValue(), timeBox.getValue());
            }
        });
        up.setOnAction(e -> withSelected(s -> vm.move(s, -1)));
        down.setOnAction(e -> withSelected(s -> vm.move(s, 1)));
        remove.setOnAction(e -> withSelected(this::removeItem));
        open.setOnAction(e -> withSelected(s -> actions.openHousehold(s.item().householdId())));
        Label reasonLabel = new Label(i18n.get("conference.agenda.reason"));
        reasonLabel.setMnemonicParsing(true);
        reasonLabel.setLabelFor(reason);
        Label timeLabel = new Label(i18n.get("conference.agenda.timeBox"));
        timeLabel.setMnemonicParsing(true);
        timeLabel.setLabelFor(timeBox);
        HBox row = new HBox(8, reasonLabel, reason, timeLabel, timeBox, apply, up, down, remove, open);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("agenda-item-editor");
        return row;
    }

    private void withSelected(java.util.function.Consumer<AgendaEntry> action) {
        AgendaEntry selected = agendaList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            action.accept(selected);
        }
    }

    private Button iconButton(org.kordamp.ikonli.Ikon icon, String tooltipKey, String id) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(i18n.get(tooltipKey)));
        b.setAccessibleText(i18n.get(tooltipKey));
        return b;
    }

    /** One agenda item: position, household, reason, time box, open measures; draggable to reorder. */
    private final class AgendaCell extends ListCell<AgendaEntry> {
        AgendaCell() {
            setOnDragDetected(e -> {
                if (getItem() == null || vm.isClosed()) {
                    return;
                }
                var board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(Long.toString(getItem().item().id()));
                board.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (e.getDragboard().hasString()) {
                    long id = Long.parseLong(e.getDragboard().getString());
                    int target = isEmpty() ? vm.agenda().size() - 1 : getIndex();
                    vm.agenda().stream().filter(a -> a.item().id() == id).findFirst()
                            .ifPresent(a -> vm.moveTo(a, target));
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(AgendaEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("agenda-acute");
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label position = new Label((entry.item().position() + 1) + ".");
            position.getStyleClass().add("agenda-position");
            Label name = new Label(entry.householdName());
            name.getStyleClass().add("agenda-household");
            Label reason = new Label(i18n.label(entry.item().reason()));
            reason.getStyleClass().addAll("badge", "reason-" + entry.item().reason().name());
            Label time = new Label(i18n.get("conference.agenda.minutes", entry.item().timeBoxMinutes()));
            time.getStyleClass().add("text-muted");
            Label open = new Label(entry.openMeasures() == 0 ? ""
                    : i18n.get("conference.agenda.openMeasures", entry.openMeasures()));
            open.getStyleClass().add("text-muted");
            Label state = new Label(entry.item().state() == nl.casustafel.domain.conference.AgendaItemState.PENDING
                    ? "" : i18n.label(entry.item().state()));
            state.getStyleClass().add("text-muted");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, position, name, reason, spacer, open, state, time);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            if (entry.item().reason() == AgendaReason.ACUTE) {
                getStyleClass().add("agenda-acute");
            }
        }
    }

    private Node suggestionsList() {
        ListView<AgendaSuggestion> list = new ListView<>(vm.suggestions());
        list.setId("suggestionList");
        list.setPlaceholder(new Label(i18n.get("conference.suggestions.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaSuggestion s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(s.householdName());
                name.getStyleClass().add("agenda-household");
                String why = s.reasons().stream()
                        .map(r -> i18n.label(r.kind()) + (r.count() > 1 ? " (" + r.count() + ")" : ""))
                        .collect(Collectors.joining(" \u00b7 "));
                Label reasons = new Label(why);
                reasons.getStyleClass().add("suggestion-reasons");
                reasons.setWrapText(true);
                Button add = new Button(i18n.get("conference.suggestions.add"), Icons.of(Material2AL.ADD));
                add.setId("addSuggestion-" + s.householdId());
                add.setOnAction(e -> vm.addSuggestion(s));
                Label reason = new Label(i18n.label(s.proposedReason()));
                reason.getStyleClass().addAll("badge", "reason-" + s.proposedReason().name());
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox top = new HBox(8, name, reason, spacer, add);
                top.setAlignment(Pos.CENTER_LEFT);
                VBox box = new VBox(2, top, reasons);
                setText(null);
                setGraphic(box);
            }
        });
        list.setOnKeyPressed(e -> {
            AgendaSuggestion s = list.getSelectionModel().getSelectedItem();
            if (s != null && e.getCode() == KeyCode.ENTER) {
                vm.addSuggestion(s);
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private Node householdSearch() {
        TextField search = new TextField();
        search.setId("agendaSearch");
        search.setPromptText(i18n.get("conference.addHousehold.prompt"));
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setOnAction(e -> vm.search());
        Button find = new Button(i18n.get("conference.addHousehold.search"), Icons.of(Material2MZ.SEARCH));
        find.setId("agendaSearchButton");
        find.setOnAction(e -> vm.search());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox row = new HBox(6, search, find);
        ListView<HouseholdSummary> results = new ListView<>(vm.searchResults());
        results.setId("agendaSearchResults");
        results.setPrefHeight(140);
        results.setPlaceholder(new Label(i18n.get("conference.addHousehold.none")));
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(HouseholdSummary h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(h.name() + (h.city() == null ? "" : " \u2013 " + h.city()));
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Button add = new Button(i18n.get("conference.suggestions.add"), Icons.of(Material2AL.ADD));
                add.setId("addHousehold-" + h.id());
                add.setOnAction(e -> vm.addHousehold(h));
                HBox box = new HBox(8, name, spacer, add);
                box.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(box);
            }
        });
        results.setOnKeyPressed(e -> {
            HouseholdSummary h = results.getSelectionModel().getSelectedItem();
            if (h != null && e.getCode() == KeyCode.ENTER) {
                vm.addHousehold(h);
                e.consume();
            }
        });
        return new VBox(6, row, results);
    }

    // ---- attendance -----------------------------------------------------------------------------------------

    private Tab attendeesTab() {
        TableView<Attendee> table = new TableView<>(vm.attendees());
        table.setId("attendeeTable");
        table.setPlaceholder(new Label(i18n.get("conference.attendees.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Attendee, String> name = textColumn("conference.attendee.name", 200, Attendee::name);
        TableColumn<Attendee, String> partner = textColumn("conference.attendee.partner", 140,
                a -> vm.partnerName(a.partnerId()));
        TableColumn<Attendee, String> role = textColumn("conference.attendee.role", 170, a -> i18n.label(a.role()));
        TableColumn<Attendee, Attendee> attendance = new TableColumn<>(i18n.get("conference.attendee.attendance"));
        attendance.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        attendance.setPrefWidth(170);
        attendance.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Attendee a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setGraphic(null);
                    return;
                }
                ComboBox<AttendanceStatus> box = new ComboBox<>();
                box.setId("attendance-" + a.id());
                box.getItems().add(null);
                box.getItems().addAll(AttendanceStatus.values());
                box.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(AttendanceStatus s) {
                        return s == null ? i18n.get("conference.attendance.unknown") : i18n.label(s);
                    }

                    @Override
                    public AttendanceStatus fromString(String s) {
                        return null;
                    }
                });
                box.setValue(a.attendance());
                box.setDisable(vm.isClosed());
                box.valueProperty().addListener((obs, was, now) -> {
                    if (now != a.attendance()) {
                        vm.setAttendance(a, now);
                    }
                });
                setGraphic(box);
            }
        });
        TableColumn<Attendee, String> sent = textColumn("conference.attendee.informationSentShort", 120,
                a -> i18n.get(a.informationSent() ? "common.yes" : "common.no"));
        TableColumn<Attendee, String> confidentiality = textColumn("conference.attendee.confidentialityShort", 160,
                a -> a.confidentialitySignedOn() == null ? "" : i18n.date(a.confidentialitySignedOn()));
        table.getColumns().setAll(List.of(name, partner, role, attendance, sent, confidentiality));
        table.setRowFactory(nl.casustafel.ui.common.TableRows.opening(a -> {
            if (!vm.isClosed()) {
                actions.editAttendee(a);
            }
        }));
        table.setOnKeyPressed(e -> {
            Attendee a = table.getSelectionModel().getSelectedItem();
            if (a == null || vm.isClosed()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                actions.editAttendee(a);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                removeAttendee(a);
                e.consume();
            }
        });

        Button add = new Button(i18n.get("conference.attendees.add"), Icons.of(Material2MZ.PERSON_ADD));
        add.setId("addAttendee");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> actions.addAttendee());
        Button edit = new Button(i18n.get("conference.attendees.edit"), Icons.of(Material2AL.EDIT));
        edit.setId("editAttendee");
        edit.setOnAction(e -> {
            Attendee a = table.getSelectionModel().getSelectedItem();
            if (a != null) {
                actions.editAttendee(a);
            }
        });
        Button remove = new Button(i18n.get("conference.attendees.remove"), Icons.of(Material2AL.DELETE));
        remove.setId("removeAttendee");
        remove.setOnAction(e -> {
            Attendee a = table.getSelectionModel().getSelectedItem();
            if (a != null) {
                removeAttendee(a);
            }
        });
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        var locked = Bindings.createBooleanBinding(vm::isClosed, vm.detailProperty());
        add.disableProperty().bind(locked);
        edit.disableProperty().bind(none.or(locked));
        remove.disableProperty().bind(none.or(locked));
        Label summary = new Label();
        summary.setId("attendanceSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("conference.attendees.summary",
                count(AttendanceStatus.PRESENT), count(AttendanceStatus.ABSENT), count(AttendanceStatus.EXCUSED),
                count(null)), vm.attendees()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, edit, remove, spacer, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        Tab tab = new Tab(i18n.get("conference.tab.attendees"), box);
        tab.setId("attendeesTab");
        return tab;
    }

    private long count(AttendanceStatus status) {
        return vm.attendees().stream().filter(a -> a.attendance() == status).count();
    }

    private void removeAttendee(Attendee a) {
        if (Dialogs.confirm(Dialogs.windowOf(root), i18n, i18n.get("conference.attendees.remove.title"),
                i18n.get("conference.attendees.remove.text", a.name()), i18n.get("conference.attendees.remove"))) {
            vm.removeAttendee(a);
        }
    }

    private Tab amendmentsTab() {
        TableView<Amendment> table = new TableView<>();
        table.setId("amendmentTable");
        table.setPlaceholder(new Label(i18n.get("conference.amendments.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                textColumn("conference.amendments.when", 150, a -> i18n.dateTime(a.madeAt())),
                textColumn("conference.amendments.reason", 260, Amendment::reason),
                textColumn("conference.amendments.change", 360, Amendment::changeSummary)));
        vm.detailProperty().addListener((obs, was, now) ->
                table.getItems().setAll(now == null ? List.of() : now.amendments()));
        VBox box = new VBox(8, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        Tab tab = new Tab(i18n.get("conference.tab.amendments"), box);
        tab.setId("amendmentsTab");
        return tab;
    }

    // ---- minutes --------------------------------------------------------------------------------------------

    private Tab minutesTab() {
        EmptyState notClosed = new EmptyState(Material2AL.DESCRIPTION, i18n.get("minutes.notClosed.title"),
                i18n.get("minutes.notClosed.text"));
        notClosed.node().setId("minutesNotClosed");
        StackPane content = new StackPane(notClosed.node());
        var closed = Bindings.createBooleanBinding(vm::isClosed, vm.detailProperty());
        if (minutes == null) {
            EmptyState missing = new EmptyState(Material2AL.DESCRIPTION, i18n.get("minutes.unavailable.title"),
                    i18n.get("minutes.unavailable.text"));
            missing.node().visibleProperty().bind(closed);
            content.getChildren().add(missing.node());
        } else {
            Node panel = minutes.node();
            panel.visibleProperty().bind(closed);
            content.getChildren().add(panel);
            vm.detailProperty().addListener((obs, was, now) -> {
                if (now != null) {
                    minutes.conferenceLoaded(now);
                    minutesSelectionChanged();
                }
            });
            tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> minutesSelectionChanged());
        }
        notClosed.node().visibleProperty().bind(closed.not());
        Tab tab = new Tab(i18n.get("minutes.tab"), content);
        tab.setId("minutesTab");
        return tab;
    }

    private boolean minutesShown;

    private void minutesSelectionChanged() {
        boolean show = tabs.getSelectionModel().getSelectedItem() == minutesTab && vm.isClosed();
        if (show && !minutesShown) {
            minutesShown = true;
            minutes.shown();
        } else if (!show && minutesShown) {
            minutesShown = false;
            minutes.hidden();
        }
    }

    private <T> TableColumn<T, String> textColumn(String key, double width, java.util.function.Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(f.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Label sectionTitle(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private <E extends Enum<E>> StringConverter<E> enumConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : i18n.label(value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "\u2013" : s;
    }

    /** Selects the agenda list (after opening). */
    public void focus() {
        // The tab's content joins the scene at the next layout pass: focus then, or the view itself.
        javafx.application.Platform.runLater(() -> {
            if (agendaList.getScene() != null) {
                agendaList.requestFocus();
            } else {
                root.requestFocus();
            }
        });
    }
}
