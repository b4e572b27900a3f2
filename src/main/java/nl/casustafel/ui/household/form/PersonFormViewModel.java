package nl.casustafel.ui.household.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.household.Member;
import nl.casustafel.ui.common.FormViewModel;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.UiExecutor;

/** A new household member (person + role and period), a person's details, or a membership's role and period. */
public final class PersonFormViewModel extends FormViewModel {
    public static final String START_DATE = "startDate";
    public static final String NOTES = "notes";
    public static final String PARTICLES = "particles";

    public enum Mode { NEW_MEMBER, EDIT_PERSON, EDIT_MEMBERSHIP }

    private final HouseholdService households;
    private final Mode mode;
    private final long householdId;
    private final long id;
    private int version;

    private final StringProperty givenNames = new SimpleStringProperty("");
    private final StringProperty particles = new SimpleStringProperty("");
    private final StringProperty surname = new SimpleStringProperty("");
    private final StringProperty dateOfBirth = new SimpleStringProperty("");
    private final StringProperty bsn = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<PersonRole> role = new SimpleObjectProperty<>();
    private final StringProperty startDate = new SimpleStringProperty("");
    private final StringProperty endDate = new SimpleStringProperty("");

    private PersonFormViewModel(HouseholdService households, I18n i18n, UiExecutor executor, Clock clock, Mode mode,
                                long householdId, long id, int version) {
        super(i18n, executor, clock);
        this.households = households;
        this.mode = mode;
        this.householdId = householdId;
        this.id = id;
        this.version = version;
    }

    public static PersonFormViewModel forNewMember(HouseholdService households, I18n i18n, UiExecutor executor,
                                                   Clock clock, long householdId) {
        PersonFormViewModel vm = new PersonFormViewModel(households, i18n, executor, clock, Mode.NEW_MEMBER,
                householdId, 0, 0);
        vm.startDate.set(i18n.date(vm.today()));
        return vm;
    }

    public static PersonFormViewModel forEditPerson(HouseholdService households, I18n i18n, UiExecutor executor,
                                                    Clock clock, Member member) {
        var p = member.person();
        PersonFormViewModel vm = new PersonFormViewModel(households, i18n, executor, clock, Mode.EDIT_PERSON,
                member.membership().householdId(), p.id(), p.version());
        PersonDraft d = PersonDraft.of(p);
        vm.givenNames.set(HouseholdFormViewModel.nz(d.givenNames()));
        vm.particles.set(HouseholdFormViewModel.nz(d.particles()));
        vm.surname.set(HouseholdFormViewModel.nz(d.surname()));
        vm.dateOfBirth.set(i18n.date(d.dateOfBirth()));
        vm.bsn.set(HouseholdFormViewModel.nz(d.bsn()));
        vm.gender.set(d.gender());
        vm.notes.set(HouseholdFormViewModel.nz(d.notes()));
        return vm;
    }

    public static PersonFormViewModel forEditMembership(HouseholdService households, I18n i18n, UiExecutor executor,
                                                        Clock clock, Member member) {
        var m = member.membership();
        PersonFormViewModel vm = new PersonFormViewModel(households, i18n, executor, clock, Mode.EDIT_MEMBERSHIP,
                m.householdId(), m.id(), m.version());
        vm.givenNames.set(member.person().name().displayName());
        vm.role.set(m.role());
        vm.startDate.set(i18n.date(m.startDate()));
        vm.endDate.set(i18n.date(m.endDate()));
        return vm;
    }

    public Mode mode() {
        return mode;
    }

    public boolean showsPerson() {
        return mode != Mode.EDIT_MEMBERSHIP;
    }

    public boolean showsMembership() {
        return mode != Mode.EDIT_PERSON;
    }

    @Override
    public String title() {
        return switch (mode) {
            case NEW_MEMBER -> i18n.get("person.form.createTitle");
            case EDIT_PERSON -> i18n.get("person.form.editTitle");
            case EDIT_MEMBERSHIP -> i18n.get("person.form.membershipTitle", givenNames.get());
        };
    }

    @Override
    public void save() {
        List<FieldError> problems = new ArrayList<>();
        PersonDraft person = null;
        MembershipDraft membership = null;
        if (showsPerson()) {
            LocalDate birth = date(dateOfBirth.get(), PersonDraft.DATE_OF_BIRTH, problems);
            person = new PersonDraft(givenNames.get(), particles.get(), surname.get(), birth, bsn.get(), gender.get(),
                    notes.get() == null || notes.get().isBlank() ? null : notes.get());
        }
        if (showsMembership()) {
            LocalDate start = date(startDate.get(), START_DATE, problems);
            LocalDate end = date(endDate.get(), MembershipDraft.END_DATE, problems);
            membership = new MembershipDraft(role.get(), start, end);
        }
        if (person != null) {
            addUnlessPresent(problems, person.validate(today()));
        }
        if (membership != null) {
            addUnlessPresent(problems, membership.validate());
        }
        PersonDraft p = person;
        MembershipDraft m = membership;
        int v = version;
        switch (mode) {
            case NEW_MEMBER -> submit(problems, () -> households.addNewMember(householdId, p, m), ignored -> { });
            case EDIT_PERSON -> submit(problems, () -> {
                households.updatePerson(id, v, p);
                return id;
            }, ignored -> { });
            case EDIT_MEMBERSHIP -> submit(problems, () -> {
                households.updateMembership(id, v, m);
                return id;
            }, ignored -> { });
        }
    }

    /** The id of the person or membership edited (0 for a new member). */
    public long targetId() {
        return id;
    }

    public long householdId() {
        return householdId;
    }

    public void rebase(int currentVersion) {
        this.version = currentVersion;
    }

    public StringProperty givenNamesProperty() {
        return givenNames;
    }

    public StringProperty particlesProperty() {
        return particles;
    }

    public StringProperty surnameProperty() {
        return surname;
    }

    public StringProperty dateOfBirthProperty() {
        return dateOfBirth;
    }

    public StringProperty bsnProperty() {
        return bsn;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<PersonRole> roleProperty() {
        return role;
    }

    public StringProperty startDateProperty() {
        return startDate;
    }

    public StringProperty endDateProperty() {
        return endDate;
    }
}
