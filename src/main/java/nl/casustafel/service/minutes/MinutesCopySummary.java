package nl.casustafel.service.minutes;

import nl.casustafel.domain.minutes.MinutesCopy;

/** A signed copy with the recipient partner's name (null for the complete minutes). */
public record MinutesCopySummary(MinutesCopy copy, String partnerName) {
}
