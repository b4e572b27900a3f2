package nl.casustafel.ui.shell;

import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * What the shell needs from the household feature (implemented in ui.household): the dossier view of one
 * household and the dialog to create one. The shell calls both on the FX thread; implementations load their
 * data through the UiExecutor and never block. Wired in one place: {@link MainWindow#MainWindow(
 * nl.casustafel.app.AppContext, nl.casustafel.ui.common.I18n, nl.casustafel.ui.common.UiExecutor)}.
 */
public interface HouseholdPages {

    /** The household view for one household, as a node for the content area; backToList returns to the list. */
    Node open(long householdId, Runnable backToList);

    /** Shows the create dialog (modal to owner); returns the new household's id when saved, empty when cancelled. */
    Optional<Long> createHousehold(Window owner);
}
