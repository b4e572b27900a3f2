package nl.casustafel.service.household;

import java.util.List;
import nl.casustafel.domain.household.Person;

/** A person found when adding an existing person to a household, with the households they are in. */
public record PersonMatch(Person person, List<HouseholdRef> households) {
    public PersonMatch {
        households = List.copyOf(households);
    }
}
