package nl.casustafel.ui.household.form;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.partner.PartnerService;
import nl.casustafel.ui.common.FailureMessages;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;

/** Create or edit a household: name, address, phase, case director, opened on. */
public final class HouseholdFormViewModel extends FormViewModel {
    private final HouseholdService households;
    private final Long householdId;
    private int version;
    private Long createdId;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty street = new SimpleStringProperty("");
    private final StringProperty houseNumber = new SimpleStringProperty("");
    private final StringProperty postcode = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.DIRECT_SAFETY);
    private final ObjectProperty<Partner> directorPartner = new SimpleObjectProperty<>();
    private final StringProperty directorName = new SimpleStringProperty("");
    private final StringProperty openedOn = new SimpleStringProperty("");
    private final ObservableList<Partner> partners = FXCollections.observableArrayList();

    private HouseholdFormViewModel(HouseholdService households, I18n i18n, UiExecutor executor, Clock clock,
                                   Long householdId, int version, List<Partner> partnerChoices) {
        super(i18n, executor, clock);
        this.households = households;
        this.householdId = householdId;
        this.version = version;
        partners.setAll(partnerChoices);
    }

    /** A new household, opened today. {@code partnerChoices}: the active partners. */
    public static HouseholdFormViewModel forCreate(HouseholdService households, I18n i18n, UiExecutor executor,
                                                   Clock clock, List<Partner> partnerChoices) {
        HouseholdFormViewModel vm = new HouseholdFormViewModel(households, i18n, executor, clock, null, 0,
                partnerChoices);
        vm.openedOn.set(i18n.date(vm.today()));
        return vm;
    }

    /** A new household; the active partners are loaded in the background. */
    public static HouseholdFormViewModel forCreate(HouseholdService households, PartnerService partnerService,
                                                   I18n i18n, UiExecutor executor, Clock clock) {
        HouseholdFormViewModel vm = forCreate(households, i18n, executor, clock, List.of());
        executor.submit(() -> partnerService.list(false), vm.partners::setAll,
                failure -> vm.showMessage(FailureMessages.message(i18n, failure)));
        return vm;
    }

    /** Edit an existing household, filled from its current values, saved against its version. */
    public static HouseholdFormViewModel forEdit(HouseholdService households, I18n i18n, UiExecutor executor,
                                                 Clock clock, Household household, List<Partner> partnerChoices) {
        List<Partner> choices = new ArrayList<>(partnerChoices);
        HouseholdFormViewModel vm = new HouseholdFormViewModel(households, i18n, executor, clock, household.id(),
                household.version(), choices);
        HouseholdDraft d = HouseholdDraft.of(household);
        vm.name.set(nz(d.name()));
        vm.street.set(nz(d.street()));
        vm.houseNumber.set(nz(d.houseNumber()));
        vm.postcode.set(nz(d.postcode()));
        vm.city.set(nz(d.city()));
        vm.phase.set(d.phase());
        vm.directorName.set(nz(d.caseDirectorName()));
        vm.openedOn.set(i18n.date(d.openedOn()));
        if (d.caseDirectorPartnerId() != null) {
            vm.partners.stream().filter(p -> p.id() == d.caseDirectorPartnerId()).findFirst()
                    .ifPresent(vm.directorPartner::set);
        }
        return vm;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    public boolean isNew() {
        return householdId == null;
    }

    @Override
    public String title() {
        return i18n.get(isNew() ? "household.form.createTitle" : "household.form.editTitle");
    }

    /** The draft as typed; dates that are not dates count as empty (their message comes from {@link #save}). */
    public HouseholdDraft draft(List<FieldError> problems) {
        Partner partner = directorPartner.get();
        return new HouseholdDraft(name.get(), street.get(), houseNumber.get(), postcode.get(), city.get(), phase.get(),
                partner == null ? null : partner.id(), directorName.get(),
                date(openedOn.get(), HouseholdDraft.OPENED_ON, problems));
    }

    @Override
    public void save() {
        List<FieldError> problems = new ArrayList<>();
        HouseholdDraft draft = draft(problems);
        addUnlessPresent(problems, draft.validate(today()));
        if (isNew()) {
            submit(problems, () -> households.create(draft), id -> createdId = id);
        } else {
            long id = householdId;
            int v = version;
            submit(problems, () -> {
                households.update(id, v, draft);
                return id;
            }, ignored -> { });
        }
    }

    /** After a conflict and reload: save the typed input against the current version next time. */
    public void rebase(int currentVersion) {
        this.version = currentVersion;
    }

    public Optional<Long> createdId() {
        return Optional.ofNullable(createdId);
    }

    public int version() {
        return version;
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

    public ObjectProperty<Partner> directorPartnerProperty() {
        return directorPartner;
    }

    public StringProperty directorNameProperty() {
        return directorName;
    }

    public StringProperty openedOnProperty() {
        return openedOn;
    }

    public ObservableList<Partner> partners() {
        return partners;
    }
}
