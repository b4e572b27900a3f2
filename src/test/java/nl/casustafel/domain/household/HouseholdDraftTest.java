package nl.casustafel.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.domain.common.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HouseholdDraftTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    static HouseholdDraft valid() {
        return new HouseholdDraft("Gezin van den Berg", "Dorpsstraat", "12a", "1234 AB", "Utrecht",
                Phase.DIRECT_SAFETY, 2L, "Sanne de Wit", TODAY.minusMonths(2));
    }

    static HouseholdDraft with(String name, String postcode, Phase phase, Long directorPartner, String directorName,
                               LocalDate openedOn) {
        return new HouseholdDraft(name, "Dorpsstraat", "12a", postcode, "Utrecht", phase, directorPartner,
                directorName, openedOn);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void completeHouseholdIsValid() {
        assertThat(valid().validate(TODAY)).isEmpty();
    }

    @Test
    void onlyNamePhaseAndOpeningDateAreRequired() {
        HouseholdDraft minimal = new HouseholdDraft("Gezin Jansen", null, null, null, null, Phase.STABLE_SAFETY,
                null, null, TODAY);

        assertThat(minimal.validate(TODAY)).isEmpty();
        assertThat(minimal.address()).isEqualTo(Address.UNKNOWN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void nameIsRequired(String name) {
        assertThat(with(name, null, Phase.DIRECT_SAFETY, null, null, TODAY).validate(TODAY))
                .containsExactly(FieldError.of(HouseholdDraft.NAME, "validation.required"));
    }

    @Test
    void nameMayHaveTwoHundredCharacters() {
        assertThat(with("x".repeat(200), null, Phase.DIRECT_SAFETY, null, null, TODAY).validate(TODAY)).isEmpty();
        assertThat(with("x".repeat(201), null, Phase.DIRECT_SAFETY, null, null, TODAY).validate(TODAY))
                .containsExactly(FieldError.of(HouseholdDraft.NAME, "validation.tooLong", 200));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "0123 AB", "1234 SS", "12345 AB", "1234-AB"})
    void malformedPostcodeIsAnError(String postcode) {
        assertThat(with("Gezin Bos", postcode, Phase.DIRECT_SAFETY, null, null, TODAY).validate(TODAY))
                .containsExactly(FieldError.of(HouseholdDraft.POSTCODE, "validation.postcode"));
    }

    @Test
    void postcodeIsNormalisedInTheAddress() {
        HouseholdDraft draft = with("Gezin Bos", "3511lx", Phase.DIRECT_SAFETY, null, null, TODAY);

        assertThat(draft.validate(TODAY)).isEmpty();
        assertThat(draft.address().postcode()).isEqualTo(Postcode.parse("3511 LX"));
        assertThat(draft.address().display()).isEqualTo("Dorpsstraat 12a, 3511 LX Utrecht");
    }

    @Test
    void phaseIsRequired() {
        assertThat(fields(with("Gezin Bos", null, null, null, null, TODAY).validate(TODAY)))
                .containsExactly(HouseholdDraft.PHASE);
    }

    @Test
    void openingDateIsRequiredAndNotInTheFuture() {
        assertThat(with("Gezin Bos", null, Phase.DIRECT_SAFETY, null, null, null).validate(TODAY))
                .containsExactly(FieldError.of(HouseholdDraft.OPENED_ON, "validation.required"));
        assertThat(with("Gezin Bos", null, Phase.DIRECT_SAFETY, null, null, TODAY.plusDays(1)).validate(TODAY))
                .containsExactly(FieldError.of(HouseholdDraft.OPENED_ON, "validation.dateInFuture"));
        assertThat(with("Gezin Bos", null, Phase.DIRECT_SAFETY, null, null, TODAY).validate(TODAY)).isEmpty();
    }

    @Test
    void caseDirectorNameNeedsAnOrganisation() {
        assertThat(with("Gezin Bos", null, Phase.DIRECT_SAFETY, null, "Sanne de Wit", TODAY).validate(TODAY))
                .containsExactly(FieldError.of(HouseholdDraft.CASE_DIRECTOR, "validation.caseDirectorPartnerRequired"));
        assertThat(with("Gezin Bos", null, Phase.DIRECT_SAFETY, 3L, null, TODAY).validate(TODAY)).isEmpty();
    }

    @Test
    void addressPartsLongerThanTheirColumnsAreErrorsNextToTheField() {
        HouseholdDraft draft = new HouseholdDraft("Gezin Bos", "s".repeat(201), "1".repeat(21), null,
                "c".repeat(101), Phase.DIRECT_SAFETY, 2L, "n".repeat(201), TODAY);

        assertThat(draft.validate(TODAY)).containsExactly(
                FieldError.of(HouseholdDraft.STREET, "validation.tooLong", 200),
                FieldError.of(HouseholdDraft.HOUSE_NUMBER, "validation.tooLong", 20),
                FieldError.of(HouseholdDraft.CITY, "validation.tooLong", 100),
                FieldError.of(HouseholdDraft.CASE_DIRECTOR, "validation.tooLong", 200));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        HouseholdDraft draft = new HouseholdDraft(" ", null, null, "nope", null, null, null, "X", TODAY.plusDays(1));

        assertThat(fields(draft.validate(TODAY))).containsExactly(HouseholdDraft.NAME, HouseholdDraft.POSTCODE,
                HouseholdDraft.PHASE, HouseholdDraft.OPENED_ON, HouseholdDraft.CASE_DIRECTOR);
    }

    @Test
    void draftOfAStoredHouseholdValidates() {
        Household stored = new Household(7, 3, "Gezin Öztürk",
                new Address("Kerkstraat", "3-II", Postcode.parse("9711AB"), "Groningen"), HouseholdStatus.OPEN,
                Phase.SUSTAINABLE_RECOVERY, new CaseDirector(4, "J. Bakker"), TODAY.minusYears(1), null, null);

        HouseholdDraft draft = HouseholdDraft.of(stored);

        assertThat(draft.validate(TODAY)).isEmpty();
        assertThat(draft.address()).isEqualTo(stored.address());
        assertThat(draft.caseDirectorPartnerId()).isEqualTo(4L);
    }
}
