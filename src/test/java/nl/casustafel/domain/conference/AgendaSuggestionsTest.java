package nl.casustafel.domain.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ranking agenda suggestions: urgency order, reasons with counts, proposed reason, ties by name. */
class AgendaSuggestionsTest {

    private static AgendaSuggestions.Facts facts(long id, String name, boolean discussed, int acute, int incidents,
                                                 int overdue, int clocks, int signals) {
        return new AgendaSuggestions.Facts(id, name, discussed, acute, incidents, overdue, clocks, signals);
    }

    static Stream<Arguments> moreUrgentKindWinsOverAnyNumberOfLessUrgentOnes() {
        // First outranks second: one of a more urgent kind against the maximum (and more) of every less urgent kind.
        return Stream.of(
                Arguments.of(facts(1, "Gezin Zwart", false, 1, 1, 0, 0, 0), facts(2, "Gezin Aa", false, 0, 50, 50, 50, 50)),
                Arguments.of(facts(1, "Gezin Zwart", false, 0, 0, 1, 0, 0), facts(2, "Gezin Aa", false, 0, 50, 0, 50, 50)),
                Arguments.of(facts(1, "Gezin Zwart", false, 0, 0, 0, 1, 0), facts(2, "Gezin Aa", false, 0, 50, 0, 0, 50)),
                Arguments.of(facts(1, "Gezin Zwart", false, 0, 1, 0, 0, 0), facts(2, "Gezin Aa", false, 0, 0, 0, 0, 50)),
                Arguments.of(facts(1, "Gezin Zwart", false, 0, 3, 0, 0, 0), facts(2, "Gezin Aa", false, 0, 2, 0, 0, 9)),
                Arguments.of(facts(1, "Gezin Zwart", false, 2, 2, 0, 0, 0), facts(2, "Gezin Aa", false, 1, 9, 9, 9, 9)));
    }

    @ParameterizedTest
    @MethodSource
    void moreUrgentKindWinsOverAnyNumberOfLessUrgentOnes(AgendaSuggestions.Facts first,
                                                          AgendaSuggestions.Facts second) {
        assertThat(AgendaSuggestions.score(first)).isGreaterThan(AgendaSuggestions.score(second));
        assertThat(AgendaSuggestions.rank(List.of(second, first), 10))
                .extracting(AgendaSuggestion::householdId).containsExactly(first.householdId(), second.householdId());
    }

    static Stream<Arguments> proposedReason() {
        return Stream.of(
                Arguments.of(facts(1, "Gezin A", true, 1, 1, 0, 0, 0), AgendaReason.ACUTE),
                Arguments.of(facts(1, "Gezin A", false, 1, 1, 0, 0, 0), AgendaReason.ACUTE),
                Arguments.of(facts(1, "Gezin A", true, 0, 2, 1, 0, 0), AgendaReason.FOLLOW_UP),
                Arguments.of(facts(1, "Gezin A", false, 0, 2, 0, 0, 1), AgendaReason.NEW),
                Arguments.of(facts(1, "Gezin A", false, 0, 0, 0, 1, 0), AgendaReason.NEW));
    }

    @ParameterizedTest
    @MethodSource
    void proposedReason(AgendaSuggestions.Facts facts, AgendaReason expected) {
        assertThat(AgendaSuggestions.suggest(facts).proposedReason()).isEqualTo(expected);
    }

    @Test
    void reasonsAreListedInUrgencyOrderWithTheirUncappedCounts() {
        var s = AgendaSuggestions.suggest(facts(1, "Gezin A", true, 1, 12, 2, 0, 3));

        assertThat(s.reasons()).containsExactly(
                new SuggestionReason(SuggestionKind.ACUTE_INCIDENT, 1),
                new SuggestionReason(SuggestionKind.OVERDUE_MEASURES, 2),
                new SuggestionReason(SuggestionKind.NEW_INCIDENTS, 12),
                new SuggestionReason(SuggestionKind.ACTIVE_SIGNALS, 3));
        assertThat(s.score()).isEqualTo(10_000 + 2_000 + 9 * 10 + 3);
    }

    @Test
    void householdWithoutAnyFactIsNotSuggested() {
        assertThat(AgendaSuggestions.suggest(facts(1, "Gezin A", true, 0, 0, 0, 0, 0))).isNull();
        assertThat(AgendaSuggestions.rank(List.of(facts(1, "Gezin A", true, 0, 0, 0, 0, 0)), 5)).isEmpty();
    }

    @Test
    void equalScoresAreOrderedByNameAsListsSortItAndTheLimitIsKept() {
        var berg = facts(1, "Gezin van den Berg", false, 0, 1, 0, 0, 0);
        var aksoy = facts(2, "Gezin Aksoy", false, 0, 1, 0, 0, 0);
        var celik = facts(3, "Gezin Çelik", false, 0, 1, 0, 0, 0);
        var dekker = facts(4, "Gezin Dekker", false, 0, 1, 0, 0, 0);

        assertThat(AgendaSuggestions.rank(List.of(dekker, celik, berg, aksoy), 3))
                .extracting(AgendaSuggestion::householdName)
                .containsExactly("Gezin Aksoy", "Gezin van den Berg", "Gezin Çelik");
    }

    @Test
    void weightsFollowTheUrgencyOrder() {
        assertThat(AgendaSuggestions.weight(SuggestionKind.ACTIVE_SIGNALS)).isEqualTo(1);
        assertThat(AgendaSuggestions.weight(SuggestionKind.NEW_INCIDENTS)).isEqualTo(10);
        assertThat(AgendaSuggestions.weight(SuggestionKind.ACUTE_INCIDENT)).isEqualTo(10_000);
    }
}
