package nl.casustafel.domain.partner;

import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.Text;

/** What an administrator fills in for a partner organisation. */
public record PartnerDraft(String name, String shortName, boolean active) {
    public static final String NAME = "name";
    public static final String SHORT_NAME = "shortName";

    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (Text.isBlank(name)) {
            errors.add(FieldError.of(NAME, "validation.required"));
        } else if (name.strip().length() > 200) {
            errors.add(FieldError.of(NAME, "validation.tooLong", 200));
        }
        if (Text.isBlank(shortName)) {
            errors.add(FieldError.of(SHORT_NAME, "validation.required"));
        } else if (shortName.strip().length() > 60) {
            errors.add(FieldError.of(SHORT_NAME, "validation.tooLong", 60));
        }
        return errors;
    }
}
