package nl.casustafel.service;

import nl.casustafel.TestRoles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.casustafel.MutableClock;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.conference.AssessmentDraft;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.minutes.DistributionAction;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.minutes.Keystores;
import nl.casustafel.minutes.SignatureCheck;
import nl.casustafel.minutes.SigningCredentials;
import nl.casustafel.service.conference.ConferenceQuery;
import nl.casustafel.service.conference.ConferenceSummary;
import nl.casustafel.service.minutes.MinutesCopySummary;
import nl.casustafel.service.minutes.MinutesOverview;
import nl.casustafel.service.minutes.MinutesService;
import nl.casustafel.service.minutes.Verification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The minutes lifecycle, copies, distribution log and verification on a real store with demo conferences. */
class MinutesServiceTest {
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final char[] PASSWORD = "voorzitter-sleutel".toCharArray();

    @TempDir
    static Path keys;
    private static SigningCredentials chair;

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(TestClocks.NOW);
    private AppContext ctx;
    private MinutesService minutes;
    private long conferenceId;

    @BeforeAll
    static void certificate() {
        Path file = keys.resolve("voorzitter.p12");
        Keystores.createTestCertificate(file, "Els de Voorzitter", PASSWORD, "els", TestClocks.NOW);
        chair = Keystores.load(file, PASSWORD, null, TestClocks.NOW);
    }

