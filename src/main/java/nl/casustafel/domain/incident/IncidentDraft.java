package nl.casustafel.domain.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.Text;

/** What a user fills in for an incident. Date and time are local (Europe/Amsterdam). */
public record IncidentDraft(LocalDate date, LocalTime time, IncidentType type, Severity severity,
                            String registrationNumber, IncidentSource source, String description,
                            Set<RiskMarker> riskMarkers, List<InvolvedPerson> involved) {

    public static final String DATE = "date";
    public static final String TIME = "time";
    public static final String TYPE = "type";
    public static final String SEVERITY = "severity";
    public static final String SOURCE = "source";
    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String INVOLVED = "involved";
    public static final String DESCRIPTION = "description";

    public IncidentDraft {
        riskMarkers = riskMarkers == null ? Set.of() : Set.copyOf(riskMarkers);
        involved = involved == null ? List.of() : List.copyOf(involved);
    }

    public List<FieldError> validate(Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(FieldError.of(DATE, "validation.required"));
        } else if (occurredAt().isAfter(now)) {
            errors.add(FieldError.of(date.isAfter(DomainTime.dateOf(now)) ? DATE : TIME, "validation.dateInFuture"));
        }
        if (type == null) {
            errors.add(FieldError.of(TYPE, "validation.required"));
        }
        if (severity == null) {
            errors.add(FieldError.of(SEVERITY, "validation.required"));
        }
        if (source == null) {
            errors.add(FieldError.of(SOURCE, "validation.required"));
        }
        if (Text.isLongerThan(registrationNumber, 40)) {
            errors.add(FieldError.of(REGISTRATION_NUMBER, "validation.tooLong", 40));
        }
        if (Text.isLongerThan(description, 8000)) {
            errors.add(FieldError.of(DESCRIPTION, "validation.tooLong", 8000));
        }
        if (involved.stream().anyMatch(p -> p.role() == null)) {
            errors.add(FieldError.of(INVOLVED, "validation.required"));
        } else if (involved.stream().map(InvolvedPerson::personId).distinct().count() != involved.size()) {
            errors.add(FieldError.of(INVOLVED, "validation.duplicatePerson"));
        }
        return errors;
    }

    /** The moment as a UTC instant; a missing time counts as midnight. */
    public Instant occurredAt() {
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(DomainTime.ZONE).toInstant();
    }

    public static IncidentDraft of(Incident i) {
        var local = i.occurredAt().atZone(DomainTime.ZONE);
        return new IncidentDraft(local.toLocalDate(), local.toLocalTime(), i.type(), i.severity(),
                i.registrationNumber(), i.source(), i.description(), i.riskMarkers(), i.involved());
    }
}
