package nl.casustafel.ui.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.domain.partner.PartnerDraft;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.Failures;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adds or edits one partner organisation; validates with {@link PartnerDraft#validate()} before saving. */
public final class PartnerEditorViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PartnerEditorViewModel.class);

    /** How a save ended. */
    public enum Outcome { SAVED, INVALID, CONFLICT, FAILED }

    private final PartnerService partners;
    private final UiExecutor executor;
    private final I18n i18n;
    private final Partner original;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Map<String, String>> errors = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    PartnerEditorViewModel(PartnerService partners, UiExecutor executor, I18n i18n, Partner original) {
        this.partners = partners;
        this.executor = executor;
        this.i18n = i18n;
        this.original = original;
        if (original != null) {
            name.set(original.name());
            shortName.set(original.shortName());
            active.set(original.active());
        }
    }

    public boolean isNew() {
        return original == null;
    }

    public PartnerDraft draft() {
        return new PartnerDraft(name.get(), shortName.get(), active.get());
    }

    /**
     * Validates and saves in the background; {@code done} gets the outcome (on the UI thread). On a conflict
     * the message says so: the caller closes the editor and reloads the list.
     */
    public void save(java.util.function.Consumer<Outcome> done) {
        if (saving.get()) {
            return;
        }
        PartnerDraft draft = draft();
        Map<String, String> messages = messages(draft.validate());
        errors.set(messages);
        if (!messages.isEmpty()) {
            formError.set(i18n.get("validation.fixErrors"));
            done.accept(Outcome.INVALID);
            return;
        }
        formError.set("");
        saving.set(true);
        executor.submit(() -> {
            if (original == null) {
                partners.create(draft);
            } else {
                partners.update(original.id(), original.version(), draft);
            }
            return Boolean.TRUE;
        }, ok -> {
            saving.set(false);
            done.accept(Outcome.SAVED);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException v) {
                errors.set(messages(v.errors()));
                formError.set(i18n.get("validation.fixErrors"));
                done.accept(Outcome.INVALID);
            } else if (failure instanceof ConflictException) {
                formError.set(i18n.error(failure));
                done.accept(Outcome.CONFLICT);
            } else {
                Failures.logIfUnexpected(LOG, "Saving partner failed", failure);
                formError.set(i18n.error(failure));
                done.accept(Outcome.FAILED);
            }
        });
    }

    private Map<String, String> messages(List<FieldError> fieldErrors) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldError e : fieldErrors) {
            out.putIfAbsent(e.field(), i18n.error(e));
        }
        return Map.copyOf(out);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyObjectProperty<Map<String, String>> errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
