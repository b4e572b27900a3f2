package nl.casustafel.service.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.common.Text;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.retention.DestructionCandidate;
import nl.casustafel.domain.retention.DestructionRequest;
import nl.casustafel.domain.retention.DestructionStatus;
import nl.casustafel.domain.retention.RetentionTerm;
import nl.casustafel.service.security.Access;
import nl.casustafel.service.security.Session;
import nl.casustafel.service.security.UseCase;
import nl.casustafel.store.retention.JooqRetentionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Retention through {@link Access}: every method is a checked, audited use case for administrators. */
public final class DefaultRetentionService implements RetentionService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultRetentionService.class);
    static final int MAX_REASON = 500;
    private static final String RECORD_TYPE = "[A-Z_]{1,30}";

    private final Access access;
    private final JooqRetentionStore store;
    private final Clock clock;

    public DefaultRetentionService(Access access, JooqRetentionStore store, Clock clock) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<RetentionTerm> terms() {
        return access.perform(UseCase.RETENTION_VIEW, null, store::terms);
    }

    @Override
    public void setTerm(String recordType, int months) {
        access.require(UseCase.RETENTION_CONFIGURE);
        List<FieldError> errors = new ArrayList<>();
        if (recordType == null || !recordType.matches(RECORD_TYPE)) {
            errors.add(FieldError.of("recordType", "validation.required"));
        }
        if (months < RetentionTerm.MIN_MONTHS || months > RetentionTerm.MAX_MONTHS) {
            errors.add(FieldError.of("months", "validation.retention.months", RetentionTerm.MIN_MONTHS,
                    RetentionTerm.MAX_MONTHS));
        }
        ValidationException.throwIfAny(errors);
        access.run(UseCase.RETENTION_CONFIGURE, recordType, () -> store.setTerm(recordType, months, clock.instant()));
    }

    @Override
    public List<DestructionCandidate> candidates() {
        return access.perform(UseCase.RETENTION_VIEW, null, () -> {
            int months = householdMonths();
            LocalDate today = DomainTime.today(clock);
            List<DestructionCandidate> out = new ArrayList<>();
            for (var row : store.closedHouseholds(RetentionTerm.queryCutoff(months, today), today.minusMonths(months))) {
                LocalDate closedOn = row.value2();
                if (closedOn != null && RetentionTerm.isDue(closedOn, months, today)) {
                    out.add(new DestructionCandidate(row.value1(), closedOn, closedOn.plusMonths(months).plusDays(1)));
                }
            }
            return out;
        });
    }

    @Override
    public List<DestructionRequest> requests() {
        return access.perform(UseCase.RETENTION_VIEW, null, store::requests);
    }

    @Override
    public long propose(long householdId, String reason) {
        access.require(UseCase.DESTRUCTION_PROPOSE);
        String text = checkedReason(reason);
        return access.create(UseCase.DESTRUCTION_PROPOSE, () -> {
            Session session = access.session();
            requireDue(householdId);
            if (store.hasOpenRequest(householdId)) {
                throw new DomainException("error.retention.alreadyProposed");
            }
            return store.insertRequest(householdId, session.userName(), text, clock.instant());
        });
    }

    @Override
    public void approve(long requestId) {
        access.run(UseCase.DESTRUCTION_APPROVE, requestId, () -> {
            Session session = access.session();
            DestructionRequest request = store.requestForUpdate(requestId);
            if (request.status() != DestructionStatus.PROPOSED) {
                throw new DomainException("error.retention.decided");
            }
            if (request.requestedBy().equals(session.userName())) {
                throw new DomainException("error.retention.sameAccount");
            }
            // Four eyes means two people: an account made after the proposal (by the proposer, say) may not
            // approve it.
            if (store.accountCreatedAt(session.userName()).map(at -> at.isAfter(request.requestedAt()))
                    .orElse(true)) {
                throw new DomainException("error.retention.newAccount");
            }
            if (request.householdId() == null) {
                throw new DomainException("error.retention.decided");
            }
            requireDue(request.householdId());
            int persons = store.destroyHousehold(request.householdId());
            // The request row lost its household id with the household (ON DELETE SET NULL).
            store.decide(requestId, request.version(), DestructionStatus.APPROVED, session.userName(), null,
                    clock.instant());
            LOG.info("Destruction request {} approved: one household and {} persons destroyed", requestId, persons);
        });
    }

    @Override
    public void reject(long requestId, String reason) {
        access.require(UseCase.DESTRUCTION_REJECT);
        String text = checkedReason(reason);
        access.run(UseCase.DESTRUCTION_REJECT, requestId, () -> {
            DestructionRequest request = store.requestForUpdate(requestId);
            if (request.status() != DestructionStatus.PROPOSED) {
                throw new DomainException("error.retention.decided");
            }
            store.decide(requestId, request.version(), DestructionStatus.REJECTED, access.session().userName(), text,
                    clock.instant());
        });
    }

    private int householdMonths() {
        return store.months(RetentionTerm.HOUSEHOLD).orElseThrow(
                () -> new DomainException("error.retention.noTerm"));
    }

    /** The household exists, is closed and is past its term today. */
    private void requireDue(long householdId) {
        var status = store.householdStatus(householdId)
                .orElseThrow(() -> new NotFoundException("entity.household", householdId));
        LocalDate closedOn = status.value2();
        if (!"CLOSED".equals(status.value1()) || closedOn == null
                || !RetentionTerm.isDue(closedOn, householdMonths(), DomainTime.today(clock))) {
            throw new DomainException("error.retention.notDue");
        }
    }

    private static String checkedReason(String reason) {
        String text = Text.trimToNull(reason);
        if (text != null && text.length() > MAX_REASON) {
            throw new ValidationException(List.of(FieldError.of("reason", "validation.tooLong", MAX_REASON)));
        }
        return text;
    }
}
