package nl.casustafel.domain.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.common.FieldError;

/** What a user fills in for a partner organisation's involvement with a household. */
public record InvolvementDraft(Long partnerId, String contactPerson, String contactDetails, LocalDate startDate,
                               LocalDate endDate, String description) {
    public static final String PARTNER = "partner";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";

    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (partnerId == null) {
            errors.add(FieldError.of(PARTNER, "validation.required"));
        }
        if (startDate == null) {
            errors.add(FieldError.of(START_DATE, "validation.required"));
        } else if (startDate.isAfter(today)) {
            errors.add(FieldError.of(START_DATE, "validation.dateInFuture"));
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            errors.add(FieldError.of(END_DATE, "validation.endBeforeStart"));
        }
        return errors;
    }

    public static InvolvementDraft of(Involvement i) {
        return new InvolvementDraft(i.partnerId(), i.contactPerson(), i.contactDetails(), i.startDate(),
                i.endDate(), i.description());
    }
}
