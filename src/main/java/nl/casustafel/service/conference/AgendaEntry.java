package nl.casustafel.service.conference;

import nl.casustafel.domain.conference.AgendaItem;

/** An agenda item with its household's name and how many of its measures are open (carried over). */
public record AgendaEntry(AgendaItem item, String householdName, int openMeasures) {
}
