package nl.casustafel.service.minutes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.conference.Amendment;
import nl.casustafel.domain.conference.Conference;
import nl.casustafel.domain.minutes.Distribution;
import nl.casustafel.domain.minutes.DistributionAction;
import nl.casustafel.domain.minutes.MinutesCopy;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.domain.minutes.MinutesVersion;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.files.AtomicWrite;
import nl.casustafel.minutes.MinutesContent;
import nl.casustafel.minutes.PadesSigner;
import nl.casustafel.minutes.SignatureCheck;
import nl.casustafel.minutes.SignatureVerifier;
import nl.casustafel.minutes.SigningCredentials;
import nl.casustafel.service.conference.ConferenceDetail;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.store.Transactor;
import nl.casustafel.service.security.Access;
import nl.casustafel.service.security.UseCase;
import java.util.function.Supplier;
import nl.casustafel.store.minutes.JooqMinutesStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The minutes lifecycle on the store; see {@link MinutesService}. */
public final class DefaultMinutesService implements MinutesService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultMinutesService.class);
    /** A PDF to verify larger than this is refused rather than read into memory. */
    static final long MAX_VERIFY_BYTES = 200L * 1024 * 1024;
    public static final int MAX_REASON = 1000;
    public static final String REASON = "reason";

    private final Transactor tx;
    private final JooqMinutesStore store;
    private final ConferenceService conferences;
    private final PartnerService partners;
    private final MinutesAssembler assembler;
    private final MinutesRendering rendering;
    private final Clock clock;
    private final Access access;
    private final Supplier<String> auditHead;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * {@code auditHead} gives the audit chain's head hash, printed in signed minutes so that the trail up to the
     * signing can be checked against paper.
     */
    public DefaultMinutesService(Access access, Transactor tx, JooqMinutesStore store, ConferenceService conferences,
                                 MeasureService measures, HouseholdService households, PartnerService partners,
                                 MinutesRendering rendering, Clock clock, Supplier<String> auditHead) {
        this.access = access;
        this.auditHead = auditHead;
        this.tx = tx;
        this.store = store;
        this.conferences = conferences;
        this.partners = partners;
        this.assembler = new MinutesAssembler(conferences, measures, households, partners);
        this.rendering = rendering;
        this.clock = clock;
    }

    @Override
    public MinutesOverview overview(long conferenceId) {
        return access.perform(UseCase.MINUTES_OVERVIEW, conferenceId, () -> {
            ConferenceDetail detail = conferences.open(conferenceId);
            Map<Long, Partner> byId = partners.list(true).stream()
                    .collect(Collectors.toMap(Partner::id, Function.identity()));
            List<MinutesOverview.VersionEntry> versions = new ArrayList<>();
            Map<Long, Integer> numbers = new java.util.HashMap<>();
            Map<Long, MinutesCopy> copies = new java.util.HashMap<>();
            for (MinutesVersion v : store.forConference(conferenceId)) {
                numbers.put(v.id(), v.number());
                List<MinutesCopySummary> summaries = new ArrayList<>();
                for (MinutesCopy c : store.copies(v.id())) {
                    copies.put(c.id(), c);
                    summaries.add(new MinutesCopySummary(c, c.partnerId() == null ? null
                            : byId.get(c.partnerId()).name()));
                }
                versions.add(new MinutesOverview.VersionEntry(v, summaries));
            }
            List<MinutesOverview.DistributionEntry> log = new ArrayList<>();
            for (Distribution d : store.distributions(conferenceId)) {
                MinutesCopy copy = copies.get(d.copyId());
                log.add(new MinutesOverview.DistributionEntry(d, numbers.getOrDefault(d.minutesId(), 0),
                        d.recipientPartnerId() == null ? null : byId.get(d.recipientPartnerId()).name(),
                        copy != null && !copy.isComplete()));
            }
            List<Partner> recipients = new ArrayList<>(detail.invitedPartners());
            byId.values().stream().filter(Partner::active).filter(p -> !recipients.contains(p))
                    .sorted(java.util.Comparator.comparingInt(Partner::sortOrder)).forEach(recipients::add);
            MinutesVersion current = versions.isEmpty() ? null : versions.get(0).minutes();
            // Approved or signed: an amendment made afterwards is not in it (a signed one needs a correction).
            boolean changed = current != null && current.approvedAt() != null
                    && detail.amendments().stream().map(Amendment::madeAt)
                    .anyMatch(at -> at.isAfter(current.approvedAt()));
            return new MinutesOverview(detail.conference(), versions, log, recipients, changed);
        });
    }

    @Override
    public long openConcept(long conferenceId) {
        return access.create(UseCase.MINUTES_CONCEPT, () -> {
            requireClosed(conferenceId);
            store.lockConference(conferenceId);
            List<MinutesVersion> versions = store.forConference(conferenceId);
            if (versions.isEmpty()) {
                return store.insert(conferenceId, UUID.randomUUID(), 1, null, null, now());
            }
            MinutesVersion latest = versions.get(0);
            if (latest.status() == MinutesStatus.SIGNED) {
                throw new DomainException("error.minutes.signedNeedsCorrection");
            }
            return latest.id();
        });
    }

    @Override
    public long startCorrection(long conferenceId, String reason) {
        access.require(UseCase.MINUTES_CORRECTION);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of(REASON, "validation.required")));
        }
        if (text.length() > MAX_REASON) {
            throw new ValidationException(List.of(FieldError.of(REASON, "validation.tooLong", MAX_REASON)));
        }
        return access.create(UseCase.MINUTES_CORRECTION, () -> {
            requireClosed(conferenceId);
            store.lockConference(conferenceId);
            List<MinutesVersion> versions = store.forConference(conferenceId);
            if (versions.isEmpty() || versions.get(0).status() != MinutesStatus.SIGNED) {
                throw new DomainException("error.minutes.correctionNeedsSigned");
            }
            MinutesVersion signed = versions.get(0);
            return store.insert(conferenceId, signed.documentId(), signed.number() + 1, signed.id(), text, now());
        });
    }

    @Override
    public MinutesPreview preview(long minutesId, Locale locale) {
        return access.perform(UseCase.MINUTES_PREVIEW, minutesId, () -> {
            MinutesVersion minutes = store.get(minutesId);
            return switch (minutes.status()) {
                case CONCEPT -> {
                    ApprovedMinutes content = assemble(minutes, MinutesStatus.CONCEPT);
                    yield new MinutesPreview(rendering.render(content.content(), locale), fingerprint(content));
                }
                case APPROVED -> {
                    ApprovedMinutes content = approved(minutes);
                    yield new MinutesPreview(rendering.render(content.content(), locale), fingerprint(content));
                }
                case SIGNED -> new MinutesPreview(store.copyBytes(completeCopy(minutes).id()), null);
            };
        });
    }

    @Override
    public void approve(long minutesId, int version, String previewedFingerprint) {
        access.run(UseCase.MINUTES_APPROVE, minutesId, () -> {
            MinutesVersion minutes = store.get(minutesId);
            requireStatus(minutes, MinutesStatus.CONCEPT, "error.minutes.notConcept");
            ApprovedMinutes content = assemble(minutes, MinutesStatus.APPROVED);
            if (previewedFingerprint != null && !previewedFingerprint.equals(fingerprint(content))) {
                throw new ConflictException("error.minutes.changedSincePreview");
            }
            // The chair who approves is the logged-in account (the conference's chair name is what was planned).
            store.approve(minutesId, version, write(content), access.session().displayName(), now());
        });
    }

    /** SHA-256 of the content as JSON, without what differs between two renderings of the same content. */
    private String fingerprint(ApprovedMinutes content) {
        MinutesContent c = content.content();
        MinutesContent.Identity id = c.identity();
        MinutesContent.Identity stable = new MinutesContent.Identity(id.documentId(), id.version(),
                MinutesStatus.CONCEPT, id.recipientName(), id.omittedHouseholds(), id.replacesVersion(),
                id.replacesSha256(), id.correctionReason(), Instant.EPOCH, id.auditHeadHash());
        ApprovedMinutes normalised = new ApprovedMinutes(new MinutesContent(stable, c.header(), c.attendance(),
                c.households(), c.signing()), content.involvedPartners());
        return SignatureVerifier.sha256(write(normalised).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void reopen(long minutesId, int version) {
        access.run(UseCase.MINUTES_REOPEN, minutesId, () -> {
            requireStatus(store.get(minutesId), MinutesStatus.APPROVED, "error.minutes.notApproved");
            store.reopen(minutesId, version, now());
        });
    }

    @Override
    public MinutesCopySummary sign(long minutesId, int version, SigningCredentials credentials, Locale locale) {
        access.require(UseCase.MINUTES_SIGN);
        Objects.requireNonNull(credentials, "credentials");
        MinutesVersion minutes = tx.inTransaction(() -> store.get(minutesId));
        requireStatus(minutes, MinutesStatus.APPROVED, "error.minutes.notApproved");
        if (minutes.version() != version) {
            throw new ConflictException("error.conflict");
        }
        Instant signedAt = now();
        ApprovedMinutes approved = approved(minutes);
        byte[] pdf = signed(approved.content(), null, 0, credentials, signedAt, locale);
        return access.perform(UseCase.MINUTES_SIGN, minutesId, () -> {
            store.markSigned(minutesId, version, signedAt, credentials.signerName(), credentials.subject(),
                    credentials.testCertificate());
            long copyId = store.insertCopy(minutesId, null, 0, pdf, SignatureVerifier.sha256(pdf), signedAt);
            LOG.info("Minutes {} version {} signed ({} bytes)", minutesId, minutes.number(), pdf.length);
            return new MinutesCopySummary(store.copy(copyId), null);
        });
    }

    @Override
    public MinutesCopySummary completeCopy(long minutesId) {
        return access.perform(UseCase.MINUTES_COPY_READ, minutesId, () -> new MinutesCopySummary(completeCopy(store.get(minutesId)), null));
    }

    @Override
    public boolean needsOwnCopy(long minutesId, long partnerId) {
        access.require(UseCase.MINUTES_COPY);
        MinutesVersion minutes = tx.inTransaction(() -> store.get(minutesId));
        return approved(minutes).involvedPartners().stream().anyMatch(set -> !set.contains(partnerId));
    }

    @Override
    public MinutesCopySummary copyFor(long minutesId, long partnerId, boolean needToKnow,
                                      SigningCredentials credentials, Locale locale) {
        access.require(UseCase.MINUTES_COPY);
        MinutesVersion minutes = tx.inTransaction(() -> store.get(minutesId));
        requireStatus(minutes, MinutesStatus.SIGNED, "error.minutes.notSigned");
        Partner partner = tx.inTransaction(() -> partners.list(true).stream().filter(p -> p.id() == partnerId)
                .findFirst().orElseThrow(() -> new nl.casustafel.domain.common.NotFoundException(
                        "entity.partner", partnerId)));
        ApprovedMinutes approved = approved(minutes);
        List<MinutesContent.HouseholdSection> kept = new ArrayList<>();
        for (int i = 0; i < approved.content().households().size(); i++) {
            if (approved.involvedPartners().get(i).contains(partnerId)) {
                kept.add(approved.content().households().get(i));
            }
        }
        int omitted = approved.content().households().size() - kept.size();
        if (!needToKnow || omitted == 0) {
            return tx.inTransaction(() -> new MinutesCopySummary(completeCopy(minutes), null));
        }
        MinutesCopy earlier = tx.inTransaction(() -> store.copies(minutesId)).stream()
                .filter(c -> c.partnerId() != null && c.partnerId() == partnerId).findFirst().orElse(null);
        if (earlier != null) {
            return new MinutesCopySummary(earlier, partner.name());
        }
        if (credentials == null) {
            throw new DomainException("error.minutes.credentialsNeeded");
        }
        Instant signedAt = now();
        MinutesContent content = approved.content();
        MinutesContent partial = new MinutesContent(content.identity(), content.header(), content.attendance(),
                kept, content.signing());
        byte[] pdf = signed(partial, partner.name(), omitted, credentials, signedAt, locale);
        try {
            return access.perform(UseCase.MINUTES_COPY, minutesId, () -> {
                long copyId = store.insertCopy(minutesId, partnerId, omitted, pdf, SignatureVerifier.sha256(pdf),
                        signedAt);
                return new MinutesCopySummary(store.copy(copyId), partner.name());
            });
        } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
            // Another workstation made this partner's copy meanwhile: that one is the copy.
            return tx.inTransaction(() -> store.copies(minutesId)).stream()
                    .filter(c -> c.partnerId() != null && c.partnerId() == partnerId).findFirst()
                    .map(c -> new MinutesCopySummary(c, partner.name())).orElseThrow(() -> e);
        }
    }

    @Override
    public byte[] copyBytes(long copyId) {
        return access.perform(UseCase.MINUTES_COPY_READ, copyId, () -> store.copyBytes(copyId));
    }

    @Override
    public void saveCopy(long copyId, Long recipientPartnerId, Path target) {
        Objects.requireNonNull(target, "target");
        // The log line and the file in one use case: the move is the last step, so a failed write leaves no
        // line, and a failed line leaves no file.
        access.run(recipientPartnerId == null ? UseCase.MINUTES_SAVE : UseCase.MINUTES_SEND, copyId, () -> {
            MinutesCopy copy = store.copy(copyId);
            DistributionAction action = recipientPartnerId == null ? DistributionAction.SAVE
                    : DistributionAction.SEND;
            log(copy, recipientPartnerId, action);
            try {
                AtomicWrite.write(target, store.copyBytes(copyId));
            } catch (IOException e) {
                // The path is the user's choice and may name someone: only the kind of failure is logged.
                LOG.warn("Minutes copy could not be written: {}", e.getClass().getSimpleName());
                throw new DomainException("error.minutes.write");
            }
        });
    }

    @Override
    public void recordPrint(long copyId, Long recipientPartnerId) {
        record(copyId, recipientPartnerId, DistributionAction.PRINT);
    }

    @Override
    public void record(long copyId, Long recipientPartnerId, DistributionAction action) {
        UseCase useCase = action == DistributionAction.PRINT ? UseCase.MINUTES_PRINT
                : action == DistributionAction.SAVE ? UseCase.MINUTES_SAVE : UseCase.MINUTES_SEND;
        access.run(useCase, copyId, () -> log(store.copy(copyId), recipientPartnerId, action));
    }

    private void log(MinutesCopy copy, Long recipientPartnerId, DistributionAction action) {
        if (copy.partnerId() != null && !copy.partnerId().equals(recipientPartnerId)) {
            // A need-to-know copy goes only to the partner it was cut for.
            throw new DomainException("error.minutes.copyNotForRecipient");
        }
        store.insertDistribution(copy.minutesId(), copy.id(), recipientPartnerId, action, copy.sha256(), now(),
                access.session().userName(), access.workstation());
    }

    @Override
    public Verification verify(byte[] pdf) {
        access.require(UseCase.MINUTES_VERIFY);
        SignatureCheck check = SignatureVerifier.check(pdf);
        return access.perform(UseCase.MINUTES_VERIFY, null, () -> store.copyBySha256(check.sha256()).map(copy -> {
            MinutesVersion minutes = store.get(copy.minutesId());
            String recipient = copy.partnerId() == null ? null : partners.list(true).stream()
                    .filter(p -> p.id() == copy.partnerId()).map(Partner::name).findFirst().orElse(null);
            return new Verification(check, minutes.conferenceId(), minutes.number(), recipient, true);
        }).orElseGet(() -> new Verification(check, null, null, null, false)));
    }

    @Override
    public Verification verify(Path pdf) {
        byte[] bytes;
        try {
            if (Files.size(pdf) > MAX_VERIFY_BYTES) {
                throw new DomainException("error.verify.tooLarge");
            }
            bytes = Files.readAllBytes(pdf);
        } catch (NoSuchFileException e) {
            throw new DomainException("error.verify.missing");
        } catch (IOException e) {
            throw new DomainException("error.verify.unreadable");
        }
        return verify(bytes);
    }

    private byte[] signed(MinutesContent content, String recipient, int omitted, SigningCredentials credentials,
                          Instant signedAt, Locale locale) {
        MinutesContent.Identity id = content.identity();
        MinutesContent.Identity identity = new MinutesContent.Identity(id.documentId(), id.version(),
                MinutesStatus.SIGNED, recipient, omitted, id.replacesVersion(), id.replacesSha256(),
                id.correctionReason(), signedAt, auditHead.get());
        MinutesContent toSign = new MinutesContent(identity, content.header(), content.attendance(),
                content.households(), new MinutesContent.Signing(credentials.signerName(),
                credentials.testCertificate()));
        byte[] pdf = rendering.render(toSign, locale);
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String reason = bundle.getString(credentials.testCertificate() ? "minutes.signature.reasonTest"
                : "minutes.signature.reason");
        try {
            return PadesSigner.sign(pdf, credentials, signedAt, reason, content.header().place());
        } catch (IOException e) {
            LOG.error("Signing the minutes failed", e);
            throw new DomainException("error.minutes.sign", e);
        }
    }

    private ApprovedMinutes assemble(MinutesVersion minutes, MinutesStatus status) {
        Integer replacesVersion = null;
        String replacesSha = null;
        if (minutes.replacesId() != null) {
            MinutesVersion replaced = store.get(minutes.replacesId());
            replacesVersion = replaced.number();
            replacesSha = completeCopy(replaced).sha256();
        }
        return assembler.assemble(minutes.conferenceId(), MinutesAssembler.identity(minutes.documentId(),
                minutes.number(), status, replacesVersion, replacesSha, minutes.correctionReason(), now()));
    }

    private ApprovedMinutes approved(MinutesVersion minutes) {
        String text = tx.inTransaction(() -> store.approvedContent(minutes.id())).orElse(null);
        if (text == null) {
            throw new DomainException("error.minutes.notApproved");
        }
        try {
            return json.readValue(text, ApprovedMinutes.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("approved minutes content unreadable", e);
        }
    }

    private String write(ApprovedMinutes content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("approved minutes content not serialisable", e);
        }
    }

    private MinutesCopy completeCopy(MinutesVersion minutes) {
        return store.copies(minutes.id()).stream().filter(MinutesCopy::isComplete).findFirst()
                .orElseThrow(() -> new DomainException("error.minutes.notSigned"));
    }

    private void requireClosed(long conferenceId) {
        if (!conferences.open(conferenceId).conference().isClosed()) {
            throw new DomainException("error.minutes.conferenceNotClosed");
        }
    }

    private static void requireStatus(MinutesVersion minutes, MinutesStatus status, String key) {
        if (minutes.status() != status) {
            throw new DomainException(key);
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
