package nl.casustafel.ui.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import nl.casustafel.ui.household.form.HouseholdFormViewModel;
import nl.casustafel.ui.household.form.IncidentFormViewModel;
import nl.casustafel.ui.household.form.InvolvementFormViewModel;
import nl.casustafel.ui.household.form.PersonFormViewModel;
import nl.casustafel.ui.household.form.RelationFormViewModel;
import nl.casustafel.ui.household.form.StatusChangeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HouseholdViewModelTest {
    /** 15 March 2026, 12:00 in Amsterdam. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T11:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    private final I18n i18n = new I18n(I18n.DUTCH);
    private final SynchronousUiExecutor executor = new SynchronousUiExecutor();
    private AppContext app;

    @BeforeEach
    void open() {
        app = AppContext.inMemory("household-vm-" + UUID.randomUUID(), CLOCK, nl.casustafel.domain.security.Role.SPECIALIST);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private HouseholdFormViewModel createForm() {
        return HouseholdFormViewModel.forCreate(app.households(), i18n, executor, CLOCK, app.partners().list(false));
    }

    private long createHousehold(String name) {
        HouseholdFormViewModel form = createForm();
        form.nameProperty().set(name);
        form.postcodeProperty().set("3511 ab");
        form.cityProperty().set("Utrecht");
        form.save();
        assertThat(form.getErrors()).isEmpty();
        return form.createdId().orElseThrow();
    }

    private HouseholdViewModel view(long id) {
        HouseholdViewModel vm = new HouseholdViewModel(app.households(), app.partners(), app.measures(), i18n, executor,
                CLOCK, id);
        vm.load();
        return vm;
    }

    private void addMember(HouseholdViewModel vm, String given, String particles, String surname, Gender gender,
                           PersonRole role, String birth) {
        PersonFormViewModel form = vm.newMemberForm();
        form.givenNamesProperty().set(given);
        form.particlesProperty().set(particles);
        form.surnameProperty().set(surname);
        form.genderProperty().set(gender);
        form.roleProperty().set(role);
        form.dateOfBirthProperty().set(birth);
        form.save();
        assertThat(form.getErrors()).isEmpty();
        assertThat(form.isSaved()).isTrue();
    }

    private void addIncident(HouseholdViewModel vm, String date, Severity severity, RiskMarker... markers) {
        IncidentFormViewModel form = vm.newIncidentForm();
        form.dateProperty().set(date);
        form.timeProperty().set("22:15");
        form.typeProperty().set(IncidentType.DOMESTIC_VIOLENCE_PHYSICAL);
        form.severityProperty().set(severity);
        for (RiskMarker m : markers) {
            form.markerProperty(m).set(true);
        }
        form.involved().forEach(c -> c.selectedProperty().set(true));
        form.save();
        assertThat(form.getErrors()).isEmpty();
        assertThat(form.isSaved()).isTrue();
    }

    @Test
    void malformedPostcodeGivesAFieldMessageAndNothingIsStored() {
        HouseholdFormViewModel form = createForm();
        form.nameProperty().set("Gezin Jansen");
        form.postcodeProperty().set("12AB");

        form.save();

        assertThat(form.getErrors()).containsEntry(HouseholdDraft.POSTCODE,
                "Geen geldige postcode. Gebruik 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.");
        assertThat(form.getMessage()).isEqualTo("Controleer de gemarkeerde velden.");
        assertThat(form.isSaved()).isFalse();
        assertThat(app.households().search(HouseholdQuery.text("")).total()).isZero();
    }

    @Test
    void newHouseholdOpensWithItsHeaderAndAWarningWithoutCaseDirector() {
        long id = createHousehold("Gezin van den Berg");

        HouseholdViewModel vm = view(id);

        assertThat(vm.nameProperty().get()).isEqualTo("Gezin van den Berg");
        assertThat(vm.addressProperty().get()).isEqualTo("3511 AB Utrecht");
        assertThat(vm.statusProperty().get()).isEqualTo("Open");
        assertThat(vm.hasDirectorProperty().get()).isFalse();
        assertThat(vm.directorProperty().get()).isEqualTo("Geen casusregisseur");
        assertThat(vm.statusHistoryProperty().get()).isEqualTo("Geopend op 15-03-2026");
    }

    @Test
    void addedPersonsAndIncidentsAppearInTheDossierWithMaskedBsnAndInvolvedRoles() {
        HouseholdViewModel vm = view(createHousehold("Gezin van den Berg"));
        addMember(vm, "Jan", "van den", "Berg", Gender.MALE, PersonRole.SUSPECT, "12-03-1985");
        PersonFormViewModel withBsn = vm.newMemberForm();
        withBsn.givenNamesProperty().set("Sanne");
        withBsn.surnameProperty().set("de Wit");
        withBsn.genderProperty().set(Gender.FEMALE);
        withBsn.roleProperty().set(PersonRole.VICTIM);
        withBsn.bsnProperty().set("123456782");
        withBsn.save();

        addIncident(vm, "02-05-2025", Severity.MODERATE);
        addIncident(vm, "20-09-2025", Severity.SERIOUS, RiskMarker.CHILDREN_PRESENT);
        addIncident(vm, "01-03-2026", Severity.SEVERE, RiskMarker.STRANGULATION);

        assertThat(vm.members()).extracting(HouseholdRows.MemberRow::name)
                .containsExactly("Sanne de Wit", "Jan van den Berg");
        assertThat(vm.members().get(0).bsn()).isEqualTo("******782");
        assertThat(vm.members().get(1).birth()).isEqualTo("41 jaar (12-03-1985)");
        assertThat(vm.incidentRows()).hasSize(3);
        HouseholdRows.IncidentRow newest = vm.incidentRows().get(0);
        assertThat(newest.dateTime()).isEqualTo("01-03-2026 22:15");
        assertThat(newest.markers()).isEqualTo("verwurging");
        assertThat(newest.lethal()).isTrue();
        assertThat(newest.persons()).contains("Jan van den Berg ((vermoedelijke) pleger)", "Sanne de Wit (slachtoffer)");
        assertThat(vm.incidentsProperty().get()).hasSize(3);
        // The signal rows are exactly the service's signals, each with its reason in words.
        assertThat(vm.signals()).hasSameSizeAs(vm.getDossier().signals());
        assertThat(vm.signals()).allSatisfy(s -> assertThat(s.reason()).doesNotContain("!signal"));
        assertThat(vm.genogramProperty().get().nodes()).hasSize(2);
    }

    @Test
    void incidentInTheFutureIsRefusedWithTheFieldMessage() {
        HouseholdViewModel vm = view(createHousehold("Gezin Bakker"));
        IncidentFormViewModel form = vm.newIncidentForm();
        form.dateProperty().set("16-03-2026");
        form.typeProperty().set(IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL);
        form.severityProperty().set(Severity.MINOR);

        form.save();

        assertThat(form.getErrors()).containsEntry(IncidentDraft.DATE, "Deze datum ligt in de toekomst.");
        assertThat(form.isSaved()).isFalse();
        vm.load();
        assertThat(vm.incidentRows()).isEmpty();
    }

    @Test
    void textThatIsNotADateOrTimeIsNamedAsSuchAndRequiredFieldsAreMarked() {
        HouseholdViewModel vm = view(createHousehold("Gezin Bakker"));
        IncidentFormViewModel form = vm.newIncidentForm();
        form.dateProperty().set("31-02-2026");
        form.timeProperty().set("25:70");
        form.sourceProperty().set(null);

        form.save();

        assertThat(form.getErrors())
                .containsEntry(IncidentDraft.DATE, "Geen geldige datum. Gebruik dd-mm-jjjj.")
                .containsEntry(IncidentDraft.TIME, "Geen geldige tijd. Gebruik uu:mm.")
                .containsEntry(IncidentDraft.TYPE, "Verplicht veld.")
                .containsEntry(IncidentDraft.SEVERITY, "Verplicht veld.")
                .containsEntry(IncidentDraft.SOURCE, "Verplicht veld.");
        assertThat(form.isSaved()).isFalse();
    }

    @Test
    void invalidBsnIsRefusedWithTheElevenTestMessage() {
        HouseholdViewModel vm = view(createHousehold("Gezin Bakker"));
        PersonFormViewModel form = vm.newMemberForm();
        form.givenNamesProperty().set("Piet");
        form.surnameProperty().set("Bakker");
        form.genderProperty().set(Gender.MALE);
        form.roleProperty().set(PersonRole.HOUSEMATE);
        form.bsnProperty().set("123456789");

        form.save();

        assertThat(form.getErrors()).containsEntry("bsn", "Geen geldig BSN: 9 cijfers die voldoen aan de elfproef.");
        vm.load();
        assertThat(vm.members()).isEmpty();
    }

    @Test
    void secondColleagueSavingTheSameHouseholdGetsTheConflictMessageAndAReloadedDossier() {
        long id = createHousehold("Gezin Jansen");
        HouseholdViewModel first = view(id);
        HouseholdViewModel second = view(id);
        HouseholdFormViewModel firstForm = first.editHouseholdForm();
        HouseholdFormViewModel secondForm = second.editHouseholdForm();

        firstForm.cityProperty().set("Amersfoort");
        firstForm.save();
        secondForm.nameProperty().set("Gezin Jansen-de Boer");
        secondForm.save();

        assertThat(firstForm.isSaved()).isTrue();
        assertThat(secondForm.isSaved()).isFalse();
        assertThat(secondForm.getMessage()).startsWith("Een collega heeft dit intussen gewijzigd.");
        assertThat(second.addressProperty().get()).isEqualTo("3511 AB Amersfoort");
        assertThat(secondForm.nameProperty().get()).isEqualTo("Gezin Jansen-de Boer");

        // The typed input is kept and can be saved deliberately against the reloaded version.
        secondForm.save();
        assertThat(secondForm.isSaved()).isTrue();
        assertThat(second.nameProperty().get()).isEqualTo("Gezin Jansen-de Boer");
    }

    @Test
    void closingAsksADecisionDateNotInTheFutureAndReopeningRestoresTheStatus() {
        HouseholdViewModel vm = view(createHousehold("Gezin Jansen"));
        StatusChangeViewModel close = vm.statusChangeForm();
        assertThat(close.isClosing()).isTrue();
        assertThat(close.decidedOnProperty().get()).isEqualTo("15-03-2026");
        close.decidedOnProperty().set("20-03-2026");
        assertThat(close.check()).isFalse();
        assertThat(close.getErrors()).containsEntry(StatusChangeViewModel.DECIDED_ON, "Deze datum ligt in de toekomst.");

        close.decidedOnProperty().set("15-03-2026");
        close.reasonProperty().set("Veiligheid stabiel, hulp loopt");
        close.save();

        assertThat(vm.openProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Gesloten");
        assertThat(vm.getDossier().household().status()).isEqualTo(HouseholdStatus.CLOSED);

        StatusChangeViewModel reopen = vm.statusChangeForm();
        assertThat(reopen.isClosing()).isFalse();
        reopen.save();
        assertThat(vm.openProperty().get()).isTrue();
        assertThat(vm.statusHistoryProperty().get()).isEqualTo("Open sinds 15-03-2026");
    }

    @Test
    void involvementEndingBeforeItStartsIsRefusedAndAValidOneIsListedAsActive() {
        HouseholdViewModel vm = view(createHousehold("Gezin Jansen"));
        InvolvementFormViewModel form = vm.newInvolvementForm();
        form.partnerProperty().set(form.partners().get(1));
        form.startDateProperty().set("01-02-2026");
        form.endDateProperty().set("01-01-2026");
        form.save();
        assertThat(form.getErrors()).containsEntry("endDate", "De einddatum ligt voor de begindatum.");

        form.endDateProperty().set("");
        form.contactPersonProperty().set("M. de Groot");
        form.save();

        assertThat(form.isSaved()).isTrue();
        assertThat(vm.involvementRows()).singleElement().satisfies(r -> {
            assertThat(r.contactPerson()).isEqualTo("M. de Groot");
            assertThat(r.active()).isTrue();
        });
        assertThat(vm.activeInvolvements()).hasSize(1);
    }

    @Test
    void relationsAndRemovalOfAMemberReloadTheDossier() {
        HouseholdViewModel vm = view(createHousehold("Gezin Jansen"));
        addMember(vm, "Mark", null, "Jansen", Gender.MALE, PersonRole.SUSPECT, "");
        addMember(vm, "Sanne", "de", "Vries", Gender.FEMALE, PersonRole.VICTIM, "");
        RelationFormViewModel relation = vm.newRelationForm();
        relation.personAProperty().set(relation.members().get(0));
        relation.personBProperty().set(relation.members().get(1));
        relation.typeProperty().set(RelationType.EX_PARTNER);
        relation.save();

        assertThat(vm.relations()).singleElement().extracting(HouseholdRows.RelationRow::text)
                .isEqualTo("Mark Jansen en Sanne de Vries: ex-partner");
        assertThat(vm.genogramProperty().get().lines()).hasSize(1);

        vm.removeMember(vm.members().get(0).personId());
        assertThat(vm.members()).hasSize(1);
    }
}
