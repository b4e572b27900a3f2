package nl.casustafel.domain.common;

import java.util.List;

/** One validation failure: the field it belongs to, a message key and the key's arguments. */
public record FieldError(String field, String messageKey, List<Object> arguments) {
    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
