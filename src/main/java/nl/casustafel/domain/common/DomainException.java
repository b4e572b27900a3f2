package nl.casustafel.domain.common;

import java.util.List;

/**
 * A failure the user can act on. Carries a resource-bundle key and its arguments; the UI and the
 * command line turn it into a sentence in the user's language. Never carries personal data.
 */
public class DomainException extends RuntimeException {
    private final String messageKey;
    private final transient List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        this(messageKey, null, arguments);
    }

    public DomainException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
