package nl.casustafel.domain.incident;

import nl.casustafel.domain.household.PersonRole;

/** A person involved in an incident, with the role they had in it. */
public record InvolvedPerson(long personId, PersonRole role) {
}
