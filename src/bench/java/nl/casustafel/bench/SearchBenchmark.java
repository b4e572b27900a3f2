package nl.casustafel.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.Text;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdQuery.SortField;
import nl.casustafel.service.household.HouseholdService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * search: the first page (100 rows, by name) and the count of the dossier list for typed text, through
 * {@link HouseholdService#search} (what the list calls on every keystroke) against the equivalent indexed SQL
 * through plain JDBC: every word as a {@code LIKE 'word%'} on the token index ({@code id IN (...)} per word), the
 * same page and a {@code COUNT(*)}, with prepared statements kept open. Each invocation runs the next query of a
 * fixed list of what people type: beginnings of surnames and given names (one to seven letters), full names,
 * postcodes, BSN beginnings and registration numbers. Sampled per invocation: p50 and p95 over the mix.
 * The warm-up is long (6 x 2 s) because an invocation is one query of thirty: with 2 x 1 s, a machine loaded by other
 * builds ran each query only a few times before measuring, so the figure was mostly H2's page cache and the JIT
 * compiler warming up (the p50 of the three measured iterations fell from 257 to 67 to 41 ms; after 12 s of
 * warm-up the iterations agreed within a few ms).
 */
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 3, time = 1500, timeUnit = TimeUnit.MILLISECONDS)
public class SearchBenchmark {
    /** No particles or "gezin": the service leaves those out of a query that has other words, SQL would not. */
    static final String[] QUERIES = {"j", "ja", "jan", "jans", "jansen", "b", "ba", "bak", "bakker", "yilmaz",
        "sanne", "sanne bakker", "vries", "mo", "mohamed", "3511", "3511 ab", "3512", "1012", "12", "123", "1234567",
        "pl09", "pl0900", "kowalczyk", "ut", "utrecht", "ker", "kerkstraat 1", "emma"};

    @State(Scope.Benchmark)
    public static class Service {
        @Param("")
        public String store;
        AppContext context;
        HouseholdService households;
        int next;

        @Setup
        public void open() {
            context = BenchStores.open(Path.of(store), nl.casustafel.domain.security.Role.SPECIALIST);
            households = context.households();
        }

        @TearDown
        public void close() {
            context.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Jdbc {
        @Param("")
        public String store;
        Connection connection;
        /** Page and count statements per number of words. */
        final Map<Integer, PreparedStatement[]> statements = new HashMap<>();
        int next;

        @Setup
        public void open() throws SQLException {
            connection = DriverManager.getConnection(BenchStores.url(Path.of(store)), "casustafel", "");
        }

        @TearDown
        public void close() throws SQLException {
            connection.close();
        }

        PreparedStatement[] statements(int words) throws SQLException {
            PreparedStatement[] s = statements.get(words);
            if (s == null) {
                StringBuilder where = new StringBuilder("TRUE");
                for (int w = 0; w < words; w++) {
                    where.append(" AND h.ID IN (SELECT t.HOUSEHOLD_ID FROM HOUSEHOLD_SEARCH_TOKEN t WHERE t.TOKEN LIKE ?)");
                }
                s = new PreparedStatement[] {
                    connection.prepareStatement("SELECT h.ID, h.NAME, h.STREET, h.HOUSE_NUMBER, h.POSTCODE, h.CITY, "
                            + "h.STATUS, h.PHASE, p.SHORT_NAME, h.INCIDENT_COUNT, h.LAST_INCIDENT_AT, h.SIGNAL_CODES, "
                            + "h.SIGNALS_EVALUATED_ON FROM HOUSEHOLD h LEFT JOIN PARTNER p ON p.ID = "
                            + "h.CASE_DIRECTOR_PARTNER_ID WHERE " + where + " ORDER BY h.SORT_KEY, h.ID LIMIT 100"),
                    connection.prepareStatement("SELECT COUNT(*) FROM HOUSEHOLD h WHERE " + where)};
                statements.put(words, s);
            }
            return s;
        }
    }

    @Benchmark
    public Object service(Service s) {
        String text = QUERIES[s.next++ % QUERIES.length];
        return s.households.search(new HouseholdQuery(text, null, false, null, SortField.NAME, true, 0, 100));
    }

    @Benchmark
    public Object jdbc(Jdbc s) throws SQLException {
        return jdbcSearch(s, QUERIES[s.next++ % QUERIES.length]);
    }

    /** The page's rows (every column read) and the count. */
    static List<Object[]> jdbcSearch(Jdbc s, String text) throws SQLException {
        List<String> words = Text.tokens(text);
        PreparedStatement[] st = s.statements(words.size());
        for (int w = 0; w < words.size(); w++) {
            st[0].setString(w + 1, words.get(w) + "%");
            st[1].setString(w + 1, words.get(w) + "%");
        }
        List<Object[]> rows = new ArrayList<>(100);
        try (ResultSet r = st[0].executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = r.getObject(c + 1);
                }
                rows.add(row);
            }
        }
        try (ResultSet r = st[1].executeQuery()) {
            r.next();
            rows.add(new Object[] {r.getLong(1)});
        }
        return rows;
    }
}
