package nl.casustafel.domain.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.casustafel.domain.common.DomainTime;

/** A case conference (casusoverleg). Instants are UTC; {@link #date()} is the day in Europe/Amsterdam. */
public record Conference(long id, int version, ConferenceType type, Instant startsAt, int durationMinutes,
                         String place, String chairName, Long chairPartnerId, String minuteTakerName,
                         ConferenceStatus status, Long sourceIncidentId, Instant startedAt, Instant closedAt) {

    public Conference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(status, "status");
    }

    public LocalDate date() {
        return DomainTime.dateOf(startsAt);
    }

    /** Closed conferences are locked: corrections are recorded amendments. */
    public boolean isClosed() {
        return status == ConferenceStatus.CLOSED;
    }
}
