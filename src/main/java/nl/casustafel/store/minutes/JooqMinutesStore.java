package nl.casustafel.store.minutes;

import static nl.casustafel.store.jooq.Tables.CONFERENCE;
import static nl.casustafel.store.jooq.Tables.MINUTES;
import static nl.casustafel.store.jooq.Tables.MINUTES_COPY;
import static nl.casustafel.store.jooq.Tables.MINUTES_DISTRIBUTION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.minutes.Distribution;
import nl.casustafel.domain.minutes.DistributionAction;
import nl.casustafel.domain.minutes.MinutesCopy;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.domain.minutes.MinutesVersion;
import nl.casustafel.store.Rows;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Minutes versions, their signed copies and the distribution log. Lifecycle changes check the version column;
 * copies and log lines are only ever inserted.
 */
public final class JooqMinutesStore {
    private static final String ENTITY = "entity.minutes";
    private final DSLContext dsl;

    public JooqMinutesStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long conferenceId, UUID documentId, int number, Long replacesId, String correctionReason,
                       Instant now) {
        return dsl.insertInto(MINUTES)
                .set(MINUTES.CONFERENCE_ID, conferenceId)
                .set(MINUTES.DOCUMENT_ID, documentId.toString())
                .set(MINUTES.VERSION_NO, number)
                .set(MINUTES.STATUS, MinutesStatus.CONCEPT.name())
                .set(MINUTES.REPLACES_ID, replacesId)
                .set(MINUTES.CORRECTION_REASON, correctionReason)
                .set(MINUTES.CREATED_AT, Rows.utc(now))
                .set(MINUTES.UPDATED_AT, Rows.utc(now))
                .returningResult(MINUTES.ID)
                .fetchOne().value1();
    }

    public MinutesVersion get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<MinutesVersion> find(long id) {
        return dsl.selectFrom(MINUTES).where(MINUTES.ID.eq(id)).fetchOptional(JooqMinutesStore::toVersion);
    }

    /** The conference's versions, newest first. */
    public List<MinutesVersion> forConference(long conferenceId) {
        return dsl.selectFrom(MINUTES).where(MINUTES.CONFERENCE_ID.eq(conferenceId))
                .orderBy(MINUTES.VERSION_NO.desc()).fetch(JooqMinutesStore::toVersion);
    }

    /**
     * Locks the conference row until the transaction ends, so that two workstations cannot both make the first
     * concept or a correction (the second waits, then sees the first one's version).
     */
    public void lockConference(long conferenceId) {
        dsl.select(CONFERENCE.ID).from(CONFERENCE).where(CONFERENCE.ID.eq(conferenceId)).forUpdate().fetch();
    }

    /** The content approved for signing (JSON), or empty before approval. */
    public Optional<String> approvedContent(long id) {
        return dsl.select(MINUTES.APPROVED_CONTENT).from(MINUTES).where(MINUTES.ID.eq(id))
                .fetchOptional(r -> r.value1());
    }

    public void approve(long id, int version, String content, String approvedBy, Instant now) {
        int rows = dsl.update(MINUTES)
                .set(MINUTES.STATUS, MinutesStatus.APPROVED.name())
                .set(MINUTES.APPROVED_CONTENT, content)
                .set(MINUTES.APPROVED_AT, Rows.utc(now))
                .set(MINUTES.APPROVED_BY, approvedBy)
                .set(MINUTES.VERSION, MINUTES.VERSION.plus(1))
                .set(MINUTES.UPDATED_AT, Rows.utc(now))
                .where(MINUTES.ID.eq(id).and(MINUTES.VERSION.eq(version))
                        .and(MINUTES.STATUS.eq(MinutesStatus.CONCEPT.name())))
                .execute();
        Rows.checkUpdated(rows, exists(id), ENTITY, id);
    }

    public void reopen(long id, int version, Instant now) {
        int rows = dsl.update(MINUTES)
                .set(MINUTES.STATUS, MinutesStatus.CONCEPT.name())
                .set(MINUTES.APPROVED_CONTENT, (String) null)
                .set(MINUTES.APPROVED_AT, (java.time.OffsetDateTime) null)
                .set(MINUTES.APPROVED_BY, (String) null)
                .set(MINUTES.VERSION, MINUTES.VERSION.plus(1))
                .set(MINUTES.UPDATED_AT, Rows.utc(now))
                .where(MINUTES.ID.eq(id).and(MINUTES.VERSION.eq(version))
                        .and(MINUTES.STATUS.eq(MinutesStatus.APPROVED.name())))
                .execute();
        Rows.checkUpdated(rows, exists(id), ENTITY, id);
    }

    public void markSigned(long id, int version, Instant signedAt, String signerName, String subject,
                           boolean testCertificate) {
        int rows = dsl.update(MINUTES)
                .set(MINUTES.STATUS, MinutesStatus.SIGNED.name())
                .set(MINUTES.SIGNED_AT, Rows.utc(signedAt))
                .set(MINUTES.SIGNER_NAME, signerName)
                .set(MINUTES.CERTIFICATE_SUBJECT, subject)
                .set(MINUTES.TEST_CERTIFICATE, testCertificate)
                .set(MINUTES.VERSION, MINUTES.VERSION.plus(1))
                .set(MINUTES.UPDATED_AT, Rows.utc(signedAt))
                .where(MINUTES.ID.eq(id).and(MINUTES.VERSION.eq(version))
                        .and(MINUTES.STATUS.eq(MinutesStatus.APPROVED.name())))
                .execute();
        Rows.checkUpdated(rows, exists(id), ENTITY, id);
    }

    public boolean exists(long id) {
        return dsl.fetchExists(MINUTES, MINUTES.ID.eq(id));
    }

    public long insertCopy(long minutesId, Long partnerId, int omittedHouseholds, byte[] pdf, String sha256,
                           Instant signedAt) {
        return dsl.insertInto(MINUTES_COPY)
                .set(MINUTES_COPY.MINUTES_ID, minutesId)
                .set(MINUTES_COPY.PARTNER_ID, partnerId)
                .set(MINUTES_COPY.OMITTED_HOUSEHOLDS, omittedHouseholds)
                .set(MINUTES_COPY.PDF, pdf)
                .set(MINUTES_COPY.SHA256, sha256)
                .set(MINUTES_COPY.SIZE_BYTES, (long) pdf.length)
                .set(MINUTES_COPY.SIGNED_AT, Rows.utc(signedAt))
                .returningResult(MINUTES_COPY.ID)
                .fetchOne().value1();
    }

    /** The copies of a version: the complete one first, then per partner in order of making. */
    public List<MinutesCopy> copies(long minutesId) {
        return dsl.select(copyFields()).from(MINUTES_COPY).where(MINUTES_COPY.MINUTES_ID.eq(minutesId))
                .orderBy(MINUTES_COPY.PARTNER_ID.isNotNull(), MINUTES_COPY.ID)
                .fetch(JooqMinutesStore::toCopy);
    }

    public MinutesCopy copy(long copyId) {
        return dsl.select(copyFields()).from(MINUTES_COPY).where(MINUTES_COPY.ID.eq(copyId))
                .fetchOptional(JooqMinutesStore::toCopy)
                .orElseThrow(() -> new NotFoundException("entity.minutesCopy", copyId));
    }

    public byte[] copyBytes(long copyId) {
        return dsl.select(MINUTES_COPY.PDF).from(MINUTES_COPY).where(MINUTES_COPY.ID.eq(copyId))
                .fetchOptional(r -> r.value1())
                .orElseThrow(() -> new NotFoundException("entity.minutesCopy", copyId));
    }

    /** The copy with this SHA-256, if this store made it. */
    public Optional<MinutesCopy> copyBySha256(String sha256) {
        return dsl.select(copyFields()).from(MINUTES_COPY).where(MINUTES_COPY.SHA256.eq(sha256))
                .orderBy(MINUTES_COPY.ID).limit(1).fetchOptional(JooqMinutesStore::toCopy);
    }

    public long insertDistribution(long minutesId, long copyId, Long recipientPartnerId, DistributionAction action,
                                   String sha256, Instant now, String performedBy, String workstation) {
        return dsl.insertInto(MINUTES_DISTRIBUTION)
                .set(MINUTES_DISTRIBUTION.MINUTES_ID, minutesId)
                .set(MINUTES_DISTRIBUTION.COPY_ID, copyId)
                .set(MINUTES_DISTRIBUTION.RECIPIENT_PARTNER_ID, recipientPartnerId)
                .set(MINUTES_DISTRIBUTION.ACTION, action.name())
                .set(MINUTES_DISTRIBUTION.SHA256, sha256)
                .set(MINUTES_DISTRIBUTION.PERFORMED_AT, Rows.utc(now))
                .set(MINUTES_DISTRIBUTION.PERFORMED_BY, performedBy)
                .set(MINUTES_DISTRIBUTION.WORKSTATION, workstation)
                .returningResult(MINUTES_DISTRIBUTION.ID)
                .fetchOne().value1();
    }

    /** The distribution log of a conference's minutes, newest first. */
    public List<Distribution> distributions(long conferenceId) {
        return dsl.select(MINUTES_DISTRIBUTION.fields()).from(MINUTES_DISTRIBUTION)
                .join(MINUTES).on(MINUTES.ID.eq(MINUTES_DISTRIBUTION.MINUTES_ID))
                .where(MINUTES.CONFERENCE_ID.eq(conferenceId))
                .orderBy(MINUTES_DISTRIBUTION.PERFORMED_AT.desc(), MINUTES_DISTRIBUTION.ID.desc())
                .fetch(r -> new Distribution(r.get(MINUTES_DISTRIBUTION.ID), r.get(MINUTES_DISTRIBUTION.MINUTES_ID),
                        r.get(MINUTES_DISTRIBUTION.COPY_ID), r.get(MINUTES_DISTRIBUTION.RECIPIENT_PARTNER_ID),
                        DistributionAction.valueOf(r.get(MINUTES_DISTRIBUTION.ACTION)),
                        r.get(MINUTES_DISTRIBUTION.SHA256), Rows.instant(r.get(MINUTES_DISTRIBUTION.PERFORMED_AT)),
                        r.get(MINUTES_DISTRIBUTION.PERFORMED_BY), r.get(MINUTES_DISTRIBUTION.WORKSTATION)));
    }

    private static List<org.jooq.Field<?>> copyFields() {
        return List.of(MINUTES_COPY.ID, MINUTES_COPY.MINUTES_ID, MINUTES_COPY.PARTNER_ID,
                MINUTES_COPY.OMITTED_HOUSEHOLDS, MINUTES_COPY.SHA256, MINUTES_COPY.SIZE_BYTES,
                MINUTES_COPY.SIGNED_AT);
    }

    private static MinutesCopy toCopy(Record r) {
        return new MinutesCopy(r.get(MINUTES_COPY.ID), r.get(MINUTES_COPY.MINUTES_ID), r.get(MINUTES_COPY.PARTNER_ID),
                r.get(MINUTES_COPY.OMITTED_HOUSEHOLDS), r.get(MINUTES_COPY.SHA256),
                r.get(MINUTES_COPY.SIZE_BYTES), Rows.instant(r.get(MINUTES_COPY.SIGNED_AT)));
    }

    private static MinutesVersion toVersion(Record r) {
        return new MinutesVersion(r.get(MINUTES.ID), r.get(MINUTES.VERSION), r.get(MINUTES.CONFERENCE_ID),
                UUID.fromString(r.get(MINUTES.DOCUMENT_ID)), r.get(MINUTES.VERSION_NO),
                MinutesStatus.valueOf(r.get(MINUTES.STATUS)), r.get(MINUTES.REPLACES_ID),
                r.get(MINUTES.CORRECTION_REASON), Rows.instant(r.get(MINUTES.APPROVED_AT)),
                r.get(MINUTES.APPROVED_BY), Rows.instant(r.get(MINUTES.SIGNED_AT)), r.get(MINUTES.SIGNER_NAME),
                r.get(MINUTES.CERTIFICATE_SUBJECT), r.get(MINUTES.TEST_CERTIFICATE),
                Rows.instant(r.get(MINUTES.CREATED_AT)));
    }
}
