package nl.casustafel.domain.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.Text;

/** What a user fills in to create or edit a household. Field names are used by the form to place errors. */
public record HouseholdDraft(String name, String street, String houseNumber, String postcode, String city,
                             Phase phase, Long caseDirectorPartnerId, String caseDirectorName, LocalDate openedOn) {

    public static final String NAME = "name";
    public static final String STREET = "street";
    public static final String HOUSE_NUMBER = "houseNumber";
    public static final String CITY = "city";
    public static final String POSTCODE = "postcode";
    public static final String PHASE = "phase";
    public static final String OPENED_ON = "openedOn";
    public static final String CASE_DIRECTOR = "caseDirector";

    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (Text.isBlank(name)) {
            errors.add(FieldError.of(NAME, "validation.required"));
        } else if (name.strip().length() > 200) {
            errors.add(FieldError.of(NAME, "validation.tooLong", 200));
        }
        // Column sizes of the household table: longer input would fail when saved instead of next to the field.
        tooLong(errors, STREET, street, 200);
        tooLong(errors, HOUSE_NUMBER, houseNumber, 20);
        tooLong(errors, CITY, city, 100);
        if (!Text.isBlank(postcode) && !Postcode.isValid(postcode)) {
            errors.add(FieldError.of(POSTCODE, "validation.postcode"));
        }
        if (phase == null) {
            errors.add(FieldError.of(PHASE, "validation.required"));
        }
        if (openedOn == null) {
            errors.add(FieldError.of(OPENED_ON, "validation.required"));
        } else if (openedOn.isAfter(today)) {
            errors.add(FieldError.of(OPENED_ON, "validation.dateInFuture"));
        }
        if (caseDirectorPartnerId == null && !Text.isBlank(caseDirectorName)) {
            errors.add(FieldError.of(CASE_DIRECTOR, "validation.caseDirectorPartnerRequired"));
        } else {
            tooLong(errors, CASE_DIRECTOR, caseDirectorName, 200);
        }
        return errors;
    }

    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (Text.isLongerThan(value, max)) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    public Address address() {
        return new Address(Text.trimToNull(street), Text.trimToNull(houseNumber),
                Text.isBlank(postcode) ? null : Postcode.parse(postcode), Text.trimToNull(city));
    }

    public static HouseholdDraft of(Household h) {
        Address a = h.address();
        return new HouseholdDraft(h.name(), a.street(), a.houseNumber(),
                a.postcode() == null ? null : a.postcode().value(), a.city(), h.phase(),
                h.caseDirector() == null ? null : h.caseDirector().partnerId(),
                h.caseDirector() == null ? null : h.caseDirector().name(), h.openedOn());
    }
}
