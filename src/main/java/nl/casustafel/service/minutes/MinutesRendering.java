package nl.casustafel.service.minutes;

import java.util.Locale;
import nl.casustafel.minutes.MinutesContent;

/** Lays minutes content out as a PDF/A document in the given language (the minutes renderer, wired in AppContext). */
@FunctionalInterface
public interface MinutesRendering {
    byte[] render(MinutesContent content, Locale locale);
}
