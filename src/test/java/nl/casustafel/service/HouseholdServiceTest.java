package nl.casustafel.service;

import nl.casustafel.TestRoles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.household.InvolvementDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.InvolvedPerson;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.service.household.HouseholdDossier;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.household.HouseholdSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Household use cases against a real H2 store with the real migrations. */
class HouseholdServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private AppContext ctx;
    private HouseholdService service;
    private long politie;
    private long veiligThuis;

    @BeforeEach
    void open() {
        ctx = AppContext.inMemory(TestClocks.uniqueName("households"), TestClocks.fixed(), nl.casustafel.domain.security.Role.SPECIALIST);
        service = TestRoles.households(ctx);
        politie = partner("POLITIE");
        veiligThuis = partner("VEILIG_THUIS");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private long partner(String code) {
        return TestRoles.partners(ctx).list(true).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().id();
    }

    static HouseholdDraft household(String name, String postcode) {
        return new HouseholdDraft(name, "Dorpsstraat", "12a", postcode, "Utrecht", Phase.DIRECT_SAFETY, null, null,
                TODAY.minusYears(1));
    }

    static PersonDraft person(String given, String particles, String surname, String bsn) {
        return new PersonDraft(given, particles, surname, LocalDate.of(1985, 3, 1), bsn, Gender.FEMALE, null);
    }

    static IncidentDraft incident(LocalDate date, Severity severity, String registration, List<InvolvedPerson> involved) {
        return new IncidentDraft(date, LocalTime.of(22, 15), IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, severity,
                registration, IncidentSource.POLICE, "Melding van ruzie.", Set.of(RiskMarker.CHILDREN_PRESENT), involved);
    }

    private static MembershipDraft role(PersonRole role) {
        return new MembershipDraft(role, TODAY.minusYears(2), null);
    }

    @Test
    void createdHouseholdOpensWithItsData() {
        long id = service.create(household("Gezin van den Berg", "3511ab"));

        HouseholdDossier d = service.open(id);

        assertThat(d.household().name()).isEqualTo("Gezin van den Berg");
        assertThat(d.household().address().postcode().value()).isEqualTo("3511 AB");
        assertThat(d.household().status()).isEqualTo(HouseholdStatus.OPEN);
        assertThat(d.household().version()).isZero();
        assertThat(d.members()).isEmpty();
        assertThat(d.partners()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void invalidHouseholdIsRefusedWithFieldErrorsAndNothingIsStored() {
        var draft = new HouseholdDraft(" ", null, null, "0123 AB", null, Phase.DIRECT_SAFETY, null, null, TODAY.plusDays(1));

        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder(HouseholdDraft.NAME, HouseholdDraft.POSTCODE, HouseholdDraft.OPENED_ON));
        assertThat(service.search(HouseholdQuery.text("")).total()).isZero();
    }

    @Test
    void invalidBsnIsRefusedAndNothingIsStored() {
        long id = service.create(household("Gezin Jansen", null));

        assertThatThrownBy(() -> service.addNewMember(id, person("Anna", null, "Jansen", "123456789"), role(PersonRole.VICTIM)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly(FieldError.of(PersonDraft.BSN, "validation.bsn")));
        assertThat(service.open(id).members()).isEmpty();
    }

    @Test
    void staleVersionGivesConflictAndKeepsTheColleaguesChange() {
        long id = service.create(household("Gezin Jansen", null));
        service.update(id, 0, household("Gezin Jansen-de Vries", null));

        assertThatThrownBy(() -> service.update(id, 0, household("Gezin Pietersen", null)))
                .isInstanceOf(ConflictException.class);
        assertThat(service.open(id).household().name()).isEqualTo("Gezin Jansen-de Vries");
        assertThat(service.open(id).household().version()).isEqualTo(1);
    }

    @Test
    void unknownHouseholdIsNotFound() {
        assertThatThrownBy(() -> service.open(999_999)).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3511 AB", "3511ab", "3511", "berg", "VAN DEN BERG", "vandenberg", "Zoë", "zoe", "Chloe",
            "111222333", "PL0900-2026123456", "2026123456", "dorpsstr", "utrecht 12a"})
    void householdIsFoundByPostcodeNameBsnRegistrationAndAddress(String text) {
        long id = service.create(household("Gezin van den Berg", "3511 AB"));
        long zoe = service.addNewMember(id, person("Zoë Chloë", "van den", "Berg", "111222333"), role(PersonRole.VICTIM));
        service.addIncident(id, incident(TODAY.minusDays(3), Severity.MODERATE, "PL0900-2026123456",
                List.of(new InvolvedPerson(zoe, PersonRole.VICTIM))));
        service.create(new HouseholdDraft("Gezin Jansen", "Kerkweg", "3", "1234 CD", "Zwolle", Phase.DIRECT_SAFETY,
                null, null, TODAY));

        assertThat(service.search(HouseholdQuery.text(text)).items()).extracting(HouseholdSummary::id).containsExactly(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'; DROP TABLE household; --", "' OR '1'='1", "x%", "x_", "x\\", "bergx'"})
    void searchTextIsDataNeverSql(String text) {
        service.create(household("Gezin van den Berg", "3511 AB"));

        assertThat(service.search(HouseholdQuery.text(text)).items()).isEmpty();
        assertThat(service.search(HouseholdQuery.text("")).total()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "!", "\\", "  ", "-"})
    void punctuationOnlySearchIsNoFilterAndWildcardsMatchNothingExtra(String text) {
        service.create(household("Gezin van den Berg", "3511 AB"));
        service.create(household("Gezin Jansen", "3511 AB"));

        assertThat(service.search(HouseholdQuery.text(text)).total()).isEqualTo(2);
        assertThat(service.search(HouseholdQuery.text("berg" + text)).total()).isEqualTo(1);
    }

    @Test
    void searchPagesFiltersAndSorts() {
        for (int i = 0; i < 25; i++) {
            service.create(household(String.format("Gezin Test%02d", i), null));
        }
        long closed = service.search(HouseholdQuery.text("test07")).items().get(0).id();
        service.close(closed, 0, TODAY, "Afgeschaald");

        var firstPage = service.search(HouseholdQuery.text("gezin").withPage(0, 10));
        var lastPage = service.search(HouseholdQuery.text("gezin").withPage(20, 10));
        var onlyClosed = service.search(new HouseholdQuery("", HouseholdStatus.CLOSED, false, null,
                HouseholdQuery.SortField.NAME, true, 0, 10));
        var descending = service.search(new HouseholdQuery("", null, false, null,
                HouseholdQuery.SortField.NAME, false, 0, 1));

        assertThat(firstPage.total()).isEqualTo(25);
        assertThat(firstPage.items()).hasSize(10).first().extracting(HouseholdSummary::name).isEqualTo("Gezin Test00");
        assertThat(firstPage.hasNext()).isTrue();
        assertThat(lastPage.items()).hasSize(5);
        assertThat(lastPage.hasNext()).isFalse();
        assertThat(onlyClosed.items()).extracting(HouseholdSummary::id).containsExactly(closed);
        assertThat(descending.items().get(0).name()).isEqualTo("Gezin Test24");
    }

    @Test
    void householdNamesSortUnderTheMainNameNotTheParticle() {
        service.create(household("Gezin van den Berg", null));
        service.create(household("Gezin Aksoy", null));
        service.create(household("Gezin de Vries", null));
        service.create(household("Gezin Çelik", null));

        assertThat(service.search(HouseholdQuery.text("")).items()).extracting(HouseholdSummary::name)
                .containsExactly("Gezin Aksoy", "Gezin van den Berg", "Gezin Çelik", "Gezin de Vries");
    }

    @Test
    void caseDirectorFilterFindsOnlyThatPartnersHouseholds() {
        service.create(new HouseholdDraft("Gezin A", null, null, null, null, Phase.STABLE_SAFETY, veiligThuis,
                "K. Smit", TODAY));
        service.create(household("Gezin B", null));

        var result = service.search(new HouseholdQuery("", null, false, veiligThuis, null, true, 0, 10));

        assertThat(result.items()).extracting(HouseholdSummary::name).containsExactly("Gezin A");
        assertThat(result.items().get(0).caseDirectorPartner()).isEqualTo("VT");
    }

    @Test
    void incidentsAreStoredWithPersonsAndMarkersAndCountedInTheList() {
        long id = service.create(household("Gezin Bakker", null));
        long anna = service.addNewMember(id, person("Anna", null, "Bakker", null), role(PersonRole.VICTIM));
        long piet = service.addNewMember(id, person("Piet", null, "Bakker", null), role(PersonRole.SUSPECT));
        service.addIncident(id, incident(TODAY.minusDays(40), Severity.MINOR, null,
                List.of(new InvolvedPerson(anna, PersonRole.VICTIM), new InvolvedPerson(piet, PersonRole.SUSPECT))));
        service.addIncident(id, incident(TODAY.minusDays(2), Severity.SERIOUS, "PL1", List.of()));

        HouseholdDossier d = service.open(id);

        assertThat(d.incidents()).hasSize(2);
        assertThat(d.incidents().get(0).severity()).isEqualTo(Severity.SERIOUS);
        assertThat(d.incidents().get(1).involved()).containsExactlyInAnyOrder(
                new InvolvedPerson(anna, PersonRole.VICTIM), new InvolvedPerson(piet, PersonRole.SUSPECT));
        assertThat(d.incidents().get(1).riskMarkers()).containsExactly(RiskMarker.CHILDREN_PRESENT);
        assertThat(d.incidents().get(1).date()).isEqualTo(TODAY.minusDays(40));
        assertThat(service.search(HouseholdQuery.text("bakker")).items().get(0).incidentCount()).isEqualTo(2);
    }

    @Test
    void incidentInTheFutureIsRefused() {
        long id = service.create(household("Gezin Bakker", null));
        // 24-11-2026 13:00 in Amsterdam: 23:00 today is still in the future.
        var later = new IncidentDraft(TODAY, LocalTime.of(23, 0), IncidentType.OTHER, Severity.MINOR, null,
                IncidentSource.POLICE, null, Set.of(), List.of());

        assertThatThrownBy(() -> service.addIncident(id, later)).isInstanceOf(ValidationException.class);
        assertThat(service.open(id).incidents()).isEmpty();
    }

    @Test
    void incidentWithAPersonFromAnotherHouseholdIsRefused() {
        long a = service.create(household("Gezin A", null));
        long b = service.create(household("Gezin B", null));
        long stranger = service.addNewMember(b, person("Kees", null, "Klaassen", null), role(PersonRole.SUSPECT));

        assertThatThrownBy(() -> service.addIncident(a, incident(TODAY.minusDays(1), Severity.MINOR, null,
                List.of(new InvolvedPerson(stranger, PersonRole.SUSPECT)))))
                .isInstanceOf(ValidationException.class);
        assertThat(service.open(a).incidents()).isEmpty();
    }

    @Test
    void personInTwoHouseholdsShowsTheOtherHousehold() {
        long first = service.create(household("Gezin de Vries", null));
        long second = service.create(household("Gezin Yılmaz", null));
        long exPartner = service.addNewMember(first, person("Mark", "de", "Vries", "123456782"), role(PersonRole.EX_PARTNER));
        service.addExistingMember(second, exPartner, role(PersonRole.PARTNER));

        var member = service.open(second).member(exPartner).orElseThrow();

        assertThat(member.otherHouseholds()).singleElement().satisfies(ref -> {
            assertThat(ref.householdId()).isEqualTo(first);
            assertThat(ref.role()).isEqualTo(PersonRole.EX_PARTNER);
        });
        assertThatThrownBy(() -> service.addExistingMember(second, exPartner, role(PersonRole.PARTNER)))
                .isInstanceOf(DomainException.class).hasMessage("error.membershipExists");
        assertThat(service.findPersons("123456782", 10)).singleElement()
                .satisfies(m -> assertThat(m.households()).hasSize(2));
        assertThat(service.findPersons("mark vries", 10)).hasSize(1);
    }

    @Test
    void updatingAPersonReindexesEveryHouseholdTheyBelongTo() {
        long first = service.create(household("Gezin A", null));
        long second = service.create(household("Gezin B", null));
        long p = service.addNewMember(first, person("Mark", null, "Jansen", null), role(PersonRole.EX_PARTNER));
        service.addExistingMember(second, p, role(PersonRole.PARTNER));

        service.updatePerson(p, 0, person("Mark", null, "Oosterhuis", null));

        assertThat(service.search(HouseholdQuery.text("oosterhuis")).total()).isEqualTo(2);
        assertThat(service.search(HouseholdQuery.text("jansen")).total()).isZero();
    }

    @Test
    void membershipCanBeEditedAndRemoved() {
        long id = service.create(household("Gezin A", null));
        service.addNewMember(id, person("Mila", null, "Smit", null), role(PersonRole.CHILD));
        var membership = service.open(id).members().get(0).membership();

        assertThatThrownBy(() -> service.updateMembership(membership.id(), 0,
                new MembershipDraft(PersonRole.CHILD, TODAY, TODAY.minusDays(1))))
                .isInstanceOf(ValidationException.class);
        service.updateMembership(membership.id(), 0, new MembershipDraft(PersonRole.HOUSEMATE, null, null));
        assertThat(service.open(id).members().get(0).membership().role()).isEqualTo(PersonRole.HOUSEMATE);
        service.removeMembership(membership.id(), 1);
        assertThat(service.open(id).members()).isEmpty();
        assertThat(service.search(HouseholdQuery.text("mila")).total()).isZero();
    }

    @Test
    void relationsAreDrawnAmongMembersAndDuplicatesAreRefused() {
        long id = service.create(household("Gezin A", null));
        long mother = service.addNewMember(id, person("Eva", null, "Smit", null), role(PersonRole.VICTIM));
        long child = service.addNewMember(id, person("Noor", null, "Smit", null), role(PersonRole.CHILD));
        long relation = service.addRelation(mother, child, RelationType.PARENT_CHILD);

        assertThat(service.open(id).relations()).singleElement().satisfies(r -> {
            assertThat(r.personAId()).isEqualTo(mother);
            assertThat(r.type()).isEqualTo(RelationType.PARENT_CHILD);
        });
        assertThatThrownBy(() -> service.addRelation(mother, child, RelationType.PARENT_CHILD))
                .hasMessage("error.relationExists");
        assertThatThrownBy(() -> service.addRelation(mother, mother, RelationType.PARTNER))
                .hasMessage("error.relationSelf");
        service.removeRelation(relation);
        assertThat(service.open(id).relations()).isEmpty();
    }

    @Test
    void closingAndReopeningAreDatedDecisions() {
        long id = service.create(household("Gezin A", null));

        service.close(id, 0, TODAY.minusDays(1), "Stabiele veiligheid bereikt");
        assertThatThrownBy(() -> service.close(id, 1, TODAY, null)).hasMessage("error.householdClosed");
        service.reopen(id, 1, TODAY, "Nieuw incident");

        HouseholdDossier d = service.open(id);
        assertThat(d.household().status()).isEqualTo(HouseholdStatus.OPEN);
        assertThat(d.statusChanges()).extracting(c -> c.status() + " " + c.decidedOn() + " " + c.reason())
                .containsExactly("OPEN 2026-11-24 Nieuw incident", "CLOSED 2026-11-23 Stabiele veiligheid bereikt");
    }

    @Test
    void closingInTheFutureIsRefused() {
        long id = service.create(household("Gezin A", null));

        assertThatThrownBy(() -> service.close(id, 0, TODAY.plusDays(1), null)).isInstanceOf(ValidationException.class);
        assertThat(service.open(id).household().isOpen()).isTrue();
    }

    @Test
    void involvementsAreValidatedAndStored() {
        long id = service.create(household("Gezin A", null));

        assertThatThrownBy(() -> service.addInvolvement(id, new InvolvementDraft(politie, null, null, TODAY,
                TODAY.minusDays(1), null))).isInstanceOf(ValidationException.class);
        long inv = service.addInvolvement(id, new InvolvementDraft(veiligThuis, "K. Smit", "030-1234567",
                TODAY.minusMonths(2), null, "Veiligheidsplan"));
        service.updateInvolvement(inv, 0, new InvolvementDraft(veiligThuis, "K. Smit", null, TODAY.minusMonths(2),
                TODAY, "Afgerond"));

        assertThat(service.open(id).involvements()).singleElement().satisfies(v -> {
            assertThat(v.endDate()).isEqualTo(TODAY);
            assertThat(v.version()).isEqualTo(1);
        });
        assertThatThrownBy(() -> service.updateInvolvement(inv, 0, new InvolvementDraft(veiligThuis, null, null,
                TODAY, null, null))).isInstanceOf(ConflictException.class);
    }
}
