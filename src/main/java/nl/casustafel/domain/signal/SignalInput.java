package nl.casustafel.domain.signal;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.incident.Incident;

/** Everything the escalation rules look at for one household. */
public record SignalInput(List<Incident> incidents, List<Involvement> involvements, boolean hasCaseDirector,
                          LocalDate lastConferenceOn) {
    public SignalInput {
        incidents = List.copyOf(incidents);
        involvements = List.copyOf(involvements);
    }
}
