package nl.casustafel.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.casustafel.MutableClock;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.conference.ConferenceStatus;
import nl.casustafel.domain.minutes.DistributionAction;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.minutes.Keystores;
import nl.casustafel.minutes.SignatureCheck;
import nl.casustafel.minutes.SignatureVerifier;
import nl.casustafel.service.conference.ConferenceQuery;
import nl.casustafel.service.conference.ConferenceSummary;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import nl.casustafel.ui.minutes.MinutesViewModel.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Verslag tab's view model on a real in-memory store with demo conferences, a synchronous executor and a
 * printer that records what it was given: which actions each status allows, the service's refusals as messages,
 * the signing dialog's errors at their fields with the input kept, and the distribution rules.
 */
class MinutesViewModelTest {
    private static final String PASSWORD = "voorzitter-sleutel";

    @TempDir
    static Path keys;
    private static Path keystore;

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(TestClocks.NOW);
    private final I18n i18n = new I18n(I18n.DUTCH);
    private final RecordingPrinter printer = new RecordingPrinter();
    private AppContext ctx;
    private long conferenceId;

    @BeforeAll
    static void certificate() {
        keystore = keys.resolve("voorzitter.p12");
        Keystores.createTestCertificate(keystore, "Els de Voorzitter", PASSWORD.toCharArray(), "els",
                TestClocks.NOW);
    }

