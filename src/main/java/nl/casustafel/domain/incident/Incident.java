package nl.casustafel.domain.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.casustafel.domain.common.DomainTime;

/** An incident (melding) in a household. {@code occurredAt} is a UTC instant. */
public record Incident(long id, int version, long householdId, Instant occurredAt, IncidentType type,
                       Severity severity, String registrationNumber, IncidentSource source, String description,
                       Set<RiskMarker> riskMarkers, List<InvolvedPerson> involved) {

    public Incident {
        riskMarkers = riskMarkers == null || riskMarkers.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(riskMarkers));
        involved = involved == null ? List.of() : List.copyOf(involved);
    }

    public boolean has(RiskMarker marker) {
        return riskMarkers.contains(marker);
    }

    public boolean childrenPresent() {
        return has(RiskMarker.CHILDREN_PRESENT);
    }

    /** The day it happened in Europe/Amsterdam. */
    public LocalDate date() {
        return DomainTime.dateOf(occurredAt);
    }
}
