package nl.casustafel.ui.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The (temporary) create-household form: the fields of {@link HouseholdDraft}, validated with
 * {@code draft.validate(today)} before anything is sent; messages per field for the form.
 */
public final class HouseholdFormViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HouseholdFormViewModel.class);
    /** Field name for the case director's name (the draft's CASE_DIRECTOR error belongs to the partner choice). */
    public static final String CASE_DIRECTOR_NAME = "caseDirectorName";

    private final HouseholdService households;
    private final PartnerService partners;
    private final UiExecutor executor;
    private final I18n i18n;
    private final Clock clock;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty street = new SimpleStringProperty("");
    private final StringProperty houseNumber = new SimpleStringProperty("");
    private final StringProperty postcode = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.DIRECT_SAFETY);
    private final ObjectProperty<Partner> caseDirectorPartner = new SimpleObjectProperty<>();
    private final StringProperty caseDirectorName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> openedOn = new SimpleObjectProperty<>();
    private final BooleanProperty openedOnUnreadable = new SimpleBooleanProperty(false);

    private final ReadOnlyListWrapper<Partner> partnerChoices =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Map<String, String>> errors = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    public HouseholdFormViewModel(HouseholdService households, PartnerService partners, UiExecutor executor,
                                  I18n i18n, Clock clock) {
        this.households = households;
        this.partners = partners;
        this.executor = executor;
        this.i18n = i18n;
        this.clock = clock;
        openedOn.set(DomainTime.today(clock));
    }

    /** Loads the active partners for the case-director choice. */
    public void start() {
        executor.submit(() -> partners.list(false), partnerChoices::setAll, failure -> {
            if (!(failure instanceof DomainException)) {
                LOG.error("Loading partners failed", failure);
            }
            formError.set(i18n.error(failure));
        });
    }

    public HouseholdDraft draft() {
        Partner p = caseDirectorPartner.get();
        return new HouseholdDraft(name.get(), street.get(), houseNumber.get(), postcode.get(), city.get(), phase.get(),
                p == null ? null : p.id(), caseDirectorName.get(), openedOn.get());
    }

    /**
     * Validates; when valid, creates the household in the background and calls {@code onSaved} with its id.
     * When invalid, nothing is sent and {@link #errorsProperty()} holds a message per field.
     */
    public void save(LongConsumer onSaved) {
        if (saving.get()) {
            return;
        }
        HouseholdDraft draft = draft();
        Map<String, String> messages = messages(draft.validate(DomainTime.today(clock)));
        if (openedOnUnreadable.get()) {
            messages.put(HouseholdDraft.OPENED_ON, i18n.get("validation.invalidDate"));
        }
        errors.set(Map.copyOf(messages));
        if (!messages.isEmpty()) {
            formError.set(i18n.get("validation.fixErrors"));
            return;
        }
        formError.set("");
        saving.set(true);
        executor.submit(() -> households.create(draft), id -> {
            saving.set(false);
            LOG.info("Household {} created", id);
            onSaved.accept(id);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException v) {
                errors.set(Map.copyOf(messages(v.errors())));
                formError.set(i18n.get("validation.fixErrors"));
            } else {
                if (!(failure instanceof DomainException)) {
                    LOG.error("Creating a household failed", failure);
                }
                formError.set(i18n.error(failure));
            }
        });
    }

    private Map<String, String> messages(List<FieldError> fieldErrors) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldError e : fieldErrors) {
            out.putIfAbsent(e.field(), i18n.error(e));
        }
        return out;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty streetProperty() {
        return street;
    }

    public StringProperty houseNumberProperty() {
        return houseNumber;
    }

    public StringProperty postcodeProperty() {
        return postcode;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<Partner> caseDirectorPartnerProperty() {
        return caseDirectorPartner;
    }

    public StringProperty caseDirectorNameProperty() {
        return caseDirectorName;
    }

    public ObjectProperty<LocalDate> openedOnProperty() {
        return openedOn;
    }

    /** Set by the view when the date field holds text that is not a date. */
    public BooleanProperty openedOnUnreadableProperty() {
        return openedOnUnreadable;
    }

    public ReadOnlyListProperty<Partner> partnerChoices() {
        return partnerChoices.getReadOnlyProperty();
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
