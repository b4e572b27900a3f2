package nl.casustafel.service.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.security.AuditEntry;
import nl.casustafel.domain.security.AuditEvent;
import nl.casustafel.domain.security.AuditResult;
import nl.casustafel.store.Transactor;
import nl.casustafel.store.security.JooqAuditStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate every use case passes (ADR 0012): checks that someone is logged in and that the role allows the
 * {@link UseCase}, runs the use case in one transaction and appends its audit entry as the transaction's last
 * statement, so an entry exists exactly when the use case committed. A refused use case leaves a DENIED entry;
 * a use case that fails (conflict, validation inside the transaction, store error) leaves a FAILURE entry after
 * its rollback. Use cases called from within another (minutes reading dossiers) are checked and audited too.
 */
public final class Access {
    private static final Logger LOG = LoggerFactory.getLogger(Access.class);
    private final Transactor tx;
    private final JooqAuditStore audit;
    private final HouseholdScope scope;
    private final String workstation;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final ThreadLocal<UseCase> onBehalfOf = new ThreadLocal<>();
    /** The entries of the outermost use case and those inside it: appended together as its last statements. */
    private final ThreadLocal<List<AuditEvent>> committing = new ThreadLocal<>();
    /** Refusals inside a use case: appended after its rollback, which would otherwise take them along. */
    private final ThreadLocal<List<AuditEvent>> afterRollback = new ThreadLocal<>();
    private volatile Session session;
    private volatile boolean locked;

    public Access(Transactor tx, JooqAuditStore audit, HouseholdScope scope, String workstation) {
        this.tx = tx;
        this.audit = audit;
        this.scope = scope;
        this.workstation = workstation;
    }

    /** The logged-in session, if any. */
    public Optional<Session> current() {
        return Optional.ofNullable(session);
    }

    /** The logged-in session; {@code error.access.signedOut} when nobody is. */
    public Session session() {
        Session s = session;
        if (s == null) {
            throw new DomainException("error.access.signedOut");
        }
        if (locked) {
            throw new DomainException("error.access.locked");
        }
        return s;
    }

    void signIn(Session newSession) {
        this.session = newSession;
    }

    void signOut() {
        this.session = null;
        this.locked = false;
    }

    void lock(boolean lockedNow) {
        this.locked = lockedNow;
    }

    public String workstation() {
        return workstation;
    }

    /**
     * Checks that the session's role allows the use case; a refusal is audited (DENIED) and thrown as
     * {@link AccessDeniedException}.
     */
    public Session require(UseCase useCase) {
        Session s = session();
        if (!useCase.allows(s.role()) && onBehalfOf.get() == null) {
            deny(event(s, useCase, null, AuditResult.DENIED, null));
            throw new AccessDeniedException();
        }
        return s;
    }

    /**
     * For a partner-lezer: refuses (audited, DENIED) a household in which the own partner is not involved today.
     * Every other role passes.
     */
    public void requireHousehold(UseCase useCase, long householdId) {
        Session s = session();
        Long partner = s.readScope();
        if (partner != null && !scope.involves(householdId, partner)) {
            deny(event(s, useCase, Long.toString(householdId), AuditResult.DENIED, null));
            throw new AccessDeniedException();
        }
    }

    /** Runs a use case about one object (id may be null) and returns its result. */
    public <T> T perform(UseCase useCase, Object objectId, Supplier<T> work) {
        return perform(useCase, objectId, null, work);
    }

    /** As {@link #perform(UseCase, Object, Supplier)}, recording the reason the user gave. */
    public <T> T perform(UseCase useCase, Object objectId, String reason, Supplier<T> work) {
        Session s = require(useCase);
        String id = objectId == null ? null : objectId.toString();
        return guarded(s, useCase, id, reason, () -> {
            T result = work.get();
            committing.get().add(event(s, useCase, id, AuditResult.SUCCESS, reason));
            return result;
        });
    }

