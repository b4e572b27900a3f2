package nl.casustafel.domain.conference;

import java.util.List;

/** A ranked agenda suggestion: the household, the proposed reason for the item and why it is suggested. */
public record AgendaSuggestion(long householdId, String householdName, AgendaReason proposedReason,
                               List<SuggestionReason> reasons, int score) {
    public AgendaSuggestion {
        reasons = List.copyOf(reasons);
    }
}