    @BeforeEach
    void open() {
        ctx = AppContext.inMemory(TestClocks.uniqueName("minutes"), clock, nl.casustafel.domain.security.Role.CHAIR);
        TestRoles.demo(ctx).generate(60, 7, (d, t) -> { }, () -> false);
        minutes = TestRoles.minutes(ctx);
        // The closed conference with the most agenda items.
        conferenceId = TestRoles.conferences(ctx).list(ConferenceQuery.all()).stream()
                .filter(c -> c.status() == ConferenceStatus.CLOSED)
                .max(java.util.Comparator.comparingInt(ConferenceSummary::agendaItems)).orElseThrow().id();
        clock.advance(Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private MinutesOverview.VersionEntry current() {
        return minutes.overview(conferenceId).current();
    }

    private long signedVersion() {
        long id = minutes.openConcept(conferenceId);
        minutes.approve(id, current().minutes().version(), null);
        minutes.sign(id, current().minutes().version(), chair, NL);
        return id;
    }

    /** The need-to-know rule of ADR 0007, stated on its own: involvement, case director, or a listed measure. */
    private boolean involved(long householdId, long itemId, long partnerId, java.time.LocalDate day) {
        var dossier = TestRoles.households(ctx).open(householdId);
        boolean involvement = dossier.involvements().stream()
                .anyMatch(i -> i.partnerId() == partnerId && i.isActiveOn(day));
        boolean director = dossier.household().caseDirector() != null
                && dossier.household().caseDirector().partnerId() == partnerId;
        boolean owner = TestRoles.measures(ctx).forHousehold(householdId).stream().map(r -> r.measure())
                .filter(m -> java.util.Objects.equals(m.agendaItemId(), itemId)
                        || (!m.status().isClosed() && !m.startDate().isAfter(day)))
                .anyMatch(m -> m.ownerPartnerId() == partnerId);
        return involvement || director || owner;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aConceptIsApprovedThenSignedAndTheSignedCopyIsKeptWithItsHash() throws Exception {
        long id = minutes.openConcept(conferenceId);
        assertThat(minutes.openConcept(conferenceId)).as("no second concept").isEqualTo(id);
        assertThat(current().minutes().status()).isEqualTo(MinutesStatus.CONCEPT);
        assertThat(text(minutes.preview(id, NL).pdf())).contains("CONCEPT");

        minutes.approve(id, current().minutes().version(), null);
        assertThat(current().minutes().status()).isEqualTo(MinutesStatus.APPROVED);
        // Approved by the logged-in account, not by the name planned as chair.
        assertThat(current().minutes().approvedBy()).isEqualTo("Test chair");

        MinutesCopySummary copy = minutes.sign(id, current().minutes().version(), chair, NL);

        MinutesOverview.VersionEntry signed = current();
        assertThat(signed.minutes().status()).isEqualTo(MinutesStatus.SIGNED);
        assertThat(signed.minutes().signerName()).isEqualTo("Els de Voorzitter");
        assertThat(signed.minutes().testCertificate()).isTrue();
        assertThat(signed.completeCopy().copy().sha256()).isEqualTo(copy.copy().sha256());
        byte[] pdf = minutes.copyBytes(copy.copy().id());
        // Kept for a look with ../shared/tools/check-pdf.sh: demo minutes as signed.
        Files.write(Path.of("target", "minutes-signed-demo.pdf"), pdf);
        assertThat(nl.casustafel.minutes.SignatureVerifier.sha256(pdf)).isEqualTo(copy.copy().sha256());
        assertThat(minutes.preview(id, NL).pdf()).isEqualTo(pdf);
        Verification verification = minutes.verify(pdf);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.knownCopy()).isTrue();
        assertThat(verification.conferenceId()).isEqualTo(conferenceId);
        assertThat(verification.versionNumber()).isEqualTo(1);
        assertThat(text(pdf)).contains("Els de Voorzitter");
        // The audit trail up to the signing can be checked against the paper: the head printed is the entry
        // just before the SIGN entry.
        var trail = TestRoles.as(ctx, nl.casustafel.domain.security.Role.ADMINISTRATOR, ctx.security(),
                nl.casustafel.service.security.SecurityService.class).auditEntries(null, 100);
        var signEntry = trail.stream().filter(e -> e.action().equals("SIGN")).findFirst().orElseThrow();
        assertThat(text(pdf).replaceAll("\\s+", "")).contains("Kopvanhetauditspoor:" + signEntry.previousHash());
    }

    @Test
    void whatIsSignedIsWhatWasApprovedAndAnAmendmentAfterwardsNeedsACorrection() throws Exception {
        long id = minutes.openConcept(conferenceId);
        minutes.approve(id, current().minutes().version(), null);
        var item = TestRoles.conferences(ctx).open(conferenceId).agenda().get(0).item();
        clock.advance(Duration.ofMinutes(5));
        TestRoles.conferences(ctx).amendAssessment(item.id(), item.version(), new AssessmentDraft(item.immediateDanger(),
                java.util.Map.of(), item.worries(), item.goingWell(), item.mustHappen(), "Gewijzigd besluit XYZ"),
                "Typefout in het besluit");

        assertThat(minutes.overview(conferenceId).changedSinceApproval()).isTrue();
        MinutesCopySummary copy = minutes.sign(id, current().minutes().version(), chair, NL);
        assertThat(text(minutes.copyBytes(copy.copy().id()))).doesNotContain("Gewijzigd besluit XYZ");
        assertThat(minutes.overview(conferenceId).changedSinceApproval()).as("still flagged once signed").isTrue();

        long correction = minutes.startCorrection(conferenceId, "Besluit gewijzigd na sluiten");
        minutes.approve(correction, current().minutes().version(), null);
        assertThat(minutes.overview(conferenceId).changedSinceApproval()).isFalse();
        MinutesCopySummary corrected = minutes.sign(correction, current().minutes().version(), chair, NL);
        assertThat(text(minutes.copyBytes(corrected.copy().id()))).contains("Gewijzigd besluit XYZ");
    }

    @Test
    void approvingWhatWasPreviewedIsRefusedWhenAColleagueChangedTheContentMeanwhile() {
        long id = minutes.openConcept(conferenceId);
        String seen = minutes.preview(id, NL).fingerprint();
        assertThat(minutes.preview(id, NL).fingerprint()).as("stable for the same content").isEqualTo(seen);
        var item = TestRoles.conferences(ctx).open(conferenceId).agenda().get(0).item();
        TestRoles.conferences(ctx).amendAssessment(item.id(), item.version(), new AssessmentDraft(item.immediateDanger(),
                java.util.Map.of(), item.worries(), item.goingWell(), item.mustHappen(), "Besluit van een collega"),
                "Aanvulling");

        assertThatThrownBy(() -> minutes.approve(id, current().minutes().version(), seen))
                .isInstanceOf(ConflictException.class).extracting("messageKey")
                .isEqualTo("error.minutes.changedSincePreview");
        assertThat(current().minutes().status()).isEqualTo(MinutesStatus.CONCEPT);

        String now = minutes.preview(id, NL).fingerprint();
        minutes.approve(id, current().minutes().version(), now);
        assertThat(current().minutes().status()).isEqualTo(MinutesStatus.APPROVED);
    }

    @Test
    void aSignedVersionIsLockedAndACorrectionIsANewVersionThatRefersToIt() throws Exception {
        long first = signedVersion();
        String firstSha = current().completeCopy().copy().sha256();

        assertThatThrownBy(() -> minutes.openConcept(conferenceId)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.minutes.signedNeedsCorrection");
        assertThatThrownBy(() -> minutes.approve(first, current().minutes().version(), null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> minutes.startCorrection(conferenceId, "  "))
                .isInstanceOf(ValidationException.class);

        long second = minutes.startCorrection(conferenceId, "Regievoerder verkeerd vermeld");

        MinutesOverview.VersionEntry correction = current();
        assertThat(correction.minutes().id()).isEqualTo(second);
        assertThat(correction.minutes().number()).isEqualTo(2);
        assertThat(correction.minutes().replacesId()).isEqualTo(first);
        assertThat(correction.minutes().status()).isEqualTo(MinutesStatus.CONCEPT);
        assertThat(minutes.overview(conferenceId).versions()).hasSize(2);
        minutes.approve(second, correction.minutes().version(), null);
        minutes.sign(second, current().minutes().version(), chair, NL);
        // The first version's copy is untouched.
        assertThat(minutes.overview(conferenceId).versions().get(1).completeCopy().copy().sha256())
                .isEqualTo(firstSha);
    }

    @Test
    void minutesOfAConferenceThatIsNotClosedCannotBeMade() {
        long planned = TestRoles.conferences(ctx).list(ConferenceQuery.all()).stream()
                .filter(c -> c.status() == ConferenceStatus.PLANNED).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> minutes.openConcept(planned)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.minutes.conferenceNotClosed");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        long id = minutes.openConcept(conferenceId);
        int version = current().minutes().version();
        minutes.approve(id, version, null);

        assertThatThrownBy(() -> minutes.reopen(id, version)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> minutes.sign(id, version, chair, NL)).isInstanceOf(ConflictException.class);
        assertThat(current().minutes().status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(current().copies()).isEmpty();
    }

    @Test
    void aNeedToKnowCopyLeavesOutHouseholdsThePartnerIsNotInvolvedInAndEverySaveIsLogged() throws Exception {
        long id = signedVersion();
        List<Partner> recipients = minutes.overview(conferenceId).recipients();
        Partner limited = recipients.stream().filter(p -> minutes.needsOwnCopy(id, p.id())).findFirst()
                .orElseThrow(() -> new AssertionError("demo data: some partner is not involved everywhere"));

        assertThatThrownBy(() -> minutes.copyFor(id, limited.id(), true, null, NL))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("error.minutes.credentialsNeeded");
        MinutesCopySummary own = minutes.copyFor(id, limited.id(), true, chair, NL);
        MinutesCopySummary again = minutes.copyFor(id, limited.id(), true, null, NL);
        MinutesCopySummary complete = minutes.copyFor(id, limited.id(), false, null, NL);

        assertThat(own.partnerName()).isEqualTo(limited.name());
        // Household by household: in the partner's copy exactly when the partner is involved in it.
        var detail = TestRoles.conferences(ctx).open(conferenceId);
        String full = text(minutes.copyBytes(complete.copy().id()));
        String partial = text(minutes.copyBytes(own.copy().id()));
        int left = 0;
        for (var entry : detail.agenda()) {
            String name = entry.householdName();
            assertThat(full).contains(name);
            if (involved(entry.item().householdId(), entry.item().id(), limited.id(), detail.conference().date())) {
                assertThat(partial).as("kept: %s", name).contains(name);
            } else {
                assertThat(partial).as("left out: %s", name).doesNotContain(name);
                left++;
            }
        }
        assertThat(left).isPositive();
        assertThat(own.copy().omittedHouseholds()).isEqualTo(left);
        assertThat(again.copy().id()).as("made once").isEqualTo(own.copy().id());
        assertThat(complete.copy().isComplete()).isTrue();
        byte[] ownPdf = minutes.copyBytes(own.copy().id());
        assertThat(text(ownPdf)).contains(limited.name());
        assertThat(minutes.verify(ownPdf).intact()).isTrue();
        assertThat(minutes.verify(ownPdf).recipientName()).isEqualTo(limited.name());

        Partner other = recipients.stream().filter(p -> p.id() != limited.id()).findFirst().orElseThrow();
        assertThatThrownBy(() -> minutes.saveCopy(own.copy().id(), other.id(), dir.resolve("verkeerd.pdf")))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("error.minutes.copyNotForRecipient");
        assertThat(dir.resolve("verkeerd.pdf")).doesNotExist();
        Path sent = dir.resolve("verslag-partner.pdf");
        minutes.saveCopy(own.copy().id(), limited.id(), sent);
        minutes.saveCopy(complete.copy().id(), null, dir.resolve("archief.pdf"));
        minutes.recordPrint(complete.copy().id(), null);

        assertThat(Files.readAllBytes(sent)).isEqualTo(ownPdf);
        List<MinutesOverview.DistributionEntry> log = minutes.overview(conferenceId).log();
        assertThat(log).extracting(e -> e.distribution().action())
                .containsExactlyInAnyOrder(DistributionAction.SEND, DistributionAction.SAVE, DistributionAction.PRINT);
        MinutesOverview.DistributionEntry send = log.stream()
                .filter(e -> e.distribution().action() == DistributionAction.SEND).findFirst().orElseThrow();
        assertThat(send.recipientName()).isEqualTo(limited.name());
        assertThat(send.needToKnowCopy()).isTrue();
        assertThat(send.distribution().sha256()).isEqualTo(own.copy().sha256());
        assertThat(send.versionNumber()).isEqualTo(1);
        assertThat(send.distribution().performedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aTargetThatCannotBeWrittenIsAClearMessageAndNothingIsLoggedOrHalfWritten() throws Exception {
        long id = signedVersion();
        long copy = current().completeCopy().copy().id();
        Path folder = Files.createDirectory(dir.resolve("bestaande-map"));
        Files.writeString(folder.resolve("inhoud.txt"), "blijft");

        assertThatThrownBy(() -> minutes.saveCopy(copy, null, folder)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.minutes.write");
        assertThat(minutes.overview(conferenceId).log()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bestaande-map");
        }
        assertThat(id).isPositive();
    }

    @Test
    void aChangedByteIsReportedAsAlteredAndAnUnknownSignedFileIsNotACopyOfThisStore() throws Exception {
        signedVersion();
        byte[] pdf = minutes.copyBytes(current().completeCopy().copy().id());
        byte[] tampered = pdf.clone();
        tampered[1500] = (byte) (tampered[1500] ^ 0x20);
        Path file = dir.resolve("gewijzigd.pdf");
        Files.write(file, tampered);

        Verification altered = minutes.verify(file);

        assertThat(altered.signature().verdict()).isEqualTo(SignatureCheck.Verdict.ALTERED);
        assertThat(altered.knownCopy()).isFalse();
        assertThatThrownBy(() -> minutes.verify(dir.resolve("bestaat-niet.pdf")))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.verify.missing");
    }
}
