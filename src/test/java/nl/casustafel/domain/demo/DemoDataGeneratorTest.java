package nl.casustafel.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.casustafel.domain.household.Bsn;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.household.Postcode;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.InvolvedPerson;
import nl.casustafel.domain.signal.EscalationSignals;
import nl.casustafel.domain.signal.Signal;
import nl.casustafel.domain.signal.SignalInput;
import nl.casustafel.domain.signal.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDataGeneratorTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final long SEED = 20_250_615L;
    static final DemoDataGenerator GENERATOR = new DemoDataGenerator(SEED, TODAY);
    static final List<DemoHousehold> FIRST_500 = GENERATOR.households(0, 500);
    static final Set<SignalType> EVALUATED = EnumSet.complementOf(
            EnumSet.of(SignalType.OVERDUE_MEASURE, SignalType.LEGAL_CLOCK_EXPIRING));

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Evaluates a generated household as the store would after saving it (ids are fake). */
    static List<Signal> signals(DemoHousehold h, LocalDate today) {
        List<Incident> incidents = new ArrayList<>();
        long id = 1;
        for (DemoIncident di : h.incidents()) {
            IncidentDraft d = di.draft();
            List<InvolvedPerson> involved = di.involved().stream()
                    .map(x -> new InvolvedPerson(x.memberIndex(), x.role())).toList();
            incidents.add(new Incident(id++, 0, 1, d.occurredAt(), d.type(), d.severity(), d.registrationNumber(),
                    d.source(), d.description(), d.riskMarkers(), involved));
        }
        List<Involvement> involvements = new ArrayList<>();
        for (DemoInvolvement di : h.involvements()) {
            involvements.add(new Involvement(id++, 0, 1, DemoDataGenerator.placeholderPartnerId(di.partnerCode()),
                    di.draft().contactPerson(), di.draft().contactDetails(), di.draft().startDate(),
                    di.draft().endDate(), di.draft().description()));
        }
        return EscalationSignals.evaluate(
                new SignalInput(incidents, involvements, h.caseDirectorPartnerCode() != null, h.lastConferenceOn()),
                today);
    }

    static Set<SignalType> firedTypes(List<DemoHousehold> households) {
        Set<SignalType> fired = EnumSet.noneOf(SignalType.class);
        for (DemoHousehold h : households) {
            signals(h, TODAY).forEach(s -> fired.add(s.type()));
        }
        return fired;
    }

    static List<PersonDraft> persons(List<DemoHousehold> households) {
        return households.stream().flatMap(h -> h.members().stream()).map(DemoMember::person).toList();
    }

    // ---- determinism --------------------------------------------------------------------------------------------

    @Test
    void sameSeedAndDateGiveEqualHouseholds() {
        assertThat(new DemoDataGenerator(SEED, TODAY).households(0, 50)).isEqualTo(FIRST_500.subList(0, 50));
    }

    @Test
    void differentSeedsGiveDifferentHouseholds() {
        List<DemoHousehold> other = new DemoDataGenerator(SEED + 1, TODAY).households(0, 50);

        for (int n = 0; n < 50; n++) {
            assertThat(other.get(n)).isNotEqualTo(FIRST_500.get(n));
        }
        assertThat(other.stream().map(h -> h.household().name()).toList())
                .isNotEqualTo(FIRST_500.subList(0, 50).stream().map(h -> h.household().name()).toList());
    }

    @Test
    void eachHouseholdDependsOnlyOnItsNumber() {
        assertThat(GENERATOR.households(5, 6).get(0)).isEqualTo(GENERATOR.households(0, 10).get(5));
        assertThat(GENERATOR.households(0, 10)).isEqualTo(GENERATOR.households(0, 20).subList(0, 10));
        assertThat(GENERATOR.households(300, 320)).isEqualTo(FIRST_500.subList(300, 320));
        assertThat(GENERATOR.household(499)).isEqualTo(FIRST_500.get(499));
    }

    @Test
    void emptyRangeGivesNoHouseholds() {
        assertThat(GENERATOR.households(7, 7)).isEmpty();
    }

    @Test
    void invalidArgumentsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> GENERATOR.households(-1, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> GENERATOR.households(5, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> new DemoDataGenerator(1, TODAY, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> new DemoDataGenerator(1, TODAY, -0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> DemoDataGenerator.placeholderPartnerId("NOPE"));
    }

    // ---- validity -----------------------------------------------------------------------------------------------

    @Test
    void nowIsNoonInAmsterdamToday() {
        assertThat(GENERATOR.now()).isEqualTo(Instant.parse("2025-06-15T10:00:00Z"));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20_250_615L, -987_654_321L})
    void everyDraftValidates(long seed) {
        DemoDataGenerator generator = new DemoDataGenerator(seed, TODAY);
        List<DemoHousehold> households = seed == SEED ? FIRST_500 : generator.households(0, 500);
        List<String> problems = new ArrayList<>();
        for (int n = 0; n < households.size(); n++) {
            DemoHousehold h = households.get(n);
            String where = "household " + n + ": ";
            h.household().validate(TODAY).forEach(e -> problems.add(where + "household " + e));
            for (DemoMember m : h.members()) {
                m.person().validate(TODAY).forEach(e -> problems.add(where + m.personKey() + " " + e));
                m.membership().validate().forEach(e -> problems.add(where + m.personKey() + " membership " + e));
            }
            for (DemoInvolvement i : h.involvements()) {
                i.draft().validate(TODAY).forEach(e -> problems.add(where + i.partnerCode() + " " + e));
            }
            for (DemoIncident i : h.incidents()) {
                i.draft().validate(generator.now()).forEach(e -> problems.add(where + "incident " + e));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void draftsAlsoValidateWithAScaledIncidentCount() {
        DemoDataGenerator generator = new DemoDataGenerator(SEED, TODAY, 4.0);
        for (DemoHousehold h : generator.households(0, 200)) {
            assertThat(h.household().validate(TODAY)).isEmpty();
            for (DemoIncident i : h.incidents()) {
                assertThat(i.draft().validate(generator.now())).isEmpty();
            }
        }
    }

    @Test
    void everyBsnIsValidAndBelongsToOnePerson() {
        Map<String, String> keyByBsn = new HashMap<>();
        int withBsn = 0;
        int persons = 0;
        for (DemoHousehold h : FIRST_500) {
            for (DemoMember m : h.members()) {
                persons++;
                String bsn = m.person().bsn();
                if (bsn == null) {
                    continue;
                }
                withBsn++;
                assertThat(Bsn.isValid(bsn)).as(bsn).isTrue();
                assertThat(bsn).hasSize(9).containsOnlyDigits();
                String previous = keyByBsn.putIfAbsent(bsn, m.personKey());
                assertThat(previous).as("BSN shared by two persons").isIn(null, m.personKey());
            }
        }
        assertThat((double) withBsn / persons).isBetween(0.6, 0.8);
    }

    @Test
    void everyPostcodeIsValidAndWrittenAsFourDigitsSpaceTwoLetters() {
        Pattern shape = Pattern.compile("[1-9][0-9]{3} [A-Z]{2}");
        for (DemoHousehold h : FIRST_500) {
            String postcode = h.household().postcode();
            assertThat(Postcode.isValid(postcode)).as(postcode).isTrue();
            assertThat(postcode).matches(shape).doesNotEndWith("SA").doesNotEndWith("SD").doesNotEndWith("SS");
            assertThat(h.household().street()).isNotBlank();
            assertThat(h.household().houseNumber()).isNotBlank();
            assertThat(h.household().city()).isNotBlank();
        }
    }

    @Test
    void addressesIncludeHouseNumberSuffixes() {
        assertThat(FIRST_500).anySatisfy(h -> assertThat(h.household().houseNumber()).matches("\\d+[a-c]"));
        assertThat(FIRST_500).anySatisfy(h -> assertThat(h.household().houseNumber()).matches("\\d+-I+"));
    }

    @Test
    void namesHaveDiacriticsAndParticles() {
        List<PersonDraft> persons = persons(FIRST_500);

        assertThat(persons).anySatisfy(p -> assertThat(p.givenNames()).containsAnyOf("ë", "é", "ï", "ê", "è"));
        assertThat(persons).anySatisfy(p -> assertThat(p.surname()).containsAnyOf("ı", "ö", "Ö", "ş", "Ş", "ç", "Ç"));
        assertThat(persons).extracting(PersonDraft::particles)
                .contains("van den", "de", "van der", "ter", "ten", "in 't", "van 't", "de la").contains((String) null);
        assertThat(FIRST_500).anySatisfy(h -> assertThat(h.household().name()).startsWith("Gezin van "));
        assertThat(FIRST_500).anySatisfy(h -> assertThat(h.household().name()).contains(" / "));
        assertThat(FIRST_500).allSatisfy(h -> assertThat(h.household().name()).startsWith("Gezin "));
    }

    @Test
    void householdNameIsTheFamilyNameOfTheMainAdult() {
        for (DemoHousehold h : FIRST_500) {
            String family = h.members().get(0).person().name().familyName();
            assertThat(h.household().name()).startsWith("Gezin " + family);
        }
    }

    @Test
    void givenNamesMatchBothGenders() {
        List<PersonDraft> persons = persons(FIRST_500);
        assertThat(persons).extracting(PersonDraft::gender).contains(Gender.FEMALE, Gender.MALE);
        assertThat(persons).extracting(PersonDraft::givenNames).contains("Zoë", "Daniël");
    }

    // ---- members, relations, incidents, involvements ---------------------------------------------------------------

    @Test
    void membersHaveRolesAndPlausibleAges() {
        for (DemoHousehold h : FIRST_500) {
            assertThat(h.members()).isNotEmpty();
            assertThat(h.members().stream().map(DemoMember::personKey).distinct().count())
                    .isEqualTo(h.members().size());
            int adults = 0;
            int children = 0;
            for (DemoMember m : h.members()) {
                LocalDate born = m.person().dateOfBirth();
                if (m.membership().role() == PersonRole.CHILD) {
                    children++;
                    assertThat(born).isNotNull();
                    assertThat(born).isAfter(TODAY.minusYears(18));
                } else {
                    if (born != null) {
                        assertThat(born).isBeforeOrEqualTo(TODAY.minusYears(18));
                    }
                    if (m.membership().role() != PersonRole.HOUSEMATE && m.membership().role() != PersonRole.OTHER) {
                        adults++;
                    }
                }
            }
            assertThat(adults).isBetween(1, 2);
            assertThat(children).isBetween(0, 4);
        }
    }

    @Test
    void relationsConnectExistingMembersParentFirst() {
        int parentChild = 0;
        for (DemoHousehold h : FIRST_500) {
            for (DemoRelation r : h.relations()) {
                assertThat(r.memberA()).isBetween(0, h.members().size() - 1).isNotEqualTo(r.memberB());
                assertThat(r.memberB()).isBetween(0, h.members().size() - 1);
                if (r.type() == RelationType.PARENT_CHILD) {
                    parentChild++;
                    LocalDate parent = h.members().get(r.memberA()).person().dateOfBirth();
                    LocalDate child = h.members().get(r.memberB()).person().dateOfBirth();
                    if (parent != null && child != null) {
                        assertThat(parent).isBefore(child.minusYears(15));
                    }
                }
            }
            assertThat(new HashSet<>(h.relations())).hasSameSizeAs(h.relations());
        }
        assertThat(parentChild).isPositive();
    }

    @Test
    void incidentsLieBeforeTodayAndHaveUniqueRegistrationNumbers() {
        Set<String> numbers = new HashSet<>();
        Pattern format = Pattern.compile("PL\\d{4}-\\d{4}\\d{6,}");
        int police = 0;
        int all = 0;
        for (DemoHousehold h : FIRST_500) {
            LocalDate previous = LocalDate.MIN;
            for (DemoIncident i : h.incidents()) {
                all++;
                IncidentDraft d = i.draft();
                assertThat(d.date()).isBefore(TODAY).isAfterOrEqualTo(previous);
                previous = d.date();
                assertThat(d.involved()).isEmpty();
                assertThat(d.description()).isNotBlank();
                assertThat(i.involved()).extracting(DemoInvolved::memberIndex)
                        .doesNotHaveDuplicates()
                        .allSatisfy(index -> assertThat(index).isBetween(0, h.members().size() - 1));
                if (d.source() == IncidentSource.POLICE) {
                    police++;
                    assertThat(d.registrationNumber()).matches(format);
                    assertThat(numbers.add(d.registrationNumber())).as(d.registrationNumber()).isTrue();
                }
            }
        }
        assertThat((double) police / all).isBetween(0.65, 0.9);
    }

    @Test
    void childrenPresentAreWitnesses() {
        int withChildren = 0;
        for (DemoHousehold h : FIRST_500) {
            for (DemoIncident i : h.incidents()) {
                if (i.draft().riskMarkers().contains(nl.casustafel.domain.incident.RiskMarker.CHILDREN_PRESENT)) {
                    withChildren++;
                    assertThat(i.involved()).anySatisfy(x -> {
                        assertThat(h.members().get(x.memberIndex()).membership().role()).isEqualTo(PersonRole.CHILD);
                        assertThat(h.members().get(x.memberIndex()).person().dateOfBirth())
                                .isBefore(i.draft().date());
                    });
                }
            }
        }
        assertThat(withChildren).isPositive();
    }

    @Test
    void involvementsUseTheSeededCatalogueAndCaseDirectorsAreConsistent() {
        int withoutDirector = 0;
        for (DemoHousehold h : FIRST_500) {
            assertThat(h.involvements()).isNotEmpty();
            for (DemoInvolvement i : h.involvements()) {
                assertThat(DemoDataGenerator.partnerCodes()).contains(i.partnerCode());
                assertThat(i.draft().partnerId()).isEqualTo(DemoDataGenerator.placeholderPartnerId(i.partnerCode()));
                assertThat(i.draft().contactPerson()).matches("\\p{Lu}\\. .+");
                assertThat(i.draft().contactDetails()).endsWith(".example");
            }
            HouseholdDraft d = h.household();
            if (h.caseDirectorPartnerCode() == null) {
                withoutDirector++;
                assertThat(d.caseDirectorPartnerId()).isNull();
                assertThat(d.caseDirectorName()).isNull();
            } else {
                assertThat(d.caseDirectorPartnerId())
                        .isEqualTo(DemoDataGenerator.placeholderPartnerId(h.caseDirectorPartnerCode()));
                assertThat(d.caseDirectorName()).isNotBlank();
                assertThat(h.involvements()).extracting(DemoInvolvement::partnerCode)
                        .contains(h.caseDirectorPartnerCode());
            }
        }
        assertThat(withoutDirector).isBetween(10, 200);
        assertThat(DemoDataGenerator.partnerCodes()).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void someHouseholdsAreClosedAfterTheyOpened() {
        int closed = 0;
        for (DemoHousehold h : FIRST_500) {
            LocalDate opened = h.household().openedOn();
            assertThat(opened).isBefore(TODAY);
            if (h.closedOn() != null) {
                closed++;
                assertThat(h.closedOn()).isAfter(opened).isBefore(TODAY);
                assertThat(h.involvements()).allSatisfy(i -> assertThat(i.draft().endDate()).isNotNull()
                        .isBeforeOrEqualTo(h.closedOn()));
                if (h.lastConferenceOn() != null) {
                    assertThat(h.lastConferenceOn()).isBeforeOrEqualTo(h.closedOn());
                }
            }
            if (h.lastConferenceOn() != null) {
                assertThat(h.lastConferenceOn()).isAfterOrEqualTo(opened).isBefore(TODAY);
            }
        }
        assertThat(closed / 500.0).isBetween(0.08, 0.22);
    }

    @Test
    void phasesAreSpreadOverAllThree() {
        assertThat(FIRST_500).extracting(h -> h.household().phase())
                .contains(Phase.DIRECT_SAFETY, Phase.STABLE_SAFETY, Phase.SUSTAINABLE_RECOVERY);
    }

    @Test
    void incidentCountsAverageFourToSixAndStayWithinTwentyFive() {
        int total = 0;
        int max = 0;
        int none = 0;
        List<DemoHousehold> households = GENERATOR.households(0, 2000);
        for (DemoHousehold h : households) {
            total += h.incidents().size();
            max = Math.max(max, h.incidents().size());
            none += h.incidents().isEmpty() ? 1 : 0;
        }
        assertThat(total / 2000.0).isBetween(4.0, 6.0);
        assertThat(max).isBetween(15, 25);
        assertThat(none).isPositive();
    }

    @Test
    void incidentScaleMultipliesTheIncidentCount() {
        double mean = new DemoDataGenerator(SEED, TODAY, 2.3).households(0, 1000).stream()
                .mapToInt(h -> h.incidents().size()).average().orElseThrow();

        assertThat(mean).isBetween(9.0, 11.5);
    }

    @Test
    void incidentScaleDoesNotChangeTheMembers() {
        DemoHousehold scaled = new DemoDataGenerator(SEED, TODAY, 3.0).household(12);

        assertThat(scaled.members()).isEqualTo(FIRST_500.get(12).members());
    }

    // ---- signals --------------------------------------------------------------------------------------------------

    @Test
    void everyEvaluatedSignalFiresWithinTheFirstHundredHouseholds() {
        assertThat(firedTypes(FIRST_500.subList(0, 100))).containsExactlyInAnyOrderElementsOf(EVALUATED);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 7L, 123_456_789L})
    void everyEvaluatedSignalFiresWithinTheFirstTwoHundredHouseholdsWhateverTheSeed(long seed) {
        List<DemoHousehold> households = new DemoDataGenerator(seed, TODAY).households(0, 200);

        assertThat(firedTypes(households)).containsExactlyInAnyOrderElementsOf(EVALUATED);
    }

    @Test
    void aboutHalfOfTheHouseholdsFireNoSignalAtAll() {
        long quiet = FIRST_500.stream().filter(h -> signals(h, TODAY).isEmpty()).count();

        assertThat(quiet / 500.0).isBetween(0.30, 0.55);
    }

    @Test
    void closedHouseholdsFireNoSignals() {
        assertThat(FIRST_500).filteredOn(h -> h.closedOn() != null)
                .isNotEmpty()
                .allSatisfy(h -> assertThat(signals(h, TODAY)).isEmpty());
    }

    // ---- reused persons -----------------------------------------------------------------------------------------

    @Test
    void reusedPersonKeysReferToAMemberOfThePreviousHousehold() {
        List<DemoHousehold> households = GENERATOR.households(0, 1000);
        int reused = 0;
        for (int n = 0; n < households.size(); n++) {
            for (DemoMember m : households.get(n).members()) {
                if (m.personKey().startsWith("h" + n + "-m")) {
                    continue;
                }
                reused++;
                assertThat(n).isPositive();
                assertThat(m.personKey()).startsWith("h" + (n - 1) + "-m");
                DemoMember original = households.get(n - 1).members().stream()
                        .filter(o -> o.personKey().equals(m.personKey())).findFirst().orElseThrow();
                assertThat(m.person()).isEqualTo(original.person());
                assertThat(m.membership().role()).isEqualTo(PersonRole.EX_PARTNER);
            }
        }
        assertThat(reused).isBetween(15, 80);
    }

    @Test
    void personKeysNameHouseholdAndIndex() {
        DemoHousehold h = FIRST_500.get(3);
        for (int i = 0; i < h.members().size(); i++) {
            if (h.members().get(i).personKey().startsWith("h3-")) {
                assertThat(h.members().get(i).personKey()).isEqualTo("h3-m" + i);
            }
        }
    }

    // ---- tables -------------------------------------------------------------------------------------------------

    @Test
    void nameAndPlaceTablesAreConsistentAndLargeEnough() {
        assertThat(DemoNames.FEMALE.length).isGreaterThanOrEqualTo(100);
        assertThat(DemoNames.MALE.length).isGreaterThanOrEqualTo(100);
        assertThat(DemoNames.SURNAMES.length).isGreaterThanOrEqualTo(100).isEqualTo(DemoNames.PARTICLES.length);
        assertThat(DemoNames.CITY_POSTCODE).hasSameSizeAs(DemoNames.CITIES);
        assertThat(DemoNames.CITY_UNIT).hasSameSizeAs(DemoNames.CITIES);
        assertThat(DemoNames.MAIL_NAMES).allSatisfy(m -> assertThat(m).matches("[a-z]+"));
        assertThat(DemoTexts.PARTNER_DOMAINS).hasSameSizeAs(DemoTexts.PARTNER_CODES);
        assertThat(DemoTexts.PARTNER_TASKS.length).isEqualTo(DemoTexts.PARTNER_CODES.length);
        assertThat(DemoTexts.INCIDENT).hasSize(nl.casustafel.domain.incident.IncidentType.values().length);
        assertThat(DemoTexts.MARKER).hasSize(nl.casustafel.domain.incident.RiskMarker.values().length);
    }

    @Test
    void bsnNumbersNeverRepeatAcrossManyHouseholds() {
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < 20_000; n++) {
            for (int i = 0; i < 8; i++) {
                String bsn = GENERATOR.bsn(n, i);
                if (bsn != null) {
                    assertThat(Bsn.isValid(bsn)).isTrue();
                    assertThat(seen.add(bsn)).isTrue();
                }
            }
        }
        assertThat(seen.size()).isGreaterThan(159_000);
    }
}
