package nl.casustafel.ui.minutes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.minutes.Keystores;
import nl.casustafel.minutes.SigningCredentials;
import nl.casustafel.ui.common.FailureMessages;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signing dialog: the chair's PKCS#12 file with its password (and, when it holds several keys, which one), or a
 * personal test certificate made here for trying signing out. The credentials are loaded in the background and
 * handed to {@code use} (sign the minutes, or sign need-to-know copies); a wrong password, an expired certificate,
 * a certificate not meant for signing or an unreadable file shows next to its field and the dialog keeps the input
 * (the password field is cleared). Password characters are wiped from the arrays handed to the keystore.
 *
 * @param <R> what {@code use} gives back
 */
public final class SigningViewModel<R> extends FormViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SigningViewModel.class);
    public static final String FILE = "keystoreFile";
    public static final String PASSWORD = "keystorePassword";
    public static final String ALIAS = "keystoreAlias";
    public static final String NAME = "testName";
    public static final String NEW_PASSWORD = "testPassword";
    public static final String REPEAT_PASSWORD = "testPasswordRepeat";
    /** Minimum length of a test certificate's password. */
    public static final int MIN_PASSWORD = 8;
    /** Alias of the key in a test certificate file. */
    public static final String TEST_ALIAS = "casustafel-proef";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Set<String> FILE_ERRORS = Set.of("error.keystore.missing", "error.keystore.unreadable",
            "error.keystore.noKey", "error.certificate.expired", "error.certificate.notYetValid",
            "error.certificate.keyUsage");

    /** Where the key comes from. */
    public enum Mode {
        /** A PKCS#12 file issued by the organisation. */
        FILE,
        /** A personal test certificate made now. */
        TEST
    }

    /** What is done with the credentials, in the background. */
    @FunctionalInterface
    public interface Use<R> {
        R apply(SigningCredentials credentials) throws Exception;
    }

    private final Path certificateDirectory;
    private final String title;
    private final String actionText;
    private final String intro;
    private final Use<R> use;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.FILE);
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<String> alias = new SimpleObjectProperty<>();
    private final ReadOnlyListWrapper<String> aliases = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty repeatPassword = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Path> createdCertificate = new ReadOnlyObjectWrapper<>();
    private R result;

    public SigningViewModel(I18n i18n, UiExecutor executor, Clock clock, Path certificateDirectory,
                            String defaultName, String title, String actionText, String intro, Use<R> use) {
        super(i18n, executor, clock);
        this.certificateDirectory = certificateDirectory;
        this.title = title;
        this.actionText = actionText;
        this.intro = intro;
        this.use = use;
        name.set(defaultName == null ? "" : defaultName);
    }

    @Override
    public String title() {
        return title;
    }

    /** Label of the dialog's confirm button ("_Ondertekenen", "_Doorgaan"). */
    public String actionText() {
        return actionText;
    }

    /** What the dialog is for, in one or two sentences. */
    public String intro() {
        return intro;
    }

    @Override
    public void save() {
        List<FieldError> problems = new ArrayList<>();
        Mode chosen = mode.get();
        if (chosen == Mode.FILE) {
            if (blank(file.get())) {
                problems.add(FieldError.of(FILE, "minutes.sign.fileRequired"));
            }
            if (password.get() == null || password.get().isEmpty()) {
                problems.add(FieldError.of(PASSWORD, "minutes.sign.passwordRequired"));
            }
        } else {
            if (blank(name.get())) {
                problems.add(FieldError.of(NAME, "minutes.sign.nameRequired"));
            }
            String pw = newPassword.get() == null ? "" : newPassword.get();
            if (pw.length() < MIN_PASSWORD) {
                problems.add(FieldError.of(NEW_PASSWORD, "minutes.sign.passwordTooShort", MIN_PASSWORD));
            } else if (!pw.equals(repeatPassword.get())) {
                problems.add(FieldError.of(REPEAT_PASSWORD, "minutes.sign.passwordsDiffer"));
            }
        }
        if (!problems.isEmpty()) {
            showFieldErrors(problems);
            return;
        }
        Instant now = clock.instant();
        if (chosen == Mode.FILE) {
            Path keystore = Path.of(file.get().strip());
            char[] pw = password.get().toCharArray();
            String chosenAlias = blank(alias.get()) ? null : alias.get().strip();
            submit(problems, () -> {
                try {
                    return use.apply(Keystores.load(keystore, pw, chosenAlias, now));
                } finally {
                    Arrays.fill(pw, '\0');
                }
            }, this::done);
        } else {
            Path target = certificateDirectory.resolve("proefcertificaat-"
                    + STAMP.format(now.atZone(DomainTime.ZONE)) + ".p12");
            String holder = name.get().strip();
            char[] pw = newPassword.get().toCharArray();
            submit(problems, () -> {
                try {
                    Files.createDirectories(certificateDirectory);
                    Keystores.createTestCertificate(target, holder, pw, TEST_ALIAS, now);
                    SigningCredentials credentials = Keystores.load(target, pw, TEST_ALIAS, now);
                    try {
                        return use.apply(credentials);
                    } catch (Exception e) {
                        throw new AfterCreation(target, e);
                    }
                } catch (java.io.IOException e) {
                    throw new DomainException("error.keystore.create", e);
                } finally {
                    Arrays.fill(pw, '\0');
                }
            }, value -> {
                createdCertificate.set(target);
                done(value);
            });
        }
    }

    private void done(R value) {
        result = value;
        password.set("");
        newPassword.set("");
        repeatPassword.set("");
    }

    /** The test certificate was made, but using it failed: the next attempt uses the file made. */
    private static final class AfterCreation extends RuntimeException {
        private final transient Path certificate;

        AfterCreation(Path certificate, Throwable cause) {
            super(cause);
            this.certificate = certificate;
        }
    }

    @Override
    protected boolean handleFailure(Throwable failure) {
        Throwable cause = failure;
        if (failure instanceof AfterCreation after) {
            createdCertificate.set(after.certificate);
            file.set(after.certificate.toString());
            password.set(newPassword.get());
            alias.set(null);
            mode.set(Mode.FILE);
            cause = after.getCause();
        }
        if (cause instanceof DomainException d) {
            String key = d.messageKey();
            Object[] args = d.arguments().toArray();
            if ("error.keystore.password".equals(key)) {
                password.set("");
                showFieldErrors(List.of(FieldError.of(PASSWORD, key)));
                return true;
            }
            if ("error.keystore.chooseAlias".equals(key)) {
                if (args.length > 0) {
                    aliases.setAll(Arrays.stream(String.valueOf(args[0]).split(",\\s*"))
                            .filter(a -> !a.isBlank()).toList());
                }
                showFieldErrors(List.of(FieldError.of(ALIAS, key, args)));
                return true;
            }
            if ("error.keystore.alias".equals(key)) {
                showFieldErrors(List.of(FieldError.of(ALIAS, key, args)));
                return true;
            }
            if (FILE_ERRORS.contains(key) && mode.get() == Mode.FILE) {
                showFieldErrors(List.of(FieldError.of(FILE, key, args)));
                return true;
            }
        }
        if (cause != failure) {
            Failures.logIfUnexpected(LOG, "Using a new test certificate failed", cause);
            showMessage(FailureMessages.message(i18n, cause));
            return true;
        }
        return false;
    }

    @Override
    protected String conflictMessageKey() {
        return "minutes.conflict";
    }

    /** What {@code use} gave back, once the dialog was confirmed successfully. */
    public Optional<R> result() {
        return Optional.ofNullable(result);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** Path of the PKCS#12 file (*.p12, *.pfx). */
    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The key's alias; optional when the file holds one key. */
    public ObjectProperty<String> aliasProperty() {
        return alias;
    }

    /** The file's keys, known after it was read and found to hold several. */
    public ReadOnlyListProperty<String> aliases() {
        return aliases.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty repeatPasswordProperty() {
        return repeatPassword;
    }

    /** The test certificate made by this dialog, or null. */
    public ReadOnlyObjectProperty<Path> createdCertificateProperty() {
        return createdCertificate.getReadOnlyProperty();
    }

    /** Where test certificates are saved. */
    public Path certificateDirectory() {
        return certificateDirectory;
    }
}
