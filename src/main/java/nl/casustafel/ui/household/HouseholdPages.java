package nl.casustafel.ui.household;

import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * What the main window needs from the household feature. Temporary copy of the shell's interface
 * (the integrator unifies the two).
 */
public interface HouseholdPages {
    /** The household view for one household, as a node for the content area; backToList returns to the list. */
    Node open(long householdId, Runnable backToList);

    /** Shows the create dialog; returns the new id when saved. */
    Optional<Long> createHousehold(Window owner);
}
