package nl.casustafel.domain.demo;

import nl.casustafel.domain.household.RelationType;

/** A relation between two members (indices into the household's member list). */
public record DemoRelation(int memberA, int memberB, RelationType type) {
}
