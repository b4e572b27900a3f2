package nl.casustafel.service.conference;

import java.util.List;
import nl.casustafel.domain.conference.Amendment;
import nl.casustafel.domain.conference.Attendee;
import nl.casustafel.domain.conference.Conference;
import nl.casustafel.domain.partner.Partner;

/** A conference with invited partners, attendees, the agenda in order and the amendments made after closing. */
public record ConferenceDetail(Conference conference, List<Partner> invitedPartners, List<Attendee> attendees,
                               List<AgendaEntry> agenda, List<Amendment> amendments) {
    public ConferenceDetail {
        invitedPartners = List.copyOf(invitedPartners);
        attendees = List.copyOf(attendees);
        agenda = List.copyOf(agenda);
        amendments = List.copyOf(amendments);
    }
}
