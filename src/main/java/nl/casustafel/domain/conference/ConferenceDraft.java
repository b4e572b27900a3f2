package nl.casustafel.domain.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.Text;

/**
 * What the chair enters to plan a conference. Date and time are local (Europe/Amsterdam). Field names are used by
 * the form to place errors.
 */
public record ConferenceDraft(ConferenceType type, LocalDate date, LocalTime time, int durationMinutes, String place,
                              String chairName, Long chairPartnerId, String minuteTakerName,
                              List<Long> invitedPartnerIds) {

    public static final String TYPE = "type";
    public static final String DATE = "date";
    public static final String TIME = "time";
    public static final String DURATION = "duration";
    public static final String PLACE = "place";
    public static final String CHAIR = "chair";
    public static final String MINUTE_TAKER = "minuteTaker";
    public static final int MAX_DURATION = 8 * 60;
    public static final int MAX_TEXT = 200;

    public ConferenceDraft {
        invitedPartnerIds = invitedPartnerIds == null ? List.of() : List.copyOf(invitedPartnerIds);
    }

    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(FieldError.of(TYPE, "validation.required"));
        }
        if (date == null) {
            errors.add(FieldError.of(DATE, "validation.required"));
        }
        if (time == null) {
            errors.add(FieldError.of(TIME, "validation.required"));
        }
        if (durationMinutes < 1 || durationMinutes > MAX_DURATION) {
            errors.add(FieldError.of(DURATION, "validation.between", 1, MAX_DURATION));
        }
        if (Text.isLongerThan(place, MAX_TEXT)) {
            errors.add(FieldError.of(PLACE, "validation.tooLong", MAX_TEXT));
        }
        if (Text.isBlank(chairName)) {
            errors.add(FieldError.of(CHAIR, "validation.required"));
        } else if (Text.isLongerThan(chairName, MAX_TEXT)) {
            errors.add(FieldError.of(CHAIR, "validation.tooLong", MAX_TEXT));
        }
        if (Text.isLongerThan(minuteTakerName, MAX_TEXT)) {
            errors.add(FieldError.of(MINUTE_TAKER, "validation.tooLong", MAX_TEXT));
        }
        return errors;
    }

    /** The start as a UTC instant; date and time must be set. */
    public Instant startsAt() {
        return ZonedDateTime.of(date, time, DomainTime.ZONE).toInstant();
    }
}
