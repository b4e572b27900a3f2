package nl.casustafel.service.security;

import static nl.casustafel.domain.security.Role.ADMINISTRATOR;
import static nl.casustafel.domain.security.Role.CHAIR;
import static nl.casustafel.domain.security.Role.PARTNER_READER;
import static nl.casustafel.domain.security.Role.SPECIALIST;

import java.util.EnumSet;
import java.util.Set;
import nl.casustafel.domain.security.AuditAction;
import nl.casustafel.domain.security.Role;

/**
 * Every use case the services offer, with the roles that may perform it and what the audit trail records for it
 * (ADR 0012). This table is the authorisation policy: each service method checks its use case before it touches
 * the store, and {@code AuthorisationMatrixTest} calls every use case as every role.
 * <p>
 * In short: the beheerder keeps accounts, partners, retention, backups and the audit trail but reads no dossier;
 * the specialist keeps dossiers, incidents and measures; the voorzitter prepares and chairs conferences, agrees
 * measures and approves and signs minutes, and reads the dossiers on the agenda; the partner-lezer only reads the
 * dossiers of households in which the own organisation is involved.
 */
public enum UseCase {
    // Households and their dossiers.
    HOUSEHOLD_SEARCH(AuditAction.SEARCH, "household", SPECIALIST, CHAIR, PARTNER_READER),
    HOUSEHOLD_OPEN(AuditAction.READ, "household", SPECIALIST, CHAIR, PARTNER_READER),
    HOUSEHOLD_CREATE(AuditAction.CREATE, "household", SPECIALIST),
    /** The voorzitter records the case director and the phase agreed in the meeting (MeetingViewModel). */
    HOUSEHOLD_UPDATE(AuditAction.UPDATE, "household", SPECIALIST, CHAIR),
    /** The voorzitter closes (afschalen) a household when the meeting decides so. */
    HOUSEHOLD_CLOSE(AuditAction.UPDATE, "household", SPECIALIST, CHAIR),
    HOUSEHOLD_REOPEN(AuditAction.UPDATE, "household", SPECIALIST),
    /** Audited with the household's id. */
    MEMBER_ADD(AuditAction.CREATE, "household", SPECIALIST),
    PERSON_UPDATE(AuditAction.UPDATE, "person", SPECIALIST),
    MEMBERSHIP_UPDATE(AuditAction.UPDATE, "membership", SPECIALIST),
    MEMBERSHIP_REMOVE(AuditAction.DELETE, "membership", SPECIALIST),
    PERSON_FIND(AuditAction.SEARCH, "person", SPECIALIST),
    RELATION_ADD(AuditAction.CREATE, "relation", SPECIALIST),
    RELATION_REMOVE(AuditAction.DELETE, "relation", SPECIALIST),
    INCIDENT_ADD(AuditAction.CREATE, "incident", SPECIALIST),
    INCIDENT_UPDATE(AuditAction.UPDATE, "incident", SPECIALIST),
    INVOLVEMENT_ADD(AuditAction.CREATE, "involvement", SPECIALIST),
    INVOLVEMENT_UPDATE(AuditAction.UPDATE, "involvement", SPECIALIST),
    /** Recomputes escalation signals that aged (start-up maintenance; nothing is disclosed). */
    SIGNALS_REFRESH(AuditAction.UPDATE, "signals", SPECIALIST, CHAIR, PARTNER_READER, ADMINISTRATOR),
    /** "Wie heeft dit dossier gezien": the audit entries of one household. */
    HOUSEHOLD_AUDIT(AuditAction.READ, "household_audit", SPECIALIST, CHAIR, ADMINISTRATOR),

