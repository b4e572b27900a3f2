package nl.casustafel.domain.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.Text;

/** What a user fills in for a partner organisation's involvement with a household. */
public record InvolvementDraft(Long partnerId, String contactPerson, String contactDetails, LocalDate startDate,
                               LocalDate endDate, String description) {
    public static final String PARTNER = "partner";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    public static final String CONTACT_PERSON = "contactPerson";
    public static final String CONTACT_DETAILS = "contactDetails";
    public static final String DESCRIPTION = "description";

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
        // Column sizes of the involvement table.
        tooLong(errors, CONTACT_PERSON, contactPerson, 200);
        tooLong(errors, CONTACT_DETAILS, contactDetails, 200);
        tooLong(errors, DESCRIPTION, description, 2000);
        return errors;
    }

    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (Text.isLongerThan(value, max)) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    public static InvolvementDraft of(Involvement i) {
        return new InvolvementDraft(i.partnerId(), i.contactPerson(), i.contactDetails(), i.startDate(),
                i.endDate(), i.description());
    }
}
