package nl.casustafel.ui.household;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.ui.common.EmptyState;
import nl.casustafel.ui.common.I18n;
import org.kordamp.ikonli.material2.Material2MZ;

/** The dossier's tab Inzage: who read or changed it when, in which role, and with what result. */
public final class HouseholdAuditView {
    private final VBox root = new VBox(10);

    public HouseholdAuditView(HouseholdAuditViewModel vm) {
        I18n i18n = vm.i18n();
        root.setId("householdAudit");
        root.setPadding(new Insets(12));
        Label intro = new Label(i18n.get("household.audit.text", HouseholdAuditViewModel.ROWS));
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        TableView<AuditEntry> table = new TableView<>(vm.entries());
        table.setId("householdAuditTable");
        table.getStyleClass().addAll("dense", "striped");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column(i18n, "audit.column.time", e -> i18n.dateTime(e.time()), 160),
                column(i18n, "audit.column.user", e -> e.userName() == null ? "" : e.userName(), 160),
                column(i18n, "audit.column.role", vm::roleText, 130),
                column(i18n, "audit.column.action", vm::actionText, 140),
                column(i18n, "audit.column.result", vm::resultText, 120)));
        EmptyState empty = new EmptyState(Material2MZ.VERIFIED_USER, i18n.get("household.audit.empty.title"),
                i18n.get("household.audit.empty.text"));
        empty.node().setId("householdAuditEmpty");
        Label error = new Label();
        error.setId("householdAuditError");
        error.getStyleClass().add("form-error");
        error.textProperty().bind(vm.errorProperty());
        table.visibleProperty().bind(vm.stateProperty().isEqualTo(HouseholdAuditViewModel.State.ENTRIES)
                .or(vm.stateProperty().isEqualTo(HouseholdAuditViewModel.State.LOADING)));
        empty.node().visibleProperty().bind(vm.stateProperty().isEqualTo(HouseholdAuditViewModel.State.EMPTY));
        error.visibleProperty().bind(vm.stateProperty().isEqualTo(HouseholdAuditViewModel.State.ERROR));
        table.setPlaceholder(new Label(i18n.get("common.loading")));
        StackPane stack = new StackPane(table, empty.node(), error);
        VBox.setVgrow(stack, Priority.ALWAYS);
        root.getChildren().addAll(intro, stack);
    }

    private static TableColumn<AuditEntry, String> column(I18n i18n, String key, Function<AuditEntry, String> value,
                                                          double width) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public Node node() {
        return root;
    }
}
