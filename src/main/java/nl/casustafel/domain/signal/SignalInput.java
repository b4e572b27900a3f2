package nl.casustafel.domain.signal;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.measure.Measure;

/** Everything the escalation rules look at for one household. */
public record SignalInput(List<Incident> incidents, List<Involvement> involvements, boolean hasCaseDirector,
                          LocalDate lastConferenceOn, List<Measure> measures) {
    public SignalInput {
        incidents = List.copyOf(incidents);
        involvements = List.copyOf(involvements);
        measures = List.copyOf(measures);
    }

    /** Without measures: only the incident- and involvement-based rules can fire. */
    public SignalInput(List<Incident> incidents, List<Involvement> involvements, boolean hasCaseDirector,
                       LocalDate lastConferenceOn) {
        this(incidents, involvements, hasCaseDirector, lastConferenceOn, List.of());
    }
}
