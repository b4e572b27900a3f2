package nl.casustafel.domain.demo;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.domain.household.HouseholdDraft;

/**
 * One generated, fictional household. References between its parts are indices into {@link #members()};
 * partners are referred to by catalogue code because ids are only known once stored.
 *
 * @param caseDirectorPartnerCode partner code of the case director, or null when there is none
 *                                (the draft's caseDirectorPartnerId is then ignored)
 * @param lastConferenceOn        when the household was last discussed, or null
 * @param closedOn                when the household was closed, or null while open
 */
public record DemoHousehold(HouseholdDraft household, String caseDirectorPartnerCode, List<DemoMember> members,
                            List<DemoRelation> relations, List<DemoIncident> incidents,
                            List<DemoInvolvement> involvements, LocalDate lastConferenceOn, LocalDate closedOn) {
    public DemoHousehold {
        members = List.copyOf(members);
        relations = List.copyOf(relations);
        incidents = List.copyOf(incidents);
        involvements = List.copyOf(involvements);
    }
}
