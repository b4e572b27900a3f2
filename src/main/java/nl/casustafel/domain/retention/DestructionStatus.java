package nl.casustafel.domain.retention;

/** The state of a destruction request: proposed by one administrator, approved or rejected by another. */
public enum DestructionStatus {
    PROPOSED, APPROVED, REJECTED
}
