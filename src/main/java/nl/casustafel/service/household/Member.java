package nl.casustafel.service.household;

import java.util.List;
import nl.casustafel.domain.household.Membership;
import nl.casustafel.domain.household.Person;

/** A person in this household, with their membership and the other households they belong to. */
public record Member(Membership membership, Person person, List<HouseholdRef> otherHouseholds) {
    public Member {
        otherHouseholds = List.copyOf(otherHouseholds);
    }
}
