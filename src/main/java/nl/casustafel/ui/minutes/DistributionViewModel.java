package nl.casustafel.ui.minutes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.casustafel.domain.minutes.MinutesVersion;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.minutes.SigningCredentials;
import nl.casustafel.service.minutes.MinutesCopySummary;
import nl.casustafel.service.minutes.MinutesService;
import nl.casustafel.ui.common.FailureMessages;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verstrekken: the signed minutes to partners, each with its own file or print. Per partner "alleen eigen
 * huishoudens" (need to know, on by default) gives a version without the households that partner is not involved in;
 * such a version is made and signed now (unless made before), so the chair's credentials are asked once for all of
 * them. A partner
 * involved in every household gets the complete minutes. Saving writes one file per recipient into a folder
 * (recorded as SEND); printing prints each recipient's copy (recorded as PRINT when printed).
 */
public final class DistributionViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DistributionViewModel.class);

    /** One partner in the dialog. */
    public static final class Recipient {
        private final Partner partner;
        private final boolean invited;
        private final BooleanProperty selected = new SimpleBooleanProperty(false);
        private final BooleanProperty needToKnow = new SimpleBooleanProperty(true);
        private final ReadOnlyBooleanWrapper ownCopyPossible = new ReadOnlyBooleanWrapper(true);
        private final ReadOnlyBooleanWrapper known = new ReadOnlyBooleanWrapper(false);
        private final boolean hasOwnCopy;

        Recipient(Partner partner, boolean invited, boolean hasOwnCopy) {
            this.partner = partner;
            this.invited = invited;
            this.hasOwnCopy = hasOwnCopy;
        }

        public Partner partner() {
            return partner;
        }

        public boolean invited() {
            return invited;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        /** "Alleen eigen huishoudens". */
        public BooleanProperty needToKnowProperty() {
            return needToKnow;
        }

        /** False when the partner is involved in every household: a need-to-know copy would be the complete one. */
        public ReadOnlyBooleanProperty ownCopyPossibleProperty() {
            return ownCopyPossible.getReadOnlyProperty();
        }

        /** True once {@link #ownCopyPossibleProperty()} was looked up. */
        public ReadOnlyBooleanProperty knownProperty() {
            return known.getReadOnlyProperty();
        }

        /** A need-to-know copy that must be made and signed for this partner (none was made before). */
        boolean needsOwnSignedCopy() {
            return selected.get() && needToKnow.get() && ownCopyPossible.get() && !hasOwnCopy;
        }
    }

    private final MinutesService minutes;
    private final UiExecutor executor;
    private final I18n i18n;
    private final Clock clock;
    private final PdfPrinter printer;
    private final Path certificateDirectory;
    private final String chairName;
    private final long conferenceId;
    private final MinutesVersion version;
    private final ObservableList<Recipient> recipients = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding anySelected;
    private SigningCredentials credentials;
    private Consumer<String> onDone = text -> { };

    DistributionViewModel(MinutesService minutes, UiExecutor executor, I18n i18n, Clock clock, PdfPrinter printer,
                          Path certificateDirectory, String chairName, long conferenceId, MinutesVersion version,
                          List<Partner> partners, Set<Long> invited, Set<Long> partnersWithOwnCopy) {
        this.minutes = minutes;
        this.executor = executor;
        this.i18n = i18n;
        this.clock = clock;
        this.printer = printer;
        this.certificateDirectory = certificateDirectory;
        this.chairName = chairName;
        this.conferenceId = conferenceId;
        this.version = version;
        List<Recipient> first = new ArrayList<>();
        List<Recipient> rest = new ArrayList<>();
        for (Partner p : partners) {
            boolean isInvited = invited.contains(p.id());
            (isInvited ? first : rest).add(new Recipient(p, isInvited, partnersWithOwnCopy.contains(p.id())));
        }
        recipients.addAll(first);
        recipients.addAll(rest);
        anySelected = Bindings.createBooleanBinding(() -> recipients.stream().anyMatch(r -> r.selected.get()),
                recipients.stream().map(r -> r.selected).toArray(javafx.beans.Observable[]::new));
    }

    /** Looks up, per partner, whether a need-to-know copy would leave out a household. */
    public void load() {
        long minutesId = version.id();
        List<Long> ids = recipients.stream().map(r -> r.partner.id()).toList();
        executor.submit(() -> {
            Map<Long, Boolean> own = new LinkedHashMap<>();
            for (long id : ids) {
                own.put(id, minutes.needsOwnCopy(minutesId, id));
            }
            return own;
        }, own -> {
            for (Recipient r : recipients) {
                boolean possible = own.getOrDefault(r.partner.id(), true);
                r.ownCopyPossible.set(possible);
                r.known.set(true);
                if (!possible) {
                    r.needToKnow.set(false);
                }
            }
            loaded.set(true);
        }, this::failed);
    }

    /** True when a need-to-know copy must be signed now, and no credentials were given yet. */
    public boolean needsCredentials() {
        return credentials == null && recipients.stream().anyMatch(Recipient::needsOwnSignedCopy);
    }

    /** The signing dialog's model that only loads the credentials (for all need-to-know copies at once). */
    public SigningViewModel<SigningCredentials> signing() {
        SigningViewModel<SigningCredentials> vm = new SigningViewModel<>(i18n, executor, clock,
                certificateDirectory, chairName, i18n.get("minutes.distribute.signTitle"),
                i18n.get("minutes.distribute.signButton"), i18n.get("minutes.distribute.signIntro"), c -> c);
        vm.setOnSaved(() -> vm.result().ifPresent(c -> credentials = c));
        return vm;
    }

    /** The selected recipients, in the dialog's order. */
    public List<Recipient> selected() {
        return recipients.stream().filter(r -> r.selected.get()).toList();
    }

    /** The files saving into {@code folder} writes, one per selected recipient. */
    public List<Path> targets(Path folder) {
        return selected().stream().map(r -> folder.resolve(fileName(r))).toList();
    }

    /** Of {@link #targets}, the files that exist already (the view asks before replacing them). */
    public List<Path> existingTargets(Path folder) {
        return targets(folder).stream().filter(Files::exists).toList();
    }

    String fileName(Recipient r) {
        return MinutesViewModel.fileName(conferenceId, version.number(), r.partner.code());
    }

    /** Writes each selected recipient's copy into {@code folder}, recorded as sent to that partner. */
    public void saveForSending(Path folder) {
        List<Recipient> chosen = selected();
        if (!ready(chosen) || folder == null) {
            return;
        }
        List<Job> jobs = jobs(chosen);
        begin();
        executor.submit(() -> {
            for (Job j : jobs) {
                MinutesCopySummary copy = copyFor(j);
                minutes.saveCopy(copy.copy().id(), j.partnerId(), folder.resolve(j.fileName()));
            }
            return jobs.size();
        }, count -> finish(i18n.get("minutes.done.sent", count, folder.toString())), this::failed);
    }

    /** Prints each selected recipient's copy (one print dialog for all), recorded as printed for that partner. */
    public void print() {
        List<Recipient> chosen = selected();
        if (!ready(chosen)) {
            return;
        }
        List<Job> jobs = jobs(chosen);
        begin();
        executor.submit(() -> {
            List<MinutesCopySummary> copies = new ArrayList<>();
            List<PdfPrinter.Document> documents = new ArrayList<>();
            for (Job j : jobs) {
                MinutesCopySummary copy = copyFor(j);
                copies.add(copy);
                documents.add(new PdfPrinter.Document(minutes.copyBytes(copy.copy().id()),
                        MinutesViewModel.jobName(conferenceId, version.number(), j.code())));
            }
            int printed;
            try {
                printed = printer.print(documents);
            } catch (PdfPrinter.PrintFailure f) {
                record(copies, jobs, f.printed());
                throw f;
            }
            record(copies, jobs, printed);
            return printed;
        }, printed -> {
            if (printed == 0) {
                busy.set(false);
            } else {
                finish(i18n.get("minutes.done.printedCopies", printed));
            }
        }, this::failed);
    }

    private void record(List<MinutesCopySummary> copies, List<Job> jobs, int printed) {
        for (int k = 0; k < printed && k < copies.size(); k++) {
            minutes.recordPrint(copies.get(k).copy().id(), jobs.get(k).partnerId());
        }
    }

    private record Job(long partnerId, String code, boolean needToKnow, boolean signNow, String fileName) {
    }

    private List<Job> jobs(List<Recipient> chosen) {
        return chosen.stream().map(r -> new Job(r.partner.id(), r.partner.code(),
                r.needToKnow.get() && r.ownCopyPossible.get(), r.needsOwnSignedCopy(), fileName(r))).toList();
    }

    private MinutesCopySummary copyFor(Job j) {
        Locale locale = i18n.locale();
        return minutes.copyFor(version.id(), j.partnerId(), j.needToKnow(), j.signNow() ? credentials : null,
                locale);
    }

    private boolean ready(List<Recipient> chosen) {
        if (busy.get()) {
            return false;
        }
        if (chosen.isEmpty()) {
            message.set(i18n.get("minutes.distribute.noneSelected"));
            return false;
        }
        if (needsCredentials()) {
            message.set(i18n.get("minutes.distribute.credentialsNeeded"));
            return false;
        }
        return true;
    }

    private void begin() {
        busy.set(true);
        message.set("");
    }

    private void finish(String text) {
        busy.set(false);
        finished.set(true);
        onDone.accept(text);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        Failures.logIfUnexpected(LOG, "Distributing the minutes failed", failure);
        message.set(FailureMessages.message(i18n, failure));
        // Copies made or recorded before the failure are in the log: refresh it.
        onDone.accept(null);
    }

    /** Runs after a distribution (with its confirmation) and after a failure (with null): refresh the log. */
    public void setOnDone(Consumer<String> onDone) {
        this.onDone = onDone;
    }

    public int versionNumber() {
        return version.number();
    }

    public ObservableList<Recipient> recipients() {
        return recipients;
    }

    public BooleanBinding anySelectedProperty() {
        return anySelected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True after a successful save or print: the dialog closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }
}
