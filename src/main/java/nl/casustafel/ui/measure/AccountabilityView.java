package nl.casustafel.ui.measure;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.casustafel.ui.common.DateFields;
import nl.casustafel.ui.common.EmptyState;
import nl.casustafel.ui.common.Form;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.measure.AccountabilityViewModel.Period;
import nl.casustafel.ui.measure.AccountabilityViewModel.Row;
import nl.casustafel.ui.measure.AccountabilityViewModel.State;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Accountability per partner over a period: period fields with quick choices, explanation and a sortable table. */
public final class AccountabilityView {
    private final AccountabilityViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();

    public AccountabilityView(AccountabilityViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("accountabilityView");
        root.setTop(period());
        root.setCenter(content());
        root.setPadding(new Insets(12, 0, 0, 0));
    }

    public Node node() {
        return root;
    }

    private Node period() {
        DatePicker from = DateFields.datePicker(vm.fromProperty());
        from.setId("accountabilityFrom");
        from.setPrefWidth(150);
        DatePicker to = DateFields.datePicker(vm.toProperty());
        to.setId("accountabilityTo");
        to.setPrefWidth(150);
        Form fromForm = new Form();
        fromForm.add(AccountabilityViewModel.FROM, i18n.get("measure.accountability.from"), from);
        Form toForm = new Form();
        toForm.add(AccountabilityViewModel.TO, i18n.get("measure.accountability.to"), to);
        for (Form f : List.of(fromForm, toForm)) {
            f.node().getColumnConstraints().get(0).setMinWidth(Region.USE_PREF_SIZE);
            f.node().getColumnConstraints().get(1).setMinWidth(150);
            f.node().setMaxWidth(300);
        }
        vm.errorsProperty().addListener((obs, was, now) -> {
            fromForm.showErrors(now);
            toForm.showErrors(now);
        });
        Button show = new Button(i18n.get("measure.accountability.show"), Icons.of(Material2MZ.REFRESH));
        show.setId("accountabilityShow");
        show.setMnemonicParsing(true);
        show.setDefaultButton(false);
        show.setOnAction(e -> {
            DateFields.commit(from);
            DateFields.commit(to);
            vm.load();
        });
        // Enter in a date field shows the figures for the typed period.
        from.setOnAction(e -> vm.load());
        to.setOnAction(e -> vm.load());
        Button last3 = quick("measure.accountability.last3Months", Period.LAST_3_MONTHS, "periodLast3");
        Button last12 = quick("measure.accountability.last12Months", Period.LAST_12_MONTHS, "periodLast12");
        Button thisYear = quick("measure.accountability.thisYear", Period.THIS_YEAR, "periodThisYear");
        // The quick choices wrap together onto a second line when the window is narrow.
        javafx.scene.layout.HBox quick = new javafx.scene.layout.HBox(4, last3, last12, thisYear);
        quick.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(10, 8, fromForm.node(), toForm.node(), show, quick);
        bar.setAlignment(Pos.TOP_LEFT);
        bar.setMinWidth(0);
        Label explanation = new Label(i18n.get("measure.accountability.explanation"));
        explanation.setId("accountabilityExplanation");
        explanation.getStyleClass().add("text-muted");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        Label period = new Label();
        period.setId("accountabilityPeriod");
        period.getStyleClass().add("section-title");
        period.textProperty().bind(vm.periodTextProperty());
        VBox top = new VBox(8, bar, explanation, period);
        top.setPadding(new Insets(0, 0, 10, 0));
        return top;
    }

    private Button quick(String key, Period period, String id) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.getStyleClass().add("flat");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> vm.choose(period));
        return b;
    }

    private Node content() {
        TableView<Row> table = new TableView<>();
        table.setId("accountabilityTable");
        table.getStyleClass().addAll("striped", "accountability-table");
        SortedList<Row> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> partner = new TableColumn<>(i18n.get("measure.accountability.col.partner"));
        partner.setId("accPartner");
        partner.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().partner()));
        partner.setPrefWidth(110);
        partner.setComparator(String.CASE_INSENSITIVE_ORDER);
        table.getColumns().add(partner);
        table.getColumns().addAll(List.of(
                number("owned", Row::owned), number("done", Row::done),
                number("notDoneCircumstances", Row::notDoneCircumstancesChanged),
                number("notDonePartner", Row::notDonePartnerDidNotAct), number("overdue", Row::overdue)));
        for (TableColumn<Row, ?> c : table.getColumns()) {
            c.setReorderable(false);
        }
        Label loading = new Label(i18n.get("common.loading"));
        loading.getStyleClass().add("text-muted");
        table.setPlaceholder(loading);

        EmptyState empty = new EmptyState(Material2AL.ASSIGNMENT_TURNED_IN,
                i18n.get("measure.accountability.empty.title"), i18n.get("measure.accountability.empty.text"));
        empty.node().setId("accountabilityEmpty");
        EmptyState error = new EmptyState(Material2AL.ERROR_OUTLINE, i18n.get("measure.overview.error.title"), "");
        error.node().getStyleClass().add("danger");
        error.textLabel().textProperty().bind(vm.messageProperty());
        error.textLabel().setVisible(true);
        error.textLabel().setManaged(true);
        table.visibleProperty().bind(vm.stateProperty().isEqualTo(State.RESULTS)
                .or(vm.stateProperty().isEqualTo(State.LOADING)));
        empty.node().visibleProperty().bind(vm.stateProperty().isEqualTo(State.EMPTY));
        error.node().visibleProperty().bind(vm.stateProperty().isEqualTo(State.ERROR));
        return new StackPane(table, empty.node(), error.node());
    }

    private TableColumn<Row, Number> number(String key, Function<Row, Integer> value) {
        TableColumn<Row, Number> c = new TableColumn<>();
        // Long headers ("niet uitgevoerd -\npartner heeft niet gehandeld") take two lines instead of being cut off.
        Label header = new Label(i18n.get("measure.accountability.col." + key));
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.setMinWidth(Region.USE_PREF_SIZE);
        header.getStyleClass().add("wrapping-header");
        c.setGraphic(header);
        c.setId("acc" + Character.toUpperCase(key.charAt(0)) + key.substring(1));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.getStyleClass().add("numeric");
        c.setPrefWidth(key.startsWith("notDone") ? 210 : 120);
        c.setMinWidth(90);
        return c;
    }

}
