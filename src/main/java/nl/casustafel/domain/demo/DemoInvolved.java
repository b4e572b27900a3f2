package nl.casustafel.domain.demo;

import nl.casustafel.domain.household.PersonRole;

/** A member (index) involved in a generated incident, with their role in it. */
public record DemoInvolved(int memberIndex, PersonRole role) {
}
