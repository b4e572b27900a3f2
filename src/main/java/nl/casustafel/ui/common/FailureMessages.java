package nl.casustafel.ui.common;

import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.ui.common.I18n;

/** Messages for domain failures; a "not found" names the kind of record in the user's language. */
public final class FailureMessages {
    private FailureMessages() {
    }

    public static String message(I18n i18n, Throwable failure) {
        if (failure instanceof NotFoundException n && n.arguments().size() == 2
                && n.arguments().get(0) instanceof String key && i18n.has(key)) {
            return i18n.get(n.messageKey(), i18n.get(key), n.arguments().get(1));
        }
        if (failure instanceof DomainException d && !i18n.has(d.messageKey())) {
            return i18n.get("error.validation");
        }
        return i18n.error(failure);
    }
}
