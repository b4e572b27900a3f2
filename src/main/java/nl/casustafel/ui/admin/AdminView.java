package nl.casustafel.ui.admin;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.ui.admin.PartnerEditorViewModel.Outcome;
import nl.casustafel.ui.common.Dialogs;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.common.TableRows;
import org.kordamp.ikonli.material2.Material2AL;

/** Beheer: partner catalogue editor and facts about this installation (version, data and log folders). */
public final class AdminView {
    private final AdminViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(16);
    private final TableView<Partner> table = new TableView<>();

    public AdminView(AdminViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("adminView");
        root.getStyleClass().add("admin-view");
        Label title = new Label(i18n.get("admin.title"));
        title.getStyleClass().add("page-title");
        VBox header = new VBox(title);
        header.getStyleClass().add("page-header");
        Node partnersCard = partnersCard();
        VBox.setVgrow(partnersCard, Priority.ALWAYS);
        root.getChildren().addAll(header, partnersCard, aboutCard());
    }

    public Node root() {
        return root;
    }

    private Node partnersCard() {
        Label title = new Label(i18n.get("admin.partners.title"));
        title.getStyleClass().add("section-title");
        Label explanation = new Label(i18n.get("admin.partners.text"));
        explanation.getStyleClass().add("text-muted");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        Button add = new Button(i18n.get("admin.partner.add"), Icons.of(Material2AL.ADD));
        add.setId("addPartner");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> edit(null));
        Button edit = new Button(i18n.get("common.edit"), Icons.of(Material2AL.EDIT));
        edit.setId("editPartner");
        edit.setMnemonicParsing(true);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, spacer, add, edit);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("adminMessage");
        message.getStyleClass().add("notice");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        table.setId("partnerTable");
        table.getStyleClass().addAll("dense", "striped");
        table.setItems(vm.partners());
        table.setPlaceholder(new Label(i18n.get("common.loading")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Partner, String> name = new TableColumn<>(i18n.get("admin.partner.column.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(380);
        TableColumn<Partner, String> shortName = new TableColumn<>(i18n.get("admin.partner.column.shortName"));
        shortName.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().shortName()));
        shortName.setPrefWidth(200);
        TableColumn<Partner, String> active = new TableColumn<>(i18n.get("admin.partner.column.active"));
        active.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                i18n.get(c.getValue().active() ? "common.yes" : "common.no")));
        active.setPrefWidth(90);
        table.getColumns().setAll(java.util.List.of(name, shortName, active));
        table.setRowFactory(TableRows.marking("inactive", p -> !p.active(), this::edit));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                edit(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox card = new VBox(10, titleRow, explanation, message, table);
        card.getStyleClass().add("card");
        return card;
    }

    private Node aboutCard() {
        Label title = new Label(i18n.get("admin.about.title"));
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("facts");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(160);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        addFact(grid, 0, "admin.about.version", "appVersion", vm.version());
        addFact(grid, 1, "admin.about.dataDirectory", "dataDirectory", vm.dataDirectory());
        addFact(grid, 2, "admin.about.logDirectory", "logDirectory", vm.logDirectory());
        VBox card = new VBox(10, title, grid);
        card.getStyleClass().add("card");
        if (vm.hasLockSetting()) {
            TextField minutes = new TextField();
            minutes.setId("lockMinutes");
            minutes.setPrefColumnCount(4);
            minutes.setMaxWidth(Region.USE_PREF_SIZE);
            minutes.textProperty().bindBidirectional(vm.lockMinutesProperty());
            minutes.setOnAction(e -> vm.saveLockMinutes());
            Label label = new Label(i18n.get("admin.lock.label"));
            label.getStyleClass().add("form-label");
            label.setMnemonicParsing(true);
            label.setLabelFor(minutes);
            label.setMinWidth(160);
            Button save = new Button(i18n.get("common.save"));
            save.setId("saveLockMinutes");
            save.setOnAction(e -> vm.saveLockMinutes());
            Label outcome = new Label();
            outcome.setId("lockMinutesMessage");
            outcome.getStyleClass().add("text-muted");
            outcome.textProperty().bind(vm.lockMessageProperty());
            HBox row = new HBox(8, label, minutes, new Label(i18n.get("admin.lock.unit")), save, outcome);
            row.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(row);
        }
        return card;
    }

    private void addFact(GridPane grid, int row, String labelKey, String id, String value) {
        Label label = new Label(i18n.get(labelKey));
        label.getStyleClass().add("form-label");
        // A read-only text field, so that a path can be selected and copied.
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add("read-only");
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private void edit(Partner partner) {
        PartnerEditorViewModel editor = vm.editor(partner);
        var window = Dialogs.windowOf(root);
        new PartnerDialog(editor, i18n, window).showAndWait().ifPresent(outcome -> {
            if (outcome == Outcome.CONFLICT) {
                String text = editor.formErrorProperty().get();
                vm.afterEdit(text);
                Dialogs.error(window, i18n, text);
            } else {
                vm.afterEdit(i18n.get("admin.partner.saved", editor.draft().name().strip()));
            }
        });
    }
}
