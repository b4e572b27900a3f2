package nl.casustafel.service;

import nl.casustafel.TestRoles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.demo.DemoDataGenerator;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.signal.Signal;
import nl.casustafel.domain.signal.SignalType;
import nl.casustafel.service.demo.DemoService.DemoResult;
import nl.casustafel.service.household.HouseholdDossier;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo generator stores exactly the same data for the same seed and date, however it stores it: the digests
 * below were taken from the first implementation (one statement per row, derived data read back per household)
 * and guard every faster way of storing it. A deliberate change to the generated data changes them: print the
 * new ones with {@code -Ddemo.digests=print} and replace them here, saying why in the commit.
 */
class DemoDataTest {
    private static final long SEED = 20_261_124L;
    private static final int HOUSEHOLDS = 300;

    /** Per table: rows and SHA-256 (first 16 hex digits) of all its rows in primary-key order. */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("AGENDA_ITEM", "39 67089706f62b3e2f"),
            Map.entry("ATTENDEE", "96 72babadfeca5d497"),
            Map.entry("CONFERENCE", "12 8d09843a6d32792d"),
            Map.entry("CONFERENCE_PARTNER", "66 0474e49d01c01a83"),
            Map.entry("HOUSEHOLD", "300 0abc81f95d4dd1e0"),
            Map.entry("HOUSEHOLD_SEARCH_TOKEN", "7446 50b4b4984715a2d5"),
            Map.entry("HOUSEHOLD_STATUS_CHANGE", "42 4c6afbd427857b62"),
            Map.entry("INCIDENT", "1341 e1bf53cbdd443f3a"),
            Map.entry("INCIDENT_PERSON", "3083 c205b5b7c9fdaf11"),
            Map.entry("INVOLVEMENT", "1313 ca57448fbcd94b35"),
            Map.entry("MEASURE", "58 5a0ec0c5e3c7a23e"),
            Map.entry("MEASURE_EVENT", "144 eb203618907da5cb"),
            Map.entry("MEMBERSHIP", "1034 9695399f12172701"),
            Map.entry("PERSON", "1024 0069830bfd644cc4"),
            Map.entry("RELATION", "1412 e343d0b012bf7e9a"),
            Map.entry("SAFETY_SCORE", "95 bcdc6b020bf9190f")));

    private static String name;
    private static AppContext ctx;
    private static DemoResult result;

    @BeforeAll
    static void generate() {
        name = TestClocks.uniqueName("demodata");
        ctx = AppContext.inMemory(name, TestClocks.fixed(), nl.casustafel.domain.security.Role.ADMINISTRATOR);
        result = TestRoles.demo(ctx).generate(HOUSEHOLDS, SEED, (done, total) -> { }, () -> false);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void theSameSeedStoresTheSameCounts() {
        assertThat(result).isEqualTo(new DemoResult(300, 1024, 1341, 1313, 1412, 12, 58));
    }

    @Test
    void theSameSeedStoresTheSameRowsInEveryTable() throws Exception {
        Map<String, String> actual = digests();
        if ("print".equals(System.getProperty("demo.digests"))) {
            actual.forEach((table, digest) -> System.out.printf("            Map.entry(\"%s\", \"%s\"),%n", table, digest));
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(EXPECTED);
    }

    @Test
    void aFewHouseholdsReadAsBefore() {
        if ("print".equals(System.getProperty("demo.digests"))) {
            for (long id : new long[] {1, 6, HOUSEHOLDS}) {
                HouseholdDossier d = TestRoles.households(ctx).open(id);
                System.out.println("HH " + id + " " + d.household().name() + " members=" + d.members().size() + " "
                        + d.members().stream().map(m -> m.membership().role()).toList() + " incidents="
                        + d.incidents().size() + " involvements=" + d.involvements().size() + " signals="
                        + d.signals().stream().map(Signal::type).toList() + " relations=" + d.relations().size());
            }
        }
        HouseholdDossier first = TestRoles.households(ctx).open(1);
        assertThat(first.household().name()).isEqualTo("Gezin Kowalczyk");
        assertThat(first.members()).extracting(m -> m.membership().role())
                .containsExactly(PersonRole.CHILD, PersonRole.PARENT_WITH_AUTHORITY);
        assertThat(first.incidents()).hasSize(4);
        assertThat(first.involvements()).hasSize(3);
        assertThat(first.relations()).hasSize(1);
        assertThat(first.signals()).extracting(Signal::type)
                .containsExactly(SignalType.ESCALATION, SignalType.RISING_SEVERITY, SignalType.LETHALITY_MARKER);

        HouseholdDossier forced = TestRoles.households(ctx).open(6); // household number 5: the first forced theme
        assertThat(forced.household().name()).isEqualTo("Gezin Verhoeven");
        assertThat(forced.members()).extracting(m -> m.membership().role())
                .containsExactly(PersonRole.VICTIM, PersonRole.CHILD, PersonRole.CHILD);
        assertThat(forced.incidents()).hasSize(6);
        assertThat(forced.signals()).extracting(Signal::type).containsExactly(SignalType.ESCALATION);

        HouseholdDossier last = TestRoles.households(ctx).open(HOUSEHOLDS);
        assertThat(last.household().name()).isEqualTo("Gezin Koster");
        assertThat(last.members()).extracting(m -> m.membership().role())
                .containsExactly(PersonRole.VICTIM, PersonRole.PARTNER);
        assertThat(last.incidents()).hasSize(7);
        assertThat(last.involvements()).hasSize(2);
        assertThat(last.signals()).isEmpty();
    }

    @Test
    void theIncidentScaleStoresEveryIncidentTheGeneratorMakesAboutTenPerHousehold() {
        double scale = 2.3;
        int expected = new DemoDataGenerator(SEED, DomainTime.today(TestClocks.fixed()), scale).households(0, 200)
                .stream().mapToInt(h -> h.incidents().size()).sum();
        try (AppContext scaled = AppContext.inMemory(TestClocks.uniqueName("demoscale"), TestClocks.fixed(), nl.casustafel.domain.security.Role.ADMINISTRATOR)) {
            DemoResult r = TestRoles.demo(scaled).generate(200, SEED, scale, (done, total) -> { }, () -> false);

            assertThat(r.incidents()).isEqualTo(expected);
            assertThat(r.incidents() / 200.0).as("incidents per household").isBetween(9.0, 11.5);
            long stored = TestRoles.households(scaled).search(HouseholdQuery.text(null).withPage(0, 200)).items().stream()
                    .mapToLong(HouseholdSummary::incidentCount).sum();
            assertThat(stored).isEqualTo(expected);
        }
    }

    /** Tables the migrations fill (catalogue, settings, the audit chain's head, Flyway's history). */
    /** Not demo data: seeded by migrations, or the test's accounts and their audit trail. */
    private static final List<String> SEEDED = List.of("PARTNER", "APP_SETTING", "AUDIT_HEAD", "flyway_schema_history",
            "ACCOUNT", "AUDIT_ENTRY", "RETENTION_TERM");

    /** Digest per table of the rows the demo writes (every table but the seeded ones). */
    private static Map<String, String> digests() throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + name, "casustafel", "");
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                if (SEEDED.contains(table)) {
                    continue;
                }
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long rows = 0;
                try (ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = r.getMetaData();
                    List<String> lines = new ArrayList<>();
                    while (r.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int col = 1; col <= meta.getColumnCount(); col++) {
                            line.append(meta.getColumnName(col)).append('=').append(r.getString(col)).append('|');
                        }
                        lines.add(line.toString());
                        rows++;
                    }
                    // Sorted in Java: the same rows in any physical order give the same digest.
                    lines.sort(null);
                    for (String line : lines) {
                        sha.update(line.getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) '\n');
                    }
                }
                if (rows > 0) {
                    out.put(table, rows + " " + HexFormat.of().formatHex(sha.digest()).substring(0, 16));
                }
            }
        }
        return out;
    }
}
