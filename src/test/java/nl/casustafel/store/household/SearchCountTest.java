package nl.casustafel.store.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.casustafel.TestClocks;
import nl.casustafel.domain.common.Page;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How a search is counted (issue 7): a word is broad by the share of households it matches, not by its index
 * entries; narrow words are counted exactly, broad results say "more than N" and show the same page.
 * 40 households: all are "gezin", 20 live in "delft", 5 in "zwolle", 6 have 30 police registrations each
 * ("pl0900..."), 4 are closed.
 */
class SearchCountTest {
    private static Database db;
    /** The production thresholds: in a store this small every word is narrow and every count exact. */
    private static JooqHouseholdStore exact;

    @BeforeAll
    static void fill() {
        db = Database.inMemory(TestClocks.uniqueName("count"));
        exact = new JooqHouseholdStore(db.dsl());
        db.inTransaction(() -> {
            Map<Long, List<String>> tokens = new LinkedHashMap<>();
            for (int i = 1; i <= 40; i++) {
                String name = String.format("Gezin %02d", 41 - i); // names sort against the insertion order
                long id = exact.insert(new HouseholdDraft(name, null, null, null, null, Phase.DIRECT_SAFETY, null,
                        null, LocalDate.of(2026, 1, 1)), TestClocks.NOW);
                List<String> words = new ArrayList<>(List.of("gezin", String.format("%02d", 41 - i)));
                if (i <= 20) {
                    words.add("delft");
                }
                if (i <= 5) {
                    words.add("zwolle");
                }
                if (i <= 6) {
                    words.add("pl0900");
                    for (int r = 0; r < 30; r++) {
                        words.add(String.format("pl0900%02d%04d", i, r));
                    }
                }
                if (i % 10 == 0) {
                    exact.changeStatus(id, 0, HouseholdStatus.CLOSED, LocalDate.of(2026, 6, 1), null, TestClocks.NOW);
                }
                tokens.put(id, words);
            }
            exact.insertTokens(tokens);
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Page<JooqHouseholdStore.Row> search(JooqHouseholdStore store, String text, HouseholdStatus status,
                                                       int limit) {
        return db.inTransaction(() -> store.search(new JooqHouseholdStore.Criteria(List.of(text.split(" ")), status,
                false, null, "NAME", true, 0, limit)));
    }

    private static List<Long> ids(Page<JooqHouseholdStore.Row> page) {
        return page.items().stream().map(JooqHouseholdStore.Row::id).toList();
    }

    @Test
    void wordWithManyIndexEntriesButFewHouseholdsIsNarrowAndCountedExactly() {
        // 186 index entries start with "pl09", in 6 households; at most 10 households is narrow.
        var store = new JooqHouseholdStore(db.dsl(), 10, 0);

        var page = search(store, "pl09", null, 2);

        assertThat(page.totalExact()).isTrue();
        assertThat(page.total()).isEqualTo(6);
        assertThat(ids(page)).containsExactlyElementsOf(ids(search(exact, "pl09", null, 2)));
    }

    @Test
    void wordMatchingMoreThanTheShareOfHouseholdsSaysMoreThanTheLimitAndShowsTheSamePage() {
        // A quarter of 40 households: a word matching more than 10 is broad.
        var store = new JooqHouseholdStore(db.dsl(), 0, 0.25, 0);

        var broad = search(store, "delft", null, 5);
        var narrow = search(store, "zwolle", null, 5);

        assertThat(broad.totalExact()).isFalse();
        assertThat(broad.total() - 1).isEqualTo(10); // "more than 10" of 20
        assertThat(ids(broad)).containsExactlyElementsOf(ids(search(exact, "delft", null, 5)));
        assertThat(narrow.totalExact()).isTrue();
        assertThat(narrow.total()).isEqualTo(5);
        assertThat(search(exact, "delft", null, 5).total()).isEqualTo(20);
    }

    @Test
    void broadWordWithAFilterIsCountedUpToTheCapPastThePage() {
        var store = new JooqHouseholdStore(db.dsl(), 0, 0.25, 3);

        var page = search(store, "delft", HouseholdStatus.OPEN, 5);

        assertThat(page.totalExact()).isFalse();
        assertThat(page.total()).isEqualTo(5 + 3 + 1);
        assertThat(ids(page)).containsExactlyElementsOf(ids(search(exact, "delft", HouseholdStatus.OPEN, 5)));
        assertThat(search(exact, "delft", HouseholdStatus.OPEN, 5).total()).isEqualTo(18);
    }

    @Test
    void narrowWordsAreCountedExactlyAlsoWithABroadWordOrAFilter() {
        var store = new JooqHouseholdStore(db.dsl(), 0, 0.25, 0);

        assertThat(search(store, "delft zwolle", null, 2).total()).isEqualTo(5);
        assertThat(search(store, "zwolle gezin", null, 2).total()).isEqualTo(5);
        assertThat(search(store, "zwolle", HouseholdStatus.CLOSED, 2).total()).isZero();
        assertThat(search(store, "delft zwolle", null, 2).totalExact()).isTrue();
        assertThat(ids(search(store, "zwolle gezin", null, 2)))
                .containsExactlyElementsOf(ids(search(exact, "zwolle gezin", null, 2)));
    }
}
