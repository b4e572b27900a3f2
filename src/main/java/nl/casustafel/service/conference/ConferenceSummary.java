package nl.casustafel.service.conference;

import java.time.Instant;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.conference.ConferenceType;

/** One row of the conference list. */
public record ConferenceSummary(long id, ConferenceType type, Instant startsAt, String place, String chairName,
                                ConferenceStatus status, int agendaItems) {
}
