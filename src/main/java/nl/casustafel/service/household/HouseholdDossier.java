package nl.casustafel.service.household;

import java.util.List;
import java.util.Optional;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.household.HouseholdStatusChange;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.household.Relation;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.domain.signal.Signal;

/**
 * Everything the household view shows, read in one transaction: members, relations among them,
 * incidents (newest first), involvements, active signals with their reasons, status history and
 * the partner catalogue entries referred to.
 */
public record HouseholdDossier(Household household, List<Member> members, List<Relation> relations,
                               List<Incident> incidents, List<Involvement> involvements, List<Signal> signals,
                               List<HouseholdStatusChange> statusChanges, List<Partner> partners) {
    public HouseholdDossier {
        members = List.copyOf(members);
        relations = List.copyOf(relations);
        incidents = List.copyOf(incidents);
        involvements = List.copyOf(involvements);
        signals = List.copyOf(signals);
        statusChanges = List.copyOf(statusChanges);
        partners = List.copyOf(partners);
    }

    public Optional<Partner> partner(long partnerId) {
        return partners.stream().filter(p -> p.id() == partnerId).findFirst();
    }

    public Optional<Member> member(long personId) {
        return members.stream().filter(m -> m.person().id() == personId).findFirst();
    }
}