    // Measures.
    MEASURE_ADD(AuditAction.CREATE, "measure", SPECIALIST, CHAIR),
    MEASURE_UPDATE(AuditAction.UPDATE, "measure", SPECIALIST, CHAIR),
    MEASURE_AMEND(AuditAction.UPDATE, "measure", CHAIR),
    MEASURE_STATUS(AuditAction.UPDATE, "measure", SPECIALIST, CHAIR),
    MEASURE_EXTEND(AuditAction.UPDATE, "measure", SPECIALIST, CHAIR),
    MEASURE_REMOVE(AuditAction.DELETE, "measure", SPECIALIST, CHAIR),
    MEASURE_LIST(AuditAction.READ, "household", SPECIALIST, CHAIR, PARTNER_READER),
    MEASURE_HISTORY(AuditAction.READ, "measure", SPECIALIST, CHAIR, PARTNER_READER),
    MEASURE_MATRIX(AuditAction.READ, "household", SPECIALIST, CHAIR, PARTNER_READER),
    MEASURE_OVERVIEW(AuditAction.SEARCH, "measure", SPECIALIST, CHAIR),
    MEASURE_EXPORT(AuditAction.EXPORT, "measure", SPECIALIST, CHAIR),
    MEASURE_ACCOUNTABILITY(AuditAction.READ, "partner_accountability", SPECIALIST, CHAIR),

    // Conferences.
    CONFERENCE_LIST(AuditAction.SEARCH, "conference", SPECIALIST, CHAIR),
    CONFERENCE_OPEN(AuditAction.READ, "conference", SPECIALIST, CHAIR),
    CONFERENCE_PLAN(AuditAction.CREATE, "conference", CHAIR),
    CONFERENCE_UPDATE(AuditAction.UPDATE, "conference", CHAIR),
    CONFERENCE_DELETE(AuditAction.DELETE, "conference", CHAIR),
    /** Samen op in Acuut from an incident: the specialist who sees the incident may call it. */
    CONFERENCE_ACUTE(AuditAction.CREATE, "conference", SPECIALIST, CHAIR),
    ATTENDEE_ADD(AuditAction.CREATE, "attendee", CHAIR),
    ATTENDEE_UPDATE(AuditAction.UPDATE, "attendee", CHAIR),
    ATTENDEE_REMOVE(AuditAction.DELETE, "attendee", CHAIR),
    AGENDA_SUGGEST(AuditAction.SEARCH, "conference", CHAIR),
    AGENDA_ADD(AuditAction.CREATE, "agenda_item", CHAIR),
    AGENDA_UPDATE(AuditAction.UPDATE, "agenda_item", CHAIR),
    AGENDA_MOVE(AuditAction.UPDATE, "agenda_item", CHAIR),
    AGENDA_REMOVE(AuditAction.DELETE, "agenda_item", CHAIR),
    CONFERENCE_START(AuditAction.UPDATE, "conference", CHAIR),
    AGENDA_ITEM_OPEN(AuditAction.READ, "agenda_item", SPECIALIST, CHAIR),
    ASSESSMENT_SAVE(AuditAction.UPDATE, "agenda_item", CHAIR),
    AGENDA_ITEM_STATE(AuditAction.UPDATE, "agenda_item", CHAIR),
    CONFERENCE_CLOSE(AuditAction.UPDATE, "conference", CHAIR),
    ASSESSMENT_AMEND(AuditAction.UPDATE, "agenda_item", CHAIR),

    // Minutes.
    MINUTES_OVERVIEW(AuditAction.READ, "conference", SPECIALIST, CHAIR),
    MINUTES_CONCEPT(AuditAction.CREATE, "minutes", CHAIR),
    MINUTES_CORRECTION(AuditAction.CREATE, "minutes", CHAIR),
    MINUTES_PREVIEW(AuditAction.READ, "minutes", SPECIALIST, CHAIR),
    MINUTES_APPROVE(AuditAction.UPDATE, "minutes", CHAIR),
    MINUTES_REOPEN(AuditAction.UPDATE, "minutes", CHAIR),
    MINUTES_SIGN(AuditAction.SIGN, "minutes", CHAIR),
    MINUTES_COPY(AuditAction.SIGN, "minutes", CHAIR),
    MINUTES_COPY_READ(AuditAction.READ, "minutes_copy", CHAIR),
    MINUTES_SAVE(AuditAction.EXPORT, "minutes_copy", CHAIR),
    MINUTES_PRINT(AuditAction.PRINT, "minutes_copy", CHAIR),
    MINUTES_SEND(AuditAction.EXPORT, "minutes_copy", CHAIR),
    /** Checks a PDF file: reads nothing from the store but the hashes of its copies. */
    MINUTES_VERIFY(AuditAction.READ, "minutes_file", ADMINISTRATOR, CHAIR, SPECIALIST, PARTNER_READER),

