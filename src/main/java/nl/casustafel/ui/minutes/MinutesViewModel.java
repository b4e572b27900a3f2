package nl.casustafel.ui.minutes;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.minutes.DistributionAction;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.domain.minutes.MinutesVersion;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.minutes.PageImages;
import nl.casustafel.minutes.PageImages.PageImage;
import nl.casustafel.minutes.SignatureCheck;
import nl.casustafel.minutes.SigningCredentials;
import nl.casustafel.service.minutes.MinutesCopySummary;
import nl.casustafel.service.minutes.MinutesOverview;
import nl.casustafel.service.minutes.MinutesOverview.DistributionEntry;
import nl.casustafel.service.minutes.MinutesOverview.VersionEntry;
import nl.casustafel.service.minutes.MinutesService;
import nl.casustafel.service.minutes.Verification;
import nl.casustafel.ui.common.FailureMessages;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Verslag tab of a closed conference: the minutes' current version with its status, the actions its status
 * allows (concept -> vastgesteld -> ondertekend, corrections, saving, printing, distribution, verification), the
 * rendered preview and the distribution log. Every service call and every rendering runs through the
 * {@link UiExecutor}; the service enforces the lifecycle too, its refusals become messages.
 */
public final class MinutesViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MinutesViewModel.class);
    /** The preview is rendered at 1.5 times 72 dpi: readable on screen, sharp enough up to 100 % zoom. */
    public static final float PREVIEW_SCALE = 1.5f;
    public static final double MIN_ZOOM = 0.4;
    public static final double MAX_ZOOM = 2.0;
    public static final double ZOOM_STEP = 0.1;
    public static final double DEFAULT_ZOOM = 0.7;
    /** Shown of a SHA-256 in the log; the whole hash is on the tooltip and copied with Ctrl+C. */
    public static final int SHORT_HASH = 12;

    /** What the tab shows. */
    public enum State {
        LOADING,
        /** A closed conference without minutes yet. */
        NONE,
        /** A version exists. */
        VERSION
    }

    /** One row of the distribution log, with its texts in the user's language. */
    public record LogRow(Instant at, int version, String recipient, DistributionAction action, String actionText,
                         boolean needToKnow, String sha256, String by) {
        public String shortHash() {
            return sha256.length() <= SHORT_HASH ? sha256 : sha256.substring(0, SHORT_HASH);
        }
    }

    /** The outcome of verifying a file, in the user's language. */
    public record VerificationResult(SignatureCheck.Verdict verdict, String verdictText, String signer,
                                     String signedAt, String certificate, String origin, String sha256) {
    }

    /** A short confirmation of something done (saved, printed), or an error. */
    public record Notice(String text, boolean error) {
    }

    private final MinutesService minutes;
    private final UiExecutor executor;
    private final I18n i18n;
    private final Clock clock;
    private final PdfPrinter printer;
    private final Path certificateDirectory;
    private final long conferenceId;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyObjectWrapper<MinutesOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MinutesStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper testCertificate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper correctionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changedWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();

    private final ReadOnlyBooleanWrapper canCreateConcept = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canApprove = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canReopen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSign = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canCorrect = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDistribute = new ReadOnlyBooleanWrapper(false);

    private final ReadOnlyListWrapper<PageImage> pages = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper previewLoading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper previewMessage = new ReadOnlyStringWrapper("");
    private final DoubleProperty zoom = new SimpleDoubleProperty(DEFAULT_ZOOM);
    private final ReadOnlyListWrapper<LogRow> log = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());

    private String previewKey;
    private int previewGeneration;
    private int loadGeneration;
    private String chairName = "";
    private Set<Long> invited = Set.of();

    /**
     * @param certificateDirectory where personal test certificates are saved (the data directory's
     *                             {@code certificates} folder)
     */
    public MinutesViewModel(MinutesService minutes, UiExecutor executor, I18n i18n, Clock clock, PdfPrinter printer,
                            Path certificateDirectory, long conferenceId) {
        this.minutes = minutes;
        this.executor = executor;
        this.i18n = i18n;
        this.clock = clock;
        this.printer = printer;
        this.certificateDirectory = certificateDirectory;
        this.conferenceId = conferenceId;
    }

    public long conferenceId() {
        return conferenceId;
    }

    /** The chair's name (the default name of a test certificate) and the invited partners (listed first). */
    public void setConference(String chairName, Set<Long> invitedPartnerIds) {
        this.chairName = chairName == null ? "" : chairName;
        this.invited = Set.copyOf(invitedPartnerIds);
    }

    // ---- loading ------------------------------------------------------------------------------------------

    /** Loads the overview; renders the preview again when the version, its status or the conference changed. */
    public void load() {
        int mine = ++loadGeneration;
        executor.submit(() -> minutes.overview(conferenceId), loaded -> {
            if (mine == loadGeneration) {
                show(loaded);
            }
        }, failure -> {
            Failures.logIfUnexpected(LOG, "Loading the minutes failed", failure);
            message.set(FailureMessages.message(i18n, failure));
        });
    }

    private void show(MinutesOverview o) {
        overview.set(o);
        VersionEntry current = o.current();
        log.setAll(o.log().stream().map(this::row).toList());
        if (o.conference() != null && o.conference().chairName() != null && chairName.isEmpty()) {
            chairName = o.conference().chairName();
        }
        if (current == null) {
            state.set(State.NONE);
            status.set(null);
            statusText.set("");
            testCertificate.set(false);
            correctionText.set("");
            changedWarning.set("");
            pages.clear();
            previewKey = null;
        } else {
            MinutesVersion v = current.minutes();
            state.set(State.VERSION);
            status.set(v.status());
            statusText.set(statusText(v));
            testCertificate.set(v.status() == MinutesStatus.SIGNED && v.testCertificate());
            correctionText.set(v.isCorrection() ? i18n.get("minutes.header.correction",
                    replacedNumber(o, v), nz(v.correctionReason())) : "");
            changedWarning.set(!o.changedSinceApproval() ? ""
                    : v.status() == MinutesStatus.APPROVED ? i18n.get("minutes.header.changedApproved")
                    : v.status() == MinutesStatus.SIGNED ? i18n.get("minutes.header.changedSigned") : "");
            String key = v.id() + "/" + v.version() + "/" + v.status() + "/"
                    + (o.conference() == null ? "" : o.conference().version());
            if (!key.equals(previewKey)) {
                previewKey = key;
                renderPreview(v.id());
            }
        }
        updateAllowed();
    }

    private String statusText(MinutesVersion v) {
        String label = i18n.get("minutes.status." + v.status().name());
        String head = i18n.get("minutes.header.version", v.number(), label);
        return switch (v.status()) {
            case CONCEPT -> head;
            case APPROVED -> i18n.get("minutes.header.by", head, nz(v.approvedBy()), i18n.dateTime(v.approvedAt()));
            case SIGNED -> i18n.get("minutes.header.by", head, nz(v.signerName()), i18n.dateTime(v.signedAt()));
        };
    }

    private static String replacedNumber(MinutesOverview o, MinutesVersion v) {
        return o.versions().stream().map(VersionEntry::minutes).filter(m -> m.id() == v.replacesId())
                .map(m -> Integer.toString(m.number())).findFirst().orElse("?");
    }

    private LogRow row(DistributionEntry e) {
        var d = e.distribution();
        String recipient = d.recipientPartnerId() == null ? i18n.get("minutes.log.ownArchive")
                : nz(e.recipientName());
        String by = nz(d.performedBy()) + (d.workstation() == null || d.workstation().isBlank() ? ""
                : " / " + d.workstation());
        return new LogRow(d.performedAt(), e.versionNumber(), recipient, d.action(),
                i18n.get("minutes.action." + d.action().name()), e.needToKnowCopy(), d.sha256(), by);
    }

    private void updateAllowed() {
        MinutesOverview o = overview.get();
        VersionEntry current = o == null ? null : o.current();
        MinutesStatus s = current == null ? null : current.minutes().status();
        boolean free = !busy.get();
        canCreateConcept.set(free && o != null && current == null);
        canApprove.set(free && s == MinutesStatus.CONCEPT);
        canReopen.set(free && s == MinutesStatus.APPROVED);
        canSign.set(free && s == MinutesStatus.APPROVED);
        canCorrect.set(free && s == MinutesStatus.SIGNED);
        canDistribute.set(free && s == MinutesStatus.SIGNED && current.completeCopy() != null);
    }

    // ---- preview ------------------------------------------------------------------------------------------

    /** Renders the current version's PDF again (in the background). */
    public void refreshPreview() {
        VersionEntry current = current();
        if (current != null) {
            renderPreview(current.minutes().id());
        }
    }

    private void renderPreview(long minutesId) {
        int mine = ++previewGeneration;
        previewLoading.set(true);
        previewMessage.set("");
        Locale locale = i18n.locale();
        executor.submit(() -> PageImages.render(minutes.preview(minutesId, locale), PREVIEW_SCALE,
                () -> mine != previewGeneration), rendered -> {
                    if (mine == previewGeneration) {
                        previewLoading.set(false);
                        pages.setAll(rendered);
                    }
                }, failure -> {
                    if (mine == previewGeneration) {
                        previewLoading.set(false);
                        pages.clear();
                        Failures.logIfUnexpected(LOG, "Rendering the minutes preview failed", failure);
                        previewMessage.set(FailureMessages.message(i18n, failure));
                    }
                });
    }

    public void zoomIn() {
        setZoom(zoom.get() + ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() - ZOOM_STEP);
    }

    public void resetZoom() {
        setZoom(DEFAULT_ZOOM);
    }

    private void setZoom(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, rounded)));
    }

    // ---- lifecycle ----------------------------------------------------------------------------------------

    /** Makes version 1 as a concept from the closed conference. */
    public void createConcept() {
        if (!canCreateConcept.get()) {
            return;
        }
        change(() -> minutes.openConcept(conferenceId), "minutes.done.concept");
    }

    /** The chair approves the concept (after confirming in the view). */
    public void approve() {
        VersionEntry current = current();
        if (current == null || !canApprove.get()) {
            return;
        }
        MinutesVersion v = current.minutes();
        change(() -> {
            minutes.approve(v.id(), v.version());
            return null;
        }, "minutes.done.approved");
    }

    /** Back from approved to concept. */
    public void reopen() {
        VersionEntry current = current();
        if (current == null || !canReopen.get()) {
            return;
        }
        MinutesVersion v = current.minutes();
        change(() -> {
            minutes.reopen(v.id(), v.version());
            return null;
        }, "minutes.done.reopened");
    }

    /** The signing dialog's model for the current (approved) version; null when it cannot be signed now. */
    public SigningViewModel<MinutesCopySummary> signing() {
        VersionEntry current = current();
        if (current == null || !canSign.get()) {
            return null;
        }
        MinutesVersion v = current.minutes();
        Locale locale = i18n.locale();
        SigningViewModel<MinutesCopySummary> vm = new SigningViewModel<>(i18n, executor, clock, certificateDirectory,
                chairName, i18n.get("minutes.sign.title", v.number()), i18n.get("minutes.sign.button"),
                i18n.get("minutes.sign.intro"),
                credentials -> minutes.sign(v.id(), v.version(), credentials, locale));
        vm.setOnSaved(() -> {
            notice.set(new Notice(i18n.get("minutes.done.signed"), false));
            load();
        });
        return vm;
    }

    /** The dialog's model for a correction of the signed version; null when there is nothing to correct. */
    public CorrectionViewModel correction() {
        VersionEntry current = current();
        if (current == null || !canCorrect.get()) {
            return null;
        }
        CorrectionViewModel vm = new CorrectionViewModel(minutes, i18n, executor, clock, conferenceId,
                current.minutes().number());
        vm.setOnSaved(() -> {
            notice.set(new Notice(i18n.get("minutes.done.correction"), false));
            load();
        });
        return vm;
    }

    /** The distribution dialog's model; null when there is no signed version. */
    public DistributionViewModel distribution() {
        VersionEntry current = current();
        MinutesOverview o = overview.get();
        if (current == null || !canDistribute.get()) {
            return null;
        }
        List<Partner> recipients = o.recipients();
        Set<Long> withOwnCopy = current.copies().stream().map(c -> c.copy().partnerId()).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        DistributionViewModel vm = new DistributionViewModel(minutes, executor, i18n, clock, printer,
                certificateDirectory, chairName, conferenceId, current.minutes(), recipients, invited, withOwnCopy);
        vm.setOnDone(text -> {
            notice.set(new Notice(text, false));
            load();
        });
        return vm;
    }

    // ---- copies -------------------------------------------------------------------------------------------

    /** File name of the complete copy, without personal data: verslag-overleg-12-v1.pdf. */
    public String defaultFileName() {
        VersionEntry current = current();
        return fileName(conferenceId, current == null ? 1 : current.minutes().number(), null);
    }

    /** verslag-overleg-12-v1.pdf, or verslag-overleg-12-v1-veilig-thuis.pdf for a partner's copy. */
    static String fileName(long conferenceId, int number, String partnerCode) {
        String base = "verslag-overleg-" + conferenceId + "-v" + number;
        if (partnerCode != null && !partnerCode.isBlank()) {
            String code = partnerCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-+|-+$)", "");
            base += "-" + (code.isEmpty() ? "partner" : code);
        }
        return base + ".pdf";
    }

    /** Print job name, without personal data. */
    static String jobName(long conferenceId, int number, String partnerCode) {
        return fileName(conferenceId, number, partnerCode).replace(".pdf", "");
    }

    /** Saves the complete signed copy to {@code target} (recorded as SAVE). */
    public void saveCopy(Path target) {
        MinutesCopySummary copy = completeCopy();
        if (copy == null || target == null || !canDistribute.get()) {
            return;
        }
        long copyId = copy.copy().id();
        change(() -> {
            minutes.saveCopy(copyId, null, target);
            return null;
        }, i18n.get("minutes.done.saved", target.getFileName().toString()), true);
    }

    /** Prints the complete signed copy (system dialog); recorded as PRINT only when it was printed. */
    public void print() {
        MinutesCopySummary copy = completeCopy();
        if (copy == null || !canDistribute.get()) {
            return;
        }
        long copyId = copy.copy().id();
        String job = jobName(conferenceId, current().minutes().number(), null);
        begin();
        executor.submit(() -> {
            byte[] pdf = minutes.copyBytes(copyId);
            boolean printed;
            try {
                printed = printer.print(pdf, job);
            } catch (PdfPrinter.PrintFailure f) {
                if (f.printed() > 0) {
                    minutes.recordPrint(copyId, null);
                }
                throw f;
            }
            if (printed) {
                minutes.recordPrint(copyId, null);
            }
            return printed;
        }, printed -> {
            end();
            if (printed) {
                notice.set(new Notice(i18n.get("minutes.done.printed"), false));
                load();
            }
        }, this::failed);
    }

    // ---- verification -------------------------------------------------------------------------------------

    /** Verifies a PDF file; {@code onResult} gets what was found, in words. */
    public void verify(Path file, Consumer<VerificationResult> onResult) {
        if (file == null) {
            return;
        }
        begin();
        executor.submit(() -> minutes.verify(file), v -> {
            end();
            onResult.accept(describe(v));
        }, this::failed);
    }

    /** The verification in the user's language. */
    public VerificationResult describe(Verification v) {
        SignatureCheck s = v.signature();
        String verdict = i18n.get("minutes.verify.verdict." + s.verdict().name());
        String signer = s.signerName() == null ? "\u2013" : s.signerName();
        String at = s.signedAt() == null ? "\u2013" : i18n.dateTime(s.signedAt());
        String certificate = s.signerName() == null ? "\u2013"
                : i18n.get(s.testCertificate() ? "minutes.verify.testCertificate" : "minutes.verify.certificate");
        String origin;
        if (v.knownCopy() && v.conferenceId() != null) {
            origin = v.recipientName() == null
                    ? i18n.get("minutes.verify.knownComplete", String.valueOf(v.conferenceId()),
                    v.versionNumber() == null ? "?" : v.versionNumber())
                    : i18n.get("minutes.verify.knownPartner", String.valueOf(v.conferenceId()),
                    v.versionNumber() == null ? "?" : v.versionNumber(), v.recipientName());
        } else {
            origin = i18n.get("minutes.verify.unknown");
        }
        return new VerificationResult(s.verdict(), verdict, signer, at, certificate, origin, nz(s.sha256()));
    }

    // ---- plumbing -----------------------------------------------------------------------------------------

    private <T> void change(Callable<T> work, String doneKey) {
        change(work, i18n.get(doneKey), true);
    }

    private <T> void change(Callable<T> work, String doneText, boolean reload) {
        begin();
        executor.submit(work, ignored -> {
            end();
            notice.set(new Notice(doneText, false));
            if (reload) {
                load();
            }
        }, this::failed);
    }

    private void begin() {
        busy.set(true);
        message.set("");
        notice.set(null);
        updateAllowed();
    }

    private void end() {
        busy.set(false);
        updateAllowed();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        Failures.logIfUnexpected(LOG, "A minutes action failed", failure);
        if (failure instanceof ConflictException) {
            message.set(i18n.get("minutes.conflict"));
        } else {
            message.set(FailureMessages.message(i18n, failure));
        }
        updateAllowed();
        // The lifecycle may have moved on meanwhile (a colleague, another window): show it as it is now.
        load();
    }

    private VersionEntry current() {
        MinutesOverview o = overview.get();
        return o == null ? null : o.current();
    }

    private MinutesCopySummary completeCopy() {
        VersionEntry current = current();
        return current == null ? null : current.completeCopy();
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "\u2013" : s;
    }

    public void clearNotice() {
        notice.set(null);
    }

    public void showMessage(String text) {
        message.set(Objects.requireNonNullElse(text, ""));
    }

    // ---- properties ---------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MinutesOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MinutesStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Versie 2 – Ondertekend (door R. Voorzitter op 02-03-2026 10:00)". */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** True when the current version was signed with a personal test certificate. */
    public ReadOnlyBooleanProperty testCertificateProperty() {
        return testCertificate.getReadOnlyProperty();
    }

    /** "Correctie van versie 1: <reason>", or empty. */
    public ReadOnlyStringProperty correctionTextProperty() {
        return correctionText.getReadOnlyProperty();
    }

    /** A warning when the conference changed after approval, or empty. */
    public ReadOnlyStringProperty changedWarningProperty() {
        return changedWarning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What went wrong, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What was just done ("Opgeslagen als ..."), or null. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCreateConceptProperty() {
        return canCreateConcept.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApproveProperty() {
        return canApprove.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReopenProperty() {
        return canReopen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSignProperty() {
        return canSign.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCorrectProperty() {
        return canCorrect.getReadOnlyProperty();
    }

    /** Saving, printing and distributing need a signed version. */
    public ReadOnlyBooleanProperty canDistributeProperty() {
        return canDistribute.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<PageImage> pages() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewLoadingProperty() {
        return previewLoading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewMessageProperty() {
        return previewMessage.getReadOnlyProperty();
    }

    /** 1 = the rendered size (1.5 x 72 dpi). */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyListProperty<LogRow> log() {
        return log.getReadOnlyProperty();
    }
}
