package nl.casustafel.ui.shell;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.ui.common.EmptyState;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Icons;
import nl.casustafel.ui.common.UiExecutor;
import org.kordamp.ikonli.material2.Material2AL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for the household feature until ui.household is merged: a page with the household's name and
 * address, and the create dialog of {@link HouseholdFormDialog}.
 */
public final class TemporaryHouseholdPages implements HouseholdPages {
    private static final Logger LOG = LoggerFactory.getLogger(TemporaryHouseholdPages.class);
    private final ShellServices ctx;
    private final I18n i18n;
    private final UiExecutor executor;

    public TemporaryHouseholdPages(ShellServices ctx, I18n i18n, UiExecutor executor) {
        this.ctx = ctx;
        this.i18n = i18n;
        this.executor = executor;
    }

    @Override
    public Node open(long householdId, Runnable backToList) {
        Button back = new Button(i18n.get("shell.household.back"), Icons.of(Material2AL.ARROW_BACK));
        back.setId("backToList");
        back.setMnemonicParsing(true);
        back.getStyleClass().add("flat");
        back.setOnAction(e -> backToList.run());
        Label name = new Label(i18n.get("common.loading"));
        name.setId("householdName");
        name.getStyleClass().add("page-title");
        Label address = new Label();
        address.getStyleClass().add("text-muted");
        VBox header = new VBox(4, new HBox(back), name, address);
        header.getStyleClass().add("page-header");
        EmptyState pending = new EmptyState(Material2AL.CONSTRUCTION, i18n.get("shell.household.pending.title"),
                i18n.get("shell.household.pending.text"));
        BorderPane page = new BorderPane(pending.node());
        page.setTop(header);
        page.setId("householdPage");
        BorderPane.setAlignment(pending.node(), Pos.CENTER);
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || (e.getCode() == KeyCode.LEFT && e.isAltDown())) {
                backToList.run();
                e.consume();
            }
        });
        executor.submit(() -> ctx.households().open(householdId), dossier -> {
            name.setText(dossier.household().name());
            address.setText(dossier.household().address().display());
        }, failure -> {
            if (!(failure instanceof DomainException)) {
                LOG.error("Opening household {} failed", householdId, failure);
            }
            name.setText(i18n.error(failure));
        });
        return page;
    }

    @Override
    public Optional<Long> createHousehold(Window owner) {
        HouseholdFormViewModel vm = new HouseholdFormViewModel(ctx.households(), ctx.partners(), executor, i18n,
                ctx.clock());
        return new HouseholdFormDialog(vm, i18n, owner).showAndWait();
    }
}