    // Partner catalogue and preferences.
    PARTNER_LIST(AuditAction.READ, "partner", ADMINISTRATOR, CHAIR, SPECIALIST, PARTNER_READER),
    PARTNER_CREATE(AuditAction.CREATE, "partner", ADMINISTRATOR),
    PARTNER_UPDATE(AuditAction.UPDATE, "partner", ADMINISTRATOR),
    SETTING_READ(AuditAction.READ, "setting", ADMINISTRATOR, CHAIR, SPECIALIST, PARTNER_READER),
    SETTING_WRITE(AuditAction.UPDATE, "setting", ADMINISTRATOR, CHAIR, SPECIALIST, PARTNER_READER),
    /** Settings that protect the store for everyone (keys "security.*", such as the idle lock): audited. */
    SECURITY_SETTING_WRITE(AuditAction.UPDATE, "setting", ADMINISTRATOR),
    DEMO_GENERATE(AuditAction.CREATE, "demo", ADMINISTRATOR),

    // Accounts, the audit trail, retention and backups.
    ACCOUNT_LIST(AuditAction.READ, "account", ADMINISTRATOR),
    ACCOUNT_CREATE(AuditAction.CREATE, "account", ADMINISTRATOR),
    ACCOUNT_UPDATE(AuditAction.UPDATE, "account", ADMINISTRATOR),
    ACCOUNT_RESET_PASSWORD(AuditAction.UPDATE, "account", ADMINISTRATOR),
    /** Every account changes its own password. */
    PASSWORD_CHANGE(AuditAction.UPDATE, "account", ADMINISTRATOR, CHAIR, SPECIALIST, PARTNER_READER),
    AUDIT_VIEW(AuditAction.READ, "audit", ADMINISTRATOR),
    AUDIT_VERIFY(AuditAction.READ, "audit", ADMINISTRATOR),
    RETENTION_VIEW(AuditAction.READ, "retention", ADMINISTRATOR),
    RETENTION_CONFIGURE(AuditAction.UPDATE, "retention", ADMINISTRATOR),
    DESTRUCTION_PROPOSE(AuditAction.CREATE, "destruction", ADMINISTRATOR),
    DESTRUCTION_APPROVE(AuditAction.DELETE, "destruction", ADMINISTRATOR),
    DESTRUCTION_REJECT(AuditAction.UPDATE, "destruction", ADMINISTRATOR),
    /** A backup copies everything, encrypted with the store key: made on exit by whoever works. */
    BACKUP_CREATE(AuditAction.EXPORT, "backup", ADMINISTRATOR, CHAIR, SPECIALIST, PARTNER_READER),
    BACKUP_LIST(AuditAction.READ, "backup", ADMINISTRATOR),
    BACKUP_RESTORE(AuditAction.CREATE, "backup", ADMINISTRATOR);

    private final AuditAction action;
    private final String objectType;
    private final Set<Role> roles;

    UseCase(AuditAction action, String objectType, Role first, Role... rest) {
        this.action = action;
        this.objectType = objectType;
        this.roles = EnumSet.of(first, rest);
    }

    public AuditAction action() {
        return action;
    }

    /** The object type the audit entry names (a code, see AuditEvent). */
    public String objectType() {
        return objectType;
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
