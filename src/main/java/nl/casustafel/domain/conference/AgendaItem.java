package nl.casustafel.domain.conference;

import java.util.Objects;

/**
 * One household on a conference's agenda with the assessment made in the meeting: immediate danger (null = not yet
 * asked), the three columns (zorgen / wat gaat goed / wat moet er gebeuren) and the decisions.
 */
public record AgendaItem(long id, int version, long conferenceId, long householdId, int position,
                         AgendaReason reason, int timeBoxMinutes, AgendaItemState state, Boolean immediateDanger,
                         String worries, String goingWell, String mustHappen, String decisions) {

    public AgendaItem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(state, "state");
    }
}
