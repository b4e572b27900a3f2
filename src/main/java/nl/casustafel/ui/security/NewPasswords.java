package nl.casustafel.ui.security;

import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.service.security.Passwords;

/** The checks on a new password typed twice, as field messages (the service checks the length again). */
public final class NewPasswords {
    private NewPasswords() {
    }

    public static List<FieldError> problems(String password, String repeat, String field, String repeatField) {
        List<FieldError> problems = new ArrayList<>();
        String pw = password == null ? "" : password;
        if (pw.isEmpty()) {
            problems.add(FieldError.of(field, "validation.required"));
        } else if (pw.length() < Passwords.MIN_LENGTH || pw.isBlank()) {
            problems.add(FieldError.of(field, "validation.passwordLength", Passwords.MIN_LENGTH));
        } else if (!pw.equals(repeat == null ? "" : repeat)) {
            problems.add(FieldError.of(repeatField, "error.init.passwordsDiffer"));
        }
        return problems;
    }
}
