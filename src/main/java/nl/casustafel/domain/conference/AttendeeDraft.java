package nl.casustafel.domain.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.Text;

/** What the chair enters for an invited person. Field names are used by the form to place errors. */
public record AttendeeDraft(String name, Long partnerId, ConferenceRole role, AttendanceStatus attendance,
                            boolean informationSent, LocalDate confidentialitySignedOn) {

    public static final String NAME = "name";
    public static final String PARTNER = "partner";
    public static final String ROLE = "role";
    public static final String CONFIDENTIALITY = "confidentiality";
    public static final int MAX_NAME = 200;

    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (Text.isBlank(name)) {
            errors.add(FieldError.of(NAME, "validation.required"));
        } else if (Text.isLongerThan(name, MAX_NAME)) {
            errors.add(FieldError.of(NAME, "validation.tooLong", MAX_NAME));
        }
        if (role == null) {
            errors.add(FieldError.of(ROLE, "validation.required"));
        } else if (role == ConferenceRole.PARTICIPANT && partnerId == null) {
            errors.add(FieldError.of(PARTNER, "validation.attendee.partnerRequired"));
        } else if (role.requiresConfidentialityStatement() && confidentialitySignedOn == null) {
            errors.add(FieldError.of(CONFIDENTIALITY, "validation.attendee.confidentialityRequired"));
        }
        if (confidentialitySignedOn != null && confidentialitySignedOn.isAfter(today)) {
            errors.add(FieldError.of(CONFIDENTIALITY, "validation.dateInFuture"));
        }
        return errors;
    }
}
