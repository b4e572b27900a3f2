package nl.casustafel.domain.household;

import java.time.LocalDate;
import java.time.Period;

/** A person; may be a member of several households. BSN and date of birth are optional. */
public record Person(long id, int version, PersonName name, LocalDate dateOfBirth, Bsn bsn, Gender gender,
                     String notes) {

    /** Age in whole years on the given date, or -1 when the date of birth is unknown. */
    public int ageOn(LocalDate date) {
        return dateOfBirth == null ? -1 : Period.between(dateOfBirth, date).getYears();
    }
}