    /**
     * Runs a use case that is made of other use cases in several transactions (the demo generator plans
     * conferences and agrees measures): the role must allow {@code useCase}; the use cases inside are allowed on
     * its behalf and audited as usual; one entry for {@code useCase} follows when it completed.
     */
    public <T> T onBehalfOf(UseCase useCase, Supplier<T> work) {
        Session s = require(useCase);
        UseCase before = onBehalfOf.get();
        onBehalfOf.set(useCase);
        try {
            T result = work.get();
            appendAlone(event(s, useCase, null, AuditResult.SUCCESS, null));
            return result;
        } catch (RuntimeException e) {
            appendAlone(event(s, useCase, null, AuditResult.FAILURE, null));
            throw e;
        } finally {
            if (before == null) {
                onBehalfOf.remove();
            } else {
                onBehalfOf.set(before);
            }
        }
    }

    /** Runs a use case without a result. */
    public void run(UseCase useCase, Object objectId, Runnable work) {
        run(useCase, objectId, null, work);
    }

    /** Runs a use case without a result, recording the reason the user gave. */
    public void run(UseCase useCase, Object objectId, String reason, Runnable work) {
        perform(useCase, objectId, reason, () -> {
            work.run();
            return null;
        });
    }

    /** Runs a use case that creates an object; the audit entry names the new id. */
    public long create(UseCase useCase, LongSupplier work) {
        Session s = require(useCase);
        return guarded(s, useCase, null, null, () -> {
            long id = work.getAsLong();
            committing.get().add(event(s, useCase, Long.toString(id), AuditResult.SUCCESS, null));
            return id;
        });
    }

    /**
     * Runs the work in one transaction. The outermost use case appends every collected entry (those of use cases
     * inside it first) as the transaction's last statements, so the audit head is locked only for that moment;
     * after a rollback it appends the refusals made inside it and its own FAILURE (not for a refusal).
     */
    private <T> T guarded(Session s, UseCase useCase, String id, String reason, Supplier<T> work) {
        boolean outermost = depth.get() == 0;
        if (outermost) {
            committing.set(new ArrayList<>());
            afterRollback.set(new ArrayList<>());
        }
        depth.set(depth.get() + 1);
        try {
            return tx.inTransaction(() -> {
                T result = work.get();
                if (outermost) {
                    committing.get().forEach(audit::append);
                }
                return result;
            });
        } catch (RuntimeException e) {
            if (outermost) {
                afterRollback.get().forEach(this::appendAlone);
                if (!(e instanceof AccessDeniedException)) {
                    appendAlone(event(s, useCase, id, AuditResult.FAILURE, reason));
                }
            }
            throw e;
        } finally {
            depth.set(depth.get() - 1);
            if (outermost) {
                committing.remove();
                afterRollback.remove();
            }
        }
    }

    /** A refusal: appended now, or after the rollback of the use case it happened in. */
    private void deny(AuditEvent event) {
        List<AuditEvent> later = afterRollback.get();
        if (depth.get() > 0 && later != null) {
            later.add(event);
        } else {
            appendAlone(event);
        }
    }

    /** Appends an event outside any use case (login, logout, refusals); a failure to append is logged. */
    public Optional<AuditEntry> appendAlone(AuditEvent event) {
        try {
            return Optional.of(audit.append(event));
        } catch (RuntimeException e) {
            LOG.error("Audit entry for {} {} could not be written ({})", event.action(), event.objectType(),
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }


    AuditEvent accountEvent(Session s, nl.casustafel.domain.security.AuditAction action) {
        return new AuditEvent(s.userName(), s.role(), action, "account", Long.toString(s.accountId()),
                AuditResult.SUCCESS, workstation, null);
    }

    AuditEvent event(Session s, UseCase useCase, String id, AuditResult result, String reason) {
        return new AuditEvent(s.userName(), s.role(), useCase.action(), useCase.objectType(), id, result,
                workstation, reason);
    }
}
