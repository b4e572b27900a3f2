package nl.casustafel.domain.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.Text;

/** What a user fills in for a person. */
public record PersonDraft(String givenNames, String particles, String surname, LocalDate dateOfBirth, String bsn,
                          Gender gender, String notes) {

    public static final String GIVEN_NAMES = "givenNames";
    public static final String SURNAME = "surname";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String BSN = "bsn";
    public static final String GENDER = "gender";
    public static final String PARTICLES = "particles";
    public static final String NOTES = "notes";

    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (Text.isBlank(givenNames)) {
            errors.add(FieldError.of(GIVEN_NAMES, "validation.required"));
        } else {
            tooLong(errors, GIVEN_NAMES, givenNames, 200);
        }
        tooLong(errors, PARTICLES, particles, 40);
        if (Text.isBlank(surname)) {
            errors.add(FieldError.of(SURNAME, "validation.required"));
        } else {
            tooLong(errors, SURNAME, surname, 200);
        }
        if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
            errors.add(FieldError.of(DATE_OF_BIRTH, "validation.dateInFuture"));
        } else if (dateOfBirth != null && dateOfBirth.isBefore(today.minusYears(120))) {
            errors.add(FieldError.of(DATE_OF_BIRTH, "validation.dateTooOld"));
        }
        if (!Text.isBlank(bsn) && !Bsn.isValid(bsn)) {
            errors.add(FieldError.of(BSN, "validation.bsn"));
        }
        if (gender == null) {
            errors.add(FieldError.of(GENDER, "validation.required"));
        }
        tooLong(errors, NOTES, notes, 4000);
        return errors;
    }

    // Column sizes of the person table: longer input would fail when saved instead of next to the field.
    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (Text.isLongerThan(value, max)) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    public PersonName name() {
        return new PersonName(givenNames, particles, surname);
    }

    public Bsn parsedBsn() {
        return Text.isBlank(bsn) ? null : Bsn.parse(bsn);
    }

    public static PersonDraft of(Person p) {
        return new PersonDraft(p.name().givenNames(), p.name().particles(), p.name().surname(), p.dateOfBirth(),
                p.bsn() == null ? null : p.bsn().value(), p.gender(), p.notes());
    }
}
