package nl.casustafel.domain.conference;

import java.time.Instant;

/** A recorded correction to a closed conference: why, and what changed (never personal content). */
public record Amendment(long id, long conferenceId, Long agendaItemId, Long measureId, String reason,
                        String changeSummary, Instant madeAt) {
}
