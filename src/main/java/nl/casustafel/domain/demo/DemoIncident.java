package nl.casustafel.domain.demo;

import java.util.List;
import nl.casustafel.domain.incident.IncidentDraft;

/** A generated incident; its draft has no involved persons, those are in {@link #involved()} by member index. */
public record DemoIncident(IncidentDraft draft, List<DemoInvolved> involved) {
    public DemoIncident {
        involved = List.copyOf(involved);
    }
}
