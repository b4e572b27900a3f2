package nl.casustafel.domain.measure;

import java.time.LocalDate;

/** One entry of a measure's follow-up history; {@code agendaItemId} is where it was decided (may be null). */
public record MeasureEvent(long id, long measureId, Long agendaItemId, MeasureEventKind kind, MeasureStatus oldStatus,
                           MeasureStatus newStatus, LocalDate oldDeadline, LocalDate newDeadline, String note,
                           LocalDate occurredOn) {
}
