package nl.casustafel.domain.conference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.casustafel.domain.household.HouseholdNames;

/**
 * Ranks households for a conference's agenda from facts counted as of the conference date.
 *
 * <p>The score is a weighted sum over the {@link SuggestionKind}s. Each count enters the sum capped at
 * {@link #CAP}, and every kind weighs more than {@code CAP} times all less urgent kinds together, so the urgency
 * order holds: one acute incident outranks any number of overdue measures, which outrank expiring clocks, new
 * incidents and active signals, in that order; within a kind more is more urgent. Equal scores are ordered by
 * household name, as household lists sort it. The reasons list every kind that applies, most urgent first,
 * with its uncapped count. The proposed reason is acuut after an acute incident, vervolg when the household was
 * discussed before, otherwise nieuw.
 */
public final class AgendaSuggestions {
    /** Counts above this add nothing more to the score (they are still shown). */
    public static final int CAP = 9;

    private AgendaSuggestions() {
    }

    /**
     * What is known about one candidate household as of the conference date: acute incidents and incidents since it
     * was last discussed (the last 12 months when never), overdue measures, legal clocks running out soon and its
     * active escalation signals.
     */
    public record Facts(long householdId, String householdName, boolean discussedBefore, int acuteIncidents,
                        int newIncidents, int overdueMeasures, int expiringClocks, int activeSignals) {

        int count(SuggestionKind kind) {
            return switch (kind) {
                case ACUTE_INCIDENT -> acuteIncidents;
                case OVERDUE_MEASURES -> overdueMeasures;
                case CLOCK_EXPIRING -> expiringClocks;
                case NEW_INCIDENTS -> newIncidents;
                case ACTIVE_SIGNALS -> activeSignals;
            };
        }
    }

    /** The weight of one counted item of this kind: 10^(number of less urgent kinds). */
    public static int weight(SuggestionKind kind) {
        int weight = 1;
        for (int i = kind.ordinal() + 1; i < SuggestionKind.values().length; i++) {
            weight *= CAP + 1;
        }
        return weight;
    }

    public static int score(Facts facts) {
        int score = 0;
        for (SuggestionKind kind : SuggestionKind.values()) {
            score += weight(kind) * Math.min(CAP, Math.max(0, facts.count(kind)));
        }
        return score;
    }

    /** One suggestion for these facts, or null when nothing speaks for the household. */
    public static AgendaSuggestion suggest(Facts facts) {
        List<SuggestionReason> reasons = new ArrayList<>();
        for (SuggestionKind kind : SuggestionKind.values()) {
            if (facts.count(kind) > 0) {
                reasons.add(new SuggestionReason(kind, facts.count(kind)));
            }
        }
        if (reasons.isEmpty()) {
            return null;
        }
        AgendaReason proposed = facts.acuteIncidents() > 0 ? AgendaReason.ACUTE
                : facts.discussedBefore() ? AgendaReason.FOLLOW_UP : AgendaReason.NEW;
        return new AgendaSuggestion(facts.householdId(), facts.householdName(), proposed, reasons, score(facts));
    }

    /** The best {@code limit} suggestions, highest score first, equal scores by household name. */
    public static List<AgendaSuggestion> rank(List<Facts> candidates, int limit) {
        return candidates.stream()
                .map(AgendaSuggestions::suggest)
                .filter(s -> s != null)
                .sorted(ORDER)
                .limit(Math.max(0, limit))
                .toList();
    }

    /** Score descending, then name as household lists sort it ({@link HouseholdNames#sortKey}), then id. */
    public static final Comparator<AgendaSuggestion> ORDER = Comparator
            .comparingInt(AgendaSuggestion::score).reversed()
            .thenComparing(s -> HouseholdNames.sortKey(s.householdName()))
            .thenComparingLong(AgendaSuggestion::householdId);
}
