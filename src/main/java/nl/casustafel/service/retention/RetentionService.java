package nl.casustafel.service.retention;

import java.util.List;
import nl.casustafel.domain.retention.DestructionCandidate;
import nl.casustafel.domain.retention.DestructionRequest;
import nl.casustafel.domain.retention.RetentionTerm;

/**
 * Retention (ADR 0014): terms per record type, proposals to destroy closed households past their term, and the
 * destruction itself, which a second administrator approves. Administrators only.
 */
public interface RetentionService {
    /** The terms per record type. */
    List<RetentionTerm> terms();

    /** Sets the term of a record type ({@value RetentionTerm#MIN_MONTHS} to {@value RetentionTerm#MAX_MONTHS} months). */
    void setTerm(String recordType, int months);

    /**
     * Closed households whose last closing decision is longer ago than the household term (today by the service
     * clock), without an open request, oldest first.
     */
    List<DestructionCandidate> candidates();

    /** Every request, newest first. */
    List<DestructionRequest> requests();

    /** Proposes to destroy a household that is due; returns the request id. */
    long propose(long householdId, String reason);

    /**
     * Approves a request: refused for the account that proposed it ({@code error.retention.sameAccount}); the
     * household must still be closed and past its term ({@code error.retention.notDue}). Destroys the household and
     * everything of it in one transaction; the audit entry names only the request.
     */
    void approve(long requestId);

    /** Rejects a request (any administrator, also the proposer: withdrawing is allowed). */
    void reject(long requestId, String reason);
}
