package nl.casustafel.domain.measure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.Text;

/**
 * What a chair enters for a measure. {@code concernedPersonId} null means the measure concerns the whole household;
 * {@code deadline} may be left empty when the type's clock proposes one (see {@link #effectiveDeadline()}).
 * Field names are used by the form to place errors.
 */
public record MeasureDraft(MeasureCategory category, MeasureType type, Long concernedPersonId, Long ownerPartnerId,
                           String responsiblePerson, LocalDate startDate, LocalDate deadline, MeasureStatus status,
                           String description) {

    public static final String CATEGORY = "category";
    public static final String TYPE = "type";
    public static final String CONCERNED_PERSON = "concernedPerson";
    public static final String OWNER = "owner";
    public static final String RESPONSIBLE = "responsible";
    public static final String START = "startDate";
    public static final String DEADLINE = "deadline";
    public static final String STATUS = "status";
    public static final String DESCRIPTION = "description";

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_RESPONSIBLE = 200;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /**
     * Every problem at once, in field order. {@code today} is accepted like the other drafts do; no rule depends
     * on it yet, because measures are both recorded afterwards and planned ahead.
     */
    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (category == null) {
            errors.add(FieldError.of(CATEGORY, "validation.required"));
        }
        if (type == null) {
            errors.add(FieldError.of(TYPE, "validation.required"));
        } else if (category != null && !type.fits(category)) {
            errors.add(FieldError.of(TYPE, "validation.measure.categoryMismatch"));
        }
        if (ownerPartnerId == null) {
            errors.add(FieldError.of(OWNER, "validation.required"));
        }
        if (Text.isLongerThan(responsiblePerson, MAX_RESPONSIBLE)) {
            errors.add(FieldError.of(RESPONSIBLE, "validation.tooLong", MAX_RESPONSIBLE));
        }
        if (startDate == null) {
            errors.add(FieldError.of(START, "validation.required"));
        }
        validateDeadline(errors);
        if (status == null) {
            errors.add(FieldError.of(STATUS, "validation.required"));
        }
        if (Text.isLongerThan(description, MAX_DESCRIPTION)) {
            errors.add(FieldError.of(DESCRIPTION, "validation.tooLong", MAX_DESCRIPTION));
        }
        return errors;
    }

    private void validateDeadline(List<FieldError> errors) {
        if (deadline == null) {
            if (type != null && type.clock().deadlineRequired()) {
                errors.add(FieldError.of(DEADLINE, "validation.required"));
            }
            return;
        }
        if (startDate == null) {
            return;
        }
        if (deadline.isBefore(startDate)) {
            errors.add(FieldError.of(DEADLINE, "validation.endBeforeStart"));
        } else if (type != null) {
            type.clock().absoluteMaximum(startDate)
                    .filter(deadline::isAfter)
                    .ifPresent(max -> errors.add(
                            FieldError.of(DEADLINE, "validation.measure.beyondLegalMaximum", max.format(DATE))));
        }
    }

    /** The deadline entered, or else the default of the type's clock from the start date; empty when neither. */
    public Optional<LocalDate> effectiveDeadline() {
        if (deadline != null) {
            return Optional.of(deadline);
        }
        if (type == null || startDate == null) {
            return Optional.empty();
        }
        return type.clock().defaultDeadline(startDate);
    }

    /** True when the measure concerns the household as a whole rather than one person. */
    public boolean concernsWholeHousehold() {
        return concernedPersonId == null;
    }
}
