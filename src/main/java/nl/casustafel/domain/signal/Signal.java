package nl.casustafel.domain.signal;

import java.time.LocalDate;
import java.util.List;

/**
 * A signal that fired, with why: the incidents (ids and dates) it is based on and a count
 * (number of incidents, agencies...). The UI turns type + evidence into a sentence.
 */
public record Signal(SignalType type, List<Long> incidentIds, List<LocalDate> dates, int count) {
    public Signal {
        incidentIds = List.copyOf(incidentIds);
        dates = List.copyOf(dates);
    }
}
