package nl.casustafel.domain.conference;

/** One reason for an agenda suggestion and how many things it counts (incidents, signals, measures). */
public record SuggestionReason(SuggestionKind kind, int count) {
}
