package nl.casustafel.ui.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;

/**
 * First start on a new machine: "Back-up terugzetten". The backup file, and the user name and password of an
 * administrator at the time of the backup; the restore (verify every segment, unpack, open) runs in the
 * background and ends logged in, or with one clear message (wrong password, damaged file) and nothing left behind.
 */
public final class RestoreViewModel<T> extends FormViewModel {
    public static final String FILE = "backupFile";
    public static final String USER = "userName";
    public static final String PASSWORD = "password";
    private final BackupRestorer<T> restorer;
    private final Consumer<T> onRestored;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");

    public RestoreViewModel(BackupRestorer<T> restorer, UiExecutor executor, I18n i18n, Consumer<T> onRestored) {
        super(i18n, executor, Clock.systemUTC());
        this.restorer = restorer;
        this.onRestored = onRestored;
    }

    @Override
    public String title() {
        return i18n.get("restore.title");
    }

    @Override
    public void save() {
        List<FieldError> problems = new ArrayList<>();
        Path chosen = file.get();
        if (chosen == null) {
            problems.add(FieldError.of(FILE, "validation.required"));
        } else if (!Files.isRegularFile(chosen)) {
            problems.add(FieldError.of(FILE, "restore.error.noFile"));
        }
        String user = userName.get() == null ? "" : userName.get().strip();
        if (user.isEmpty()) {
            problems.add(FieldError.of(USER, "validation.required"));
        }
        if (password.get() == null || password.get().isEmpty()) {
            problems.add(FieldError.of(PASSWORD, "validation.required"));
        }
        if (!problems.isEmpty()) {
            showFieldErrors(problems);
            return;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        submit(List.of(), () -> {
            try {
                return restorer.restore(chosen, user, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, onRestored);
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public I18n i18n() {
        return i18n;
    }
}
