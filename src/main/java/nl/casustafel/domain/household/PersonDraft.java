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

    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (Text.isBlank(givenNames)) {
            errors.add(FieldError.of(GIVEN_NAMES, "validation.required"));
        }
        if (Text.isBlank(surname)) {
            errors.add(FieldError.of(SURNAME, "validation.required"));
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
        return errors;
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
