package nl.casustafel.ui.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.ui.common.DateFields;
import nl.casustafel.ui.common.FailureMessages;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Common state of a dialog form: field messages (field -> localized text), a message for the whole form,
 * whether it is saving and whether it has been saved. Validates before saving; nothing is saved while a
 * field is invalid. Service failures become field messages (validation), a conflict message (after which
 * the dossier is reloaded and the typed input stays), or a general message.
 */
public abstract class FormViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(FormViewModel.class);

    protected final I18n i18n;
    protected final UiExecutor executor;
    protected final Clock clock;
    private final ReadOnlyObjectWrapper<Map<String, String>> errors = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private Runnable onSaved = () -> { };
    private Runnable onConflict = () -> { };

    protected FormViewModel(I18n i18n, UiExecutor executor, Clock clock) {
        this.i18n = i18n;
        this.executor = executor;
        this.clock = clock;
    }

    /** Validates and, when valid, saves in the background. */
    public abstract void save();

    /** Title of the dialog. */
    public abstract String title();

    /** Runs after a successful save (the household view reloads the dossier). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** Runs after a conflict (the household view reloads the dossier and refreshes this form's version). */
    public void setOnConflict(Runnable onConflict) {
        this.onConflict = onConflict;
    }

    protected LocalDate today() {
        return DomainTime.today(clock);
    }

    /**
     * Shows {@code problems} (typed text that is not a date, then the draft's own validation) or, when there are
     * none, runs {@code work} in the background.
     */
    protected <T> void submit(List<FieldError> problems, Callable<T> work, Consumer<T> afterSave) {
        if (busy.get()) {
            return;
        }
        if (!problems.isEmpty()) {
            showFieldErrors(problems);
            return;
        }
        errors.set(Map.of());
        message.set("");
        busy.set(true);
        executor.submit(work, result -> {
            busy.set(false);
            saved.set(true);
            afterSave.accept(result);
            onSaved.run();
        }, this::failed);
    }

    private void failed(Throwable t) {
        busy.set(false);
        if (handleFailure(t)) {
            return;
        }
        if (t instanceof ValidationException v && !v.errors().isEmpty()) {
            showFieldErrors(v.errors());
        } else if (t instanceof ConflictException) {
            message.set(i18n.get(conflictMessageKey()));
            conflicted();
            onConflict.run();
        } else if (t instanceof DomainException d) {
            message.set(FailureMessages.message(i18n, d));
        } else {
            LOG.error("Saving {} failed", getClass().getSimpleName(), t);
            message.set(i18n.error(t));
        }
    }

    /** A failure this form handles itself (e.g. a measure locked meanwhile); true when handled. */
    protected boolean handleFailure(Throwable failure) {
        return false;
    }

    /** After a conflict, before {@link #setOnConflict}'s callback: e.g. pick up the current version. */
    protected void conflicted() {
    }

    /** The text of one field error; forms may say a common mistake in clearer words. */
    protected String fieldMessage(FieldError error) {
        return i18n.error(error);
    }

    /** The message shown after a conflict; the input stays in the form. */
    protected String conflictMessageKey() {
        return "household.conflict.reloaded";
    }

    /** Shows field messages (and "check the marked fields") without saving. */
    protected void showFieldErrors(List<FieldError> problems) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldError e : problems) {
            map.putIfAbsent(e.field(), fieldMessage(e));
        }
        errors.set(Map.copyOf(map));
        message.set(i18n.get("validation.fixErrors"));
    }

    /** Shows a message for the whole form. */
    protected void showMessage(String text) {
        message.set(text);
    }

    /** A date typed as text: adds {@code validation.invalidDate} when it is not empty and not a date. */
    protected static LocalDate date(String text, String field, List<FieldError> problems) {
        LocalDate date = DateFields.parseDate(text);
        if (date == null && text != null && !text.isBlank()) {
            problems.add(FieldError.of(field, "validation.invalidDate"));
        }
        return date;
    }

    /** A time typed as text: adds {@code validation.invalidTime} when it is not empty and not a time. */
    protected static LocalTime time(String text, String field, List<FieldError> problems) {
        LocalTime time = DateFields.parseTime(text);
        if (time == null && text != null && !text.isBlank()) {
            problems.add(FieldError.of(field, "validation.invalidTime"));
        }
        return time;
    }

    /** Draft validation for fields whose typed text was fine (so a field shows one message). */
    protected static void addUnlessPresent(List<FieldError> problems, List<FieldError> more) {
        for (FieldError e : more) {
            if (problems.stream().noneMatch(p -> p.field().equals(e.field()))) {
                problems.add(e);
            }
        }
    }

    public ReadOnlyObjectProperty<Map<String, String>> errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public Map<String, String> getErrors() {
        return errors.get();
    }

    /** A message for the whole form ("check the marked fields", a conflict, a failure); empty when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public boolean isSaved() {
        return saved.get();
    }
}
