package nl.casustafel.ui.admin;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Beheer, Audit: filter by user, the table of the latest entries, and Keten controleren with its outcome. */
public final class AuditView {
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");
    private static final PseudoClass INTACT = PseudoClass.getPseudoClass("intact");
    private final AuditViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(10);

    public AuditView(AuditViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        root.setId("auditView");
        root.getStyleClass().add("card");
        Label title = new Label(i18n.get("audit.title"));
        title.getStyleClass().add("section-title");
        Label explanation = new Label(i18n.get("audit.text", AuditViewModel.ROWS));
        explanation.getStyleClass().add("text-muted");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);

        TextField filter = new TextField();
        filter.setId("auditUserFilter");
        filter.setPromptText(i18n.get("audit.filter.prompt"));
        filter.textProperty().bindBidirectional(vm.userFilterProperty());
        filter.setOnAction(e -> vm.reload());
        Label filterLabel = new Label(i18n.get("audit.filter"));
        filterLabel.setMnemonicParsing(true);
        filterLabel.setLabelFor(filter);
        Button apply = new Button(i18n.get("audit.filter.apply"), Icons.of(Material2AL.FILTER_LIST));
        apply.setId("auditFilterButton");
        apply.setOnAction(e -> vm.reload());
        Button verify = new Button(i18n.get("audit.verify"), Icons.of(Material2MZ.VERIFIED_USER));
        verify.setId("verifyChainButton");
        verify.setMnemonicParsing(true);
        verify.disableProperty().bind(vm.busyProperty());
        verify.setOnAction(e -> vm.verify());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, filterLabel, filter, apply, spacer, verify);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label outcome = new Label();
        outcome.setId("chainResult");
        outcome.getStyleClass().add("chain-result");
        outcome.setWrapText(true);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.textProperty().bind(vm.verificationProperty());
        outcome.visibleProperty().bind(vm.verificationProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        vm.intactProperty().addListener((obs, was, now) -> {
            outcome.pseudoClassStateChanged(INTACT, Boolean.TRUE.equals(now));
            outcome.pseudoClassStateChanged(BROKEN, Boolean.FALSE.equals(now));
            outcome.setGraphic(now == null ? null : Icons.of(now ? Material2MZ.VERIFIED_USER : Material2MZ.REPORT));
        });
        Label message = new Label();
        message.setId("auditMessage");
        message.getStyleClass().add("form-error");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        TableView<AuditEntry> table = new TableView<>(vm.entries());
        table.setId("auditTable");
        table.getStyleClass().addAll("dense", "striped");
        table.setPlaceholder(new Label(i18n.get("audit.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("audit.column.sequence", e -> String.valueOf(e.sequence()), 50),
                column("audit.column.time", e -> i18n.dateTime(e.time()), 150),
                column("audit.column.user", e -> e.userName() == null ? "" : e.userName(), 110),
                column("audit.column.role", vm::roleText, 100),
                column("audit.column.action", vm::actionText, 135),
                column("audit.column.objectType", e -> e.objectType() == null ? "" : e.objectType(), 100),
                column("audit.column.objectId", e -> e.objectId() == null ? "" : e.objectId(), 50),
                column("audit.column.result", vm::resultText, 95),
                column("audit.column.workstation", e -> e.workstation() == null ? "" : e.workstation(), 100),
                column("audit.column.reason", e -> e.reason() == null ? "" : e.reason(), 160)));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(new HBox(8, title), explanation, toolbar, outcome, message, table);
    }

    private TableColumn<AuditEntry, String> column(String key, Function<AuditEntry, String> value, double width) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public Node root() {
        return root;
    }
}
