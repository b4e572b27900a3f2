package nl.casustafel.ui.conference;

import javafx.stage.Window;
import nl.casustafel.service.conference.AgendaItemDetail;

/** Opens the measure dialog for a new measure agreed in an agenda item (provided by the measure feature). */
@FunctionalInterface
public interface MeasureEditor {

    /** Shows the dialog modal to {@code owner}; runs {@code afterSave} when a measure was saved. */
    void createFor(Window owner, AgendaItemDetail item, Runnable afterSave);
}