    @BeforeEach
    void open() {
        ctx = AppContext.inMemory(TestClocks.uniqueName("minutes-ui"), clock, nl.casustafel.domain.security.Role.CHAIR);
        nl.casustafel.TestRoles.demo(ctx).generate(60, 7, (d, t) -> { }, () -> false);
        conferenceId = ctx.conferences().list(ConferenceQuery.all()).stream()
                .filter(c -> c.status() == ConferenceStatus.CLOSED)
                .max(Comparator.comparingInt(ConferenceSummary::agendaItems)).orElseThrow().id();
        clock.advance(Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    /** A printer that prints (or, when told, cancels or fails) and remembers the job names. */
    static final class RecordingPrinter implements PdfPrinter {
        final List<String> jobs = new ArrayList<>();
        final List<byte[]> printed = new ArrayList<>();
        boolean cancel;
        boolean fail;

        @Override
        public int print(List<Document> documents) {
            if (cancel) {
                return 0;
            }
            if (fail) {
                throw new PrintFailure("minutes.print.failed", 0, null);
            }
            for (Document d : documents) {
                jobs.add(d.jobName());
                printed.add(d.pdf());
            }
            return documents.size();
        }
    }

    private MinutesViewModel load() {
        var vm = new MinutesViewModel(ctx.minutes(), new SynchronousUiExecutor(), i18n, clock, printer,
                dir.resolve("certificates"), conferenceId);
        vm.setConference("Els de Voorzitter", java.util.Set.of());
        vm.load();
        return vm;
    }

    private void signWithFile(MinutesViewModel vm) {
        var signing = vm.signing();
        signing.fileProperty().set(keystore.toString());
        signing.passwordProperty().set(PASSWORD);
        signing.save();
        assertThat(signing.isSaved()).as(signing.getMessage() + " " + signing.getErrors()).isTrue();
    }

    private MinutesViewModel signed() {
        var vm = load();
        vm.createConcept();
        vm.approve();
        signWithFile(vm);
        return vm;
    }

    @Test
    void eachStatusAllowsOnlyItsNextStepsAndThePreviewIsRenderedAgainAfterEachStep() {
        var vm = load();
        assertThat(vm.stateProperty().get()).isEqualTo(State.NONE);
        assertThat(vm.canCreateConceptProperty().get()).isTrue();
        assertThat(List.of(vm.canApproveProperty().get(), vm.canSignProperty().get(), vm.canCorrectProperty().get(),
                vm.canDistributeProperty().get())).containsOnly(false);
        assertThat(vm.pages()).isEmpty();

        vm.createConcept();
        assertThat(vm.stateProperty().get()).isEqualTo(State.VERSION);
        assertThat(vm.statusTextProperty().get()).isEqualTo("Versie 1 \u2013 Concept");
        assertThat(vm.canApproveProperty().get()).isTrue();
        assertThat(vm.canSignProperty().get()).as("a concept is approved first").isFalse();
        assertThat(vm.canCreateConceptProperty().get()).isFalse();
        assertThat(vm.pages()).isNotEmpty();
        var conceptPage = vm.pages().get(0);
        assertThat(conceptPage.width()).isGreaterThan(800);
        assertThat(vm.previewLoadingProperty().get()).isFalse();

        vm.approve();
        assertThat(vm.statusTextProperty().get()).startsWith("Versie 1 \u2013 Vastgesteld (door ")
                .endsWith(i18n.dateTime(clock.instant()) + ")");
        assertThat(vm.canSignProperty().get()).isTrue();
        assertThat(vm.canReopenProperty().get()).isTrue();
        assertThat(vm.canApproveProperty().get()).isFalse();
        assertThat(vm.pages().get(0)).as("rendered again").isNotSameAs(conceptPage);

        vm.reopen();
        assertThat(vm.statusProperty().get()).isEqualTo(MinutesStatus.CONCEPT);
        vm.approve();
        signWithFile(vm);

        assertThat(vm.statusTextProperty().get()).isEqualTo("Versie 1 \u2013 Ondertekend (door Els de Voorzitter op "
                + i18n.dateTime(clock.instant()) + ")");
        assertThat(vm.testCertificateProperty().get()).isTrue();
        assertThat(vm.noticeProperty().get().text()).isEqualTo("Het verslag is ondertekend.");
        assertThat(vm.canCorrectProperty().get()).isTrue();
        assertThat(vm.canDistributeProperty().get()).isTrue();
        assertThat(List.of(vm.canApproveProperty().get(), vm.canSignProperty().get(), vm.canReopenProperty().get()))
                .containsOnly(false);
        assertThat(vm.signing()).as("a signed version is not signed again").isNull();
        assertThat(vm.pages()).isNotEmpty();
    }

    @Test
    void aWrongPasswordShowsAtItsFieldAndKeepsTheFileWhileAMissingFileShowsAtTheFileField() {
        var vm = load();
        vm.createConcept();
        vm.approve();
        var signing = vm.signing();

        signing.save();
        assertThat(signing.getErrors()).containsKeys(SigningViewModel.FILE, SigningViewModel.PASSWORD);

        signing.fileProperty().set(keystore.toString());
        signing.passwordProperty().set("verkeerd-wachtwoord");
        signing.save();
        assertThat(signing.isSaved()).isFalse();
        assertThat(signing.getErrors()).containsOnlyKeys(SigningViewModel.PASSWORD);
        assertThat(signing.getErrors().get(SigningViewModel.PASSWORD)).contains("wachtwoord").contains("onjuist");
        assertThat(signing.fileProperty().get()).as("input kept").isEqualTo(keystore.toString());
        assertThat(signing.passwordProperty().get()).as("password cleared").isEmpty();

        signing.fileProperty().set(dir.resolve("bestaat-niet.p12").toString());
        signing.passwordProperty().set(PASSWORD);
        signing.save();
        assertThat(signing.getErrors()).containsOnlyKeys(SigningViewModel.FILE);
        assertThat(vm.statusProperty().get()).as("nothing signed").isEqualTo(MinutesStatus.APPROVED);

        signing.fileProperty().set(keystore.toString());
        signing.passwordProperty().set(PASSWORD);
        signing.save();
        assertThat(signing.isSaved()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo(MinutesStatus.SIGNED);
    }

    @Test
    void aTestCertificateIsMadeInTheCertificateFolderWithoutPersonalDataInItsName() throws Exception {
        var vm = load();
        vm.createConcept();
        vm.approve();
        var signing = vm.signing();
        signing.modeProperty().set(SigningViewModel.Mode.TEST);
        assertThat(signing.nameProperty().get()).as("the chair's name").isEqualTo("Els de Voorzitter");

        signing.newPasswordProperty().set("kort");
        signing.save();
        assertThat(signing.getErrors()).containsOnlyKeys(SigningViewModel.NEW_PASSWORD);
        signing.newPasswordProperty().set("een-lang-wachtwoord");
        signing.repeatPasswordProperty().set("een-ander-wachtwoord");
        signing.save();
        assertThat(signing.getErrors()).containsOnlyKeys(SigningViewModel.REPEAT_PASSWORD);
        assertThat(signing.isSaved()).isFalse();

        signing.repeatPasswordProperty().set("een-lang-wachtwoord");
        signing.save();

        assertThat(signing.isSaved()).isTrue();
        Path made = signing.createdCertificateProperty().get();
        assertThat(made).exists().hasParent(dir.resolve("certificates"));
        assertThat(made.getFileName().toString()).matches("proefcertificaat-\\d{8}-\\d{6}\\.p12");
        assertThat(vm.statusTextProperty().get()).contains("Ondertekend (door Els de Voorzitter");
        assertThat(vm.testCertificateProperty().get()).isTrue();
    }

    @Test
    void refusalsOfTheServiceAreShownAsMessagesAndACorrectionNeedsAReason() {
        var vm = load();
        vm.createConcept();
        // Another window approves first: this one still offers approval; the service refuses.
        var other = ctx.minutes().overview(conferenceId).current().minutes();
        ctx.minutes().approve(other.id(), other.version(), null);
        vm.approve();
        assertThat(vm.messageProperty().get()).isEqualTo("Alleen een concept kan worden vastgesteld.");
        assertThat(vm.statusProperty().get()).as("reloaded").isEqualTo(MinutesStatus.APPROVED);

        signWithFile(vm);
        var correction = vm.correction();
        correction.save();
        assertThat(correction.getErrors()).containsOnlyKeys(CorrectionViewModel.REASON);
        assertThat(correction.isSaved()).isFalse();
        assertThat(ctx.minutes().overview(conferenceId).versions()).hasSize(1);

        correction.reasonProperty().set("Verkeerde datum bij de maatregel");
        correction.save();

        assertThat(correction.isSaved()).isTrue();
        assertThat(vm.statusTextProperty().get()).isEqualTo("Versie 2 \u2013 Concept");
        assertThat(vm.correctionTextProperty().get())
                .isEqualTo("Correctie van versie 1: Verkeerde datum bij de maatregel");
        assertThat(vm.canDistributeProperty().get()).as("the correction is not signed yet").isFalse();
    }

    @Test
    void savingAndPrintingAreLoggedWithTheHashAndACancelledPrintIsNot() throws Exception {
        var vm = signed();
        assertThat(vm.defaultFileName()).isEqualTo("verslag-overleg-" + conferenceId + "-v1.pdf");
        Path target = dir.resolve(vm.defaultFileName());

        vm.saveCopy(target);

        assertThat(target).exists();
        assertThat(SignatureVerifier.check(Files.readAllBytes(target)).intact()).isTrue();
        assertThat(vm.log()).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(DistributionAction.SAVE);
            assertThat(row.actionText()).isEqualTo("Opgeslagen");
            assertThat(row.recipient()).isEqualTo("eigen archief");
            assertThat(row.needToKnow()).isFalse();
            assertThat(row.sha256()).isEqualTo(SignatureVerifier.sha256(Files.readAllBytes(target)));
            assertThat(row.shortHash()).hasSize(12);
        });

        printer.cancel = true;
        vm.print();
        assertThat(vm.log()).as("cancelled: nothing printed").hasSize(1);

        printer.fail = true;
        printer.cancel = false;
        vm.print();
        assertThat(vm.messageProperty().get()).startsWith("Afdrukken is mislukt");
        assertThat(vm.log()).hasSize(1);

        printer.fail = false;
        vm.print();
        assertThat(printer.jobs).containsExactly("verslag-overleg-" + conferenceId + "-v1");
        assertThat(vm.log()).hasSize(2).anySatisfy(row -> assertThat(row.actionText()).isEqualTo("Afgedrukt"));
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void distributionAsksTheCredentialsOnceForTheNeedToKnowCopiesAndWritesOneFilePerPartner() throws Exception {
        var vm = signed();
        var distribution = vm.distribution();
        distribution.load();
        List<DistributionViewModel.Recipient> limited = distribution.recipients().stream()
                .filter(r -> r.ownCopyPossibleProperty().get()).limit(2).toList();
        assertThat(limited).as("demo data: partners not involved everywhere").hasSize(2);
        assertThat(distribution.recipients()).allSatisfy(r -> {
            assertThat(r.knownProperty().get()).isTrue();
            assertThat(r.needToKnowProperty().get()).isEqualTo(r.ownCopyPossibleProperty().get());
        });
        assertThat(distribution.needsCredentials()).as("nothing selected yet").isFalse();
        Path folder = Files.createDirectory(dir.resolve("verzenden"));
        distribution.saveForSending(folder);
        assertThat(distribution.messageProperty().get()).isEqualTo("Kies ten minste \u00e9\u00e9n partner.");

        limited.forEach(r -> r.selectedProperty().set(true));
        assertThat(distribution.needsCredentials()).isTrue();
        distribution.saveForSending(folder);
        assertThat(distribution.messageProperty().get()).contains("certificaat");
        assertThat(folder).isEmptyDirectory();

        var signing = distribution.signing();
        signing.fileProperty().set(keystore.toString());
        signing.passwordProperty().set(PASSWORD);
        signing.save();
        assertThat(distribution.needsCredentials()).isFalse();
        distribution.saveForSending(folder);

        assertThat(distribution.finishedProperty().get()).as(distribution.messageProperty().get()).isTrue();
        for (var r : limited) {
            Path file = folder.resolve("verslag-overleg-" + conferenceId + "-v1-"
                    + r.partner().code().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".pdf");
            assertThat(file).exists();
            var verification = ctx.minutes().verify(file);
            assertThat(verification.intact()).isTrue();
            assertThat(verification.recipientName()).isEqualTo(r.partner().name());
        }
        assertThat(vm.noticeProperty().get().text()).startsWith("2 kopie\u00ebn opgeslagen voor verzending");
        assertThat(vm.log()).hasSize(2).allSatisfy(row -> {
            assertThat(row.action()).isEqualTo(DistributionAction.SEND);
            assertThat(row.needToKnow()).isTrue();
        });

        // Printing the same partners' copies later needs no certificate: their versions exist.
        var again = vm.distribution();
        again.load();
        again.recipients().stream().filter(r -> limited.stream().anyMatch(l -> l.partner().id() == r.partner().id()))
                .forEach(r -> r.selectedProperty().set(true));
        assertThat(again.needsCredentials()).isFalse();
        again.print();
        assertThat(printer.jobs).hasSize(2).allMatch(j -> j.startsWith("verslag-overleg-" + conferenceId + "-v1-"));
        assertThat(vm.log()).hasSize(4).filteredOn(r -> r.action() == DistributionAction.PRINT).hasSize(2);
    }

    @Test
    void verificationSaysWhetherTheFileIsIntactAndWhereItComesFrom() throws Exception {
        var vm = signed();
        Path saved = dir.resolve("verslag.pdf");
        vm.saveCopy(saved);
        List<MinutesViewModel.VerificationResult> results = new ArrayList<>();

        vm.verify(saved, results::add);
        byte[] tampered = Files.readAllBytes(saved);
        tampered[1500] = (byte) (tampered[1500] ^ 0x20);
        Path changed = dir.resolve("gewijzigd.pdf");
        Files.write(changed, tampered);
        vm.verify(changed, results::add);
        Path garbage = Files.writeString(dir.resolve("geen.pdf"), "geen pdf");
        vm.verify(garbage, results::add);

        assertThat(results).hasSize(3);
        var intact = results.get(0);
        assertThat(intact.verdict()).isEqualTo(SignatureCheck.Verdict.INTACT);
        assertThat(intact.verdictText()).startsWith("Intact");
        assertThat(intact.signer()).isEqualTo("Els de Voorzitter");
        assertThat(intact.signedAt()).isEqualTo(i18n.dateTime(clock.instant()));
        assertThat(intact.certificate()).startsWith("Proefcertificaat");
        assertThat(intact.origin()).isEqualTo("Kopie uit deze casustafel: overleg " + conferenceId
                + ", versie 1, volledig verslag");
        assertThat(results.get(1).verdictText()).startsWith("Gewijzigd");
        assertThat(results.get(1).origin()).isEqualTo("Niet gevonden in deze casustafel");
        assertThat(results.get(2).verdict()).isEqualTo(SignatureCheck.Verdict.UNREADABLE);
    }

    @Test
    void fileNamesCarryNoPersonalDataAndZoomStaysWithinItsBounds() {
        assertThat(MinutesViewModel.fileName(12, 2, "VEILIG_THUIS")).isEqualTo("verslag-overleg-12-v2-veilig-thuis.pdf");
        assertThat(MinutesViewModel.fileName(12, 2, "LEGER_DES_HEILS_JR")).isEqualTo(
                "verslag-overleg-12-v2-leger-des-heils-jr.pdf");
        assertThat(MinutesViewModel.jobName(12, 1, null)).isEqualTo("verslag-overleg-12-v1");
        var vm = load();
        for (int k = 0; k < 40; k++) {
            vm.zoomIn();
        }
        assertThat(vm.zoomProperty().get()).isEqualTo(MinutesViewModel.MAX_ZOOM);
        for (int k = 0; k < 40; k++) {
            vm.zoomOut();
        }
        assertThat(vm.zoomProperty().get()).isEqualTo(MinutesViewModel.MIN_ZOOM);
        vm.resetZoom();
        assertThat(vm.zoomProperty().get()).isEqualTo(MinutesViewModel.DEFAULT_ZOOM);
    }
}
