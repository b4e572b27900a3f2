package nl.casustafel.domain.household;

/** Kind of relation drawn in the genogram. For PARENT_CHILD, person A is the parent. */
public enum RelationType {
    PARTNER, EX_PARTNER, PARENT_CHILD, SIBLING, OTHER
}
