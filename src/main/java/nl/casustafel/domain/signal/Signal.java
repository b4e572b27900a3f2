package nl.casustafel.domain.signal;

import java.time.LocalDate;
import java.util.List;

/**
 * A signal that fired, with why: the incidents (ids and dates) it is based on and a count
 * (number of incidents, agencies...). The UI turns type + evidence into a sentence. A measure-based signal
 * carries the measures in {@code measureIds} and their deadlines in {@code dates}; its {@code incidentIds} is empty.
 */
public record Signal(SignalType type, List<Long> incidentIds, List<LocalDate> dates, int count,
                     List<Long> measureIds) {
    public Signal {
        incidentIds = List.copyOf(incidentIds);
        dates = List.copyOf(dates);
        measureIds = List.copyOf(measureIds);
    }

    /** A signal based on incidents (or on nothing listable, like the number of agencies). */
    public Signal(SignalType type, List<Long> incidentIds, List<LocalDate> dates, int count) {
        this(type, incidentIds, dates, count, List.of());
    }
}
