package nl.casustafel.store.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.casustafel.TestClocks;
import nl.casustafel.domain.common.Page;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.service.demo.DefaultDemoService;
import nl.casustafel.service.household.HouseholdDerivedData;
import nl.casustafel.store.Database;
import nl.casustafel.store.partner.JooqPartnerStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two ways a search runs (narrow words through the token index, broad words by probing candidates or
 * walking the name index) must give the same households in the same order; only a broad count may stop early.
 */
class SearchStrategyTest {
    private static Database db;
    private static JooqHouseholdStore normal;
    private static JooqHouseholdStore everythingBroad;

    @BeforeAll
    static void fill() {
        db = Database.inMemory(TestClocks.uniqueName("strategy"));
        normal = new JooqHouseholdStore(db.dsl());
        everythingBroad = new JooqHouseholdStore(db.dsl(), 0, 5);
        var persons = new JooqPersonStore(db.dsl());
        var incidents = new JooqIncidentStore(db.dsl());
        var context = nl.casustafel.app.AppContext.of(db, null, TestClocks.fixed());
        context.signInTrusted(nl.casustafel.domain.security.Role.ADMINISTRATOR);
        context.demo().generate(300, 11, (d, t) -> { }, () -> false);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Page<JooqHouseholdStore.Row> search(JooqHouseholdStore store, List<String> words, String sort,
                                                       HouseholdStatus status, int offset) {
        return db.inTransaction(() -> store.search(new JooqHouseholdStore.Criteria(words, status, false, null, sort,
                true, offset, 10)));
    }

    @ParameterizedTest
    @CsvSource({"gezin, NAME, 0", "gezin, NAME, 20", "de, NAME, 0", "b, INCIDENTS, 0", "b k, NAME, 0",
            "gezin a, CITY, 10", "1, NAME, 0"})
    void broadAndNarrowStrategiesFindTheSameHouseholdsInTheSameOrder(String text, String sort, int offset) {
        List<String> words = List.of(text.split(" "));
        for (HouseholdStatus status : new HouseholdStatus[] {null, HouseholdStatus.OPEN}) {
            var expected = search(normal, words, sort, status, offset);
            var actual = search(everythingBroad, words, sort, status, offset);

            assertThat(actual.items()).extracting(JooqHouseholdStore.Row::id)
                    .containsExactlyElementsOf(expected.items().stream().map(JooqHouseholdStore.Row::id).toList());
            assertThat(expected.items()).isNotEmpty();
            if (actual.totalExact()) {
                assertThat(actual.total()).isEqualTo(expected.total());
            } else {
                assertThat(actual.total()).isLessThan(expected.total()).isGreaterThan(offset + actual.items().size());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"gezin", "de"})
    void broadCountsStopEarlyAndSaySo(String word) {
        var page = search(everythingBroad, List.of(word), "NAME", null, 0);

        assertThat(page.totalExact()).isFalse();
        assertThat(page.total()).isEqualTo(10 + 5 + 1);
        assertThat(search(normal, List.of(word), "NAME", null, 0).totalExact()).isTrue();
    }
}
