package nl.casustafel.ui.household.form;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.household.InvolvementDraft;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;

/** Which partner organisation works with the household, who is the contact, since and until when, doing what. */
public final class InvolvementFormViewModel extends FormViewModel {
    public static final String CONTACT_PERSON = "contactPerson";
    public static final String CONTACT_DETAILS = "contactDetails";
    public static final String DESCRIPTION = "description";

    private final HouseholdService households;
    private final long householdId;
    private final Long involvementId;
    private int version;

    private final ObjectProperty<Partner> partner = new SimpleObjectProperty<>();
    private final StringProperty contactPerson = new SimpleStringProperty("");
    private final StringProperty contactDetails = new SimpleStringProperty("");
    private final StringProperty startDate = new SimpleStringProperty("");
    private final StringProperty endDate = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<Partner> partners = FXCollections.observableArrayList();

    private InvolvementFormViewModel(HouseholdService households, I18n i18n, UiExecutor executor, Clock clock,
                                     long householdId, Long involvementId, int version, List<Partner> choices) {
        super(i18n, executor, clock);
        this.households = households;
        this.householdId = householdId;
        this.involvementId = involvementId;
        this.version = version;
        partners.setAll(choices);
    }

    public static InvolvementFormViewModel forCreate(HouseholdService households, I18n i18n, UiExecutor executor,
                                                     Clock clock, long householdId, List<Partner> choices) {
        InvolvementFormViewModel vm = new InvolvementFormViewModel(households, i18n, executor, clock, householdId,
                null, 0, choices);
        vm.startDate.set(i18n.date(vm.today()));
        return vm;
    }

    public static InvolvementFormViewModel forEdit(HouseholdService households, I18n i18n, UiExecutor executor,
                                                   Clock clock, Involvement involvement, List<Partner> choices) {
        InvolvementFormViewModel vm = new InvolvementFormViewModel(households, i18n, executor, clock,
                involvement.householdId(), involvement.id(), involvement.version(), choices);
        InvolvementDraft d = InvolvementDraft.of(involvement);
        vm.partners.stream().filter(p -> p.id() == d.partnerId()).findFirst().ifPresent(vm.partner::set);
        vm.contactPerson.set(HouseholdFormViewModel.nz(d.contactPerson()));
        vm.contactDetails.set(HouseholdFormViewModel.nz(d.contactDetails()));
        vm.startDate.set(i18n.date(d.startDate()));
        vm.endDate.set(i18n.date(d.endDate()));
        vm.description.set(HouseholdFormViewModel.nz(d.description()));
        return vm;
    }

    public boolean isNew() {
        return involvementId == null;
    }

    @Override
    public String title() {
        return i18n.get(isNew() ? "involvement.form.createTitle" : "involvement.form.editTitle");
    }

    @Override
    public void save() {
        List<FieldError> problems = new ArrayList<>();
        var start = date(startDate.get(), InvolvementDraft.START_DATE, problems);
        var end = date(endDate.get(), InvolvementDraft.END_DATE, problems);
        InvolvementDraft draft = new InvolvementDraft(partner.get() == null ? null : partner.get().id(),
                blankToNull(contactPerson.get()), blankToNull(contactDetails.get()), start, end,
                blankToNull(description.get()));
        addUnlessPresent(problems, draft.validate(today()));
        if (isNew()) {
            submit(problems, () -> households.addInvolvement(householdId, draft), ignored -> { });
        } else {
            long id = involvementId;
            int v = version;
            submit(problems, () -> {
                households.updateInvolvement(id, v, draft);
                return id;
            }, ignored -> { });
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long involvementId() {
        return involvementId;
    }

    public void rebase(int currentVersion) {
        this.version = currentVersion;
    }

    public ObjectProperty<Partner> partnerProperty() {
        return partner;
    }

    public StringProperty contactPersonProperty() {
        return contactPerson;
    }

    public StringProperty contactDetailsProperty() {
        return contactDetails;
    }

    public StringProperty startDateProperty() {
        return startDate;
    }

    public StringProperty endDateProperty() {
        return endDate;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<Partner> partners() {
        return partners;
    }
}
