package nl.casustafel.domain.household;

/** A relation between two persons. For PARENT_CHILD, A is the parent and B the child. */
public record Relation(long id, long personAId, long personBId, RelationType type) {

    public boolean involves(long personId) {
        return personAId == personId || personBId == personId;
    }
}
