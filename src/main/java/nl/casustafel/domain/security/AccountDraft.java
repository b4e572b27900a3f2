package nl.casustafel.domain.security;

import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.Text;

/** What an administrator fills in for an account. */
public record AccountDraft(String userName, String displayName, Role role, String partnerCode, boolean active) {
    public static final String USER_NAME = "userName";
    public static final String DISPLAY_NAME = "displayName";
    public static final String ROLE = "role";
    public static final String PARTNER = "partnerCode";

    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (Text.isBlank(userName)) {
            errors.add(FieldError.of(USER_NAME, "validation.required"));
        } else if (!UserNames.isValid(userName)) {
            errors.add(FieldError.of(USER_NAME, "validation.userName"));
        }
        if (Text.isBlank(displayName)) {
            errors.add(FieldError.of(DISPLAY_NAME, "validation.required"));
        } else if (displayName.strip().length() > 200) {
            errors.add(FieldError.of(DISPLAY_NAME, "validation.tooLong", 200));
        }
        if (role == null) {
            errors.add(FieldError.of(ROLE, "validation.required"));
        } else if ((role == Role.PARTNER_READER) == Text.isBlank(partnerCode)) {
            errors.add(FieldError.of(PARTNER, "validation.accountPartner"));
        }
        return errors;
    }
}
