package nl.casustafel.service.household;

import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.household.PersonRole;

/** Another household a person belongs to, with the role they have there. */
public record HouseholdRef(long householdId, String name, HouseholdStatus status, PersonRole role) {
}
