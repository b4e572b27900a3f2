package nl.casustafel.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.domain.common.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonDraftTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    static PersonDraft person(String given, String surname, LocalDate born, String bsn, Gender gender) {
        return new PersonDraft(given, "van den", surname, born, bsn, gender, null);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void completePersonIsValid() {
        assertThat(person("Zoë", "Berg", LocalDate.of(1990, 4, 1), "123456782", Gender.FEMALE).validate(TODAY))
                .isEmpty();
    }

    @Test
    void dateOfBirthAndBsnAreOptional() {
        assertThat(person("Jan", "Berg", null, null, Gender.UNKNOWN).validate(TODAY)).isEmpty();
        assertThat(person("Jan", "Berg", null, "  ", Gender.UNKNOWN).validate(TODAY)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void givenNamesAndSurnameAreRequired(String blank) {
        assertThat(person(blank, blank, null, null, Gender.MALE).validate(TODAY)).containsExactly(
                FieldError.of(PersonDraft.GIVEN_NAMES, "validation.required"),
                FieldError.of(PersonDraft.SURNAME, "validation.required"));
    }

    @Test
    void genderIsRequired() {
        assertThat(person("Jan", "Berg", null, null, null).validate(TODAY))
                .containsExactly(FieldError.of(PersonDraft.GENDER, "validation.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "12345678", "1234567890", "abcdefghi", "000000000"})
    void invalidBsnIsAnError(String bsn) {
        assertThat(person("Jan", "Berg", null, bsn, Gender.MALE).validate(TODAY))
                .containsExactly(FieldError.of(PersonDraft.BSN, "validation.bsn"));
    }

    @Test
    void bsnMayBeTypedWithDotsAndSpaces() {
        PersonDraft draft = person("Jan", "Berg", null, "123.456.782 ", Gender.MALE);

        assertThat(draft.validate(TODAY)).isEmpty();
        assertThat(draft.parsedBsn()).isEqualTo(new Bsn("123456782"));
    }

    @Test
    void dateOfBirthMayNotBeInTheFuture() {
        assertThat(person("Jan", "Berg", TODAY.plusDays(1), null, Gender.MALE).validate(TODAY))
                .containsExactly(FieldError.of(PersonDraft.DATE_OF_BIRTH, "validation.dateInFuture"));
        assertThat(person("Jan", "Berg", TODAY, null, Gender.MALE).validate(TODAY)).isEmpty();
    }

    @Test
    void dateOfBirthMoreThan120YearsAgoIsTooOld() {
        assertThat(person("Jan", "Berg", TODAY.minusYears(120), null, Gender.MALE).validate(TODAY)).isEmpty();
        assertThat(person("Jan", "Berg", TODAY.minusYears(120).minusDays(1), null, Gender.MALE).validate(TODAY))
                .containsExactly(FieldError.of(PersonDraft.DATE_OF_BIRTH, "validation.dateTooOld"));
    }

    @Test
    void textsLongerThanTheirColumnsAreErrors() {
        PersonDraft draft = new PersonDraft("g".repeat(201), "p".repeat(41), "s".repeat(201), null, null,
                Gender.OTHER, "n".repeat(4001));

        assertThat(draft.validate(TODAY)).containsExactly(
                FieldError.of(PersonDraft.GIVEN_NAMES, "validation.tooLong", 200),
                FieldError.of(PersonDraft.PARTICLES, "validation.tooLong", 40),
                FieldError.of(PersonDraft.SURNAME, "validation.tooLong", 200),
                FieldError.of(PersonDraft.NOTES, "validation.tooLong", 4000));
    }

    @Test
    void nameAndBsnComeBackFromAStoredPerson() {
        Person stored = new Person(1, 0, new PersonName("Anaïs", "de la", "Croix"), LocalDate.of(1988, 2, 29),
                Bsn.parse("111222333"), Gender.FEMALE, "tolk Frans");

        PersonDraft draft = PersonDraft.of(stored);

        assertThat(draft.validate(TODAY)).isEmpty();
        assertThat(draft.name()).isEqualTo(stored.name());
        assertThat(draft.parsedBsn()).isEqualTo(stored.bsn());
        assertThat(stored.ageOn(TODAY)).isEqualTo(37);
    }

    @Test
    void ageIsUnknownWithoutDateOfBirth() {
        Person p = new Person(1, 0, new PersonName("Jan", null, "Bos"), null, null, Gender.MALE, null);

        assertThat(p.ageOn(TODAY)).isEqualTo(-1);
        assertThat(PersonDraft.of(p).parsedBsn()).isNull();
    }
}
