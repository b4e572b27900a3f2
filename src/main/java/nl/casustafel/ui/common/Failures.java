package nl.casustafel.ui.common;

import nl.casustafel.domain.common.DomainException;
import org.slf4j.Logger;

/** How view models treat a failure of background work. */
public final class Failures {
    private Failures() {
    }

    /**
     * Logs a failure the user cannot act on (a bug, a broken environment) once, with its stack trace. Domain
     * failures are expected: they are only shown to the user (with {@link I18n#error(Throwable)}).
     *
     * @param what what was being done, as a sentence for the log ("Dossier search failed"); never personal data
     */
    public static void logIfUnexpected(Logger log, String what, Throwable failure) {
        if (!(failure instanceof DomainException)) {
            log.error(what, failure);
        }
    }
}
