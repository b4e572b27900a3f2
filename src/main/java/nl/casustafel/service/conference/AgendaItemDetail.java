package nl.casustafel.service.conference;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.domain.conference.AgendaItem;
import nl.casustafel.domain.conference.Conference;
import nl.casustafel.domain.conference.SafetyScore;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.household.Member;

/**
 * Everything the meeting mode shows for one agenda item. {@code lastDiscussedOn} is the date of the latest closed
 * conference before this one that discussed the household (null if never); {@code newIncidents} are the incidents
 * after that date (all, when never discussed), newest first. {@code scoringPartners} are the partners whose people
 * attend (or, before attendance is recorded, the invited partners): the rows of the safety scale. Measures come
 * from {@link nl.casustafel.service.measure.MeasureService#forHousehold(long)}.
 */
public record AgendaItemDetail(AgendaItem item, Conference conference, Household household, List<Member> members,
                               LocalDate lastDiscussedOn, List<Incident> newIncidents, List<SafetyScore> scores,
                               List<Partner> scoringPartners) {
    public AgendaItemDetail {
        members = List.copyOf(members);
        newIncidents = List.copyOf(newIncidents);
        scores = List.copyOf(scores);
        scoringPartners = List.copyOf(scoringPartners);
    }
}
