package nl.casustafel.domain.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.common.FieldError;

/** Role and period of a person in a household. */
public record MembershipDraft(PersonRole role, LocalDate startDate, LocalDate endDate) {
    public static final String ROLE = "role";
    public static final String END_DATE = "endDate";

    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (role == null) {
            errors.add(FieldError.of(ROLE, "validation.required"));
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            errors.add(FieldError.of(END_DATE, "validation.endBeforeStart"));
        }
        return errors;
    }
}
