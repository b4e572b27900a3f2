package nl.casustafel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.InvolvedPerson;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.security.Role;
import nl.casustafel.service.household.HouseholdDerivedData;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.store.Database;
import nl.casustafel.store.household.JooqHouseholdStore;
import nl.casustafel.store.household.JooqIncidentStore;
import nl.casustafel.store.household.JooqPersonStore;
import nl.casustafel.store.measure.JooqMeasureStore;
import nl.casustafel.store.partner.JooqPartnerStore;
import org.jooq.impl.DSL;

/** The stores of the suite: built once per size with the demo generator under target/bench. */
final class BenchStores {
    static final long SEED = 20_261_124L;
    /** The household tables the generator fills, parents first. */
    static final List<String> TABLES = List.of("HOUSEHOLD", "PERSON", "MEMBERSHIP", "RELATION", "INCIDENT",
            "INCIDENT_PERSON", "INVOLVEMENT", "HOUSEHOLD_STATUS_CHANGE", "HOUSEHOLD_SEARCH_TOKEN");
    /** Name of the household with 200 incidents that open-household opens. */
    static final String BIG_HOUSEHOLD = "Gezin Tweehonderdmeldingen";

    private BenchStores() {
    }

    /** Rows stored and the seconds it took. */
    record Load(long rows, double seconds) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    /**
     * A new store in {@code dir} with {@code households} generated households (the generator's household part:
     * the demo's conferences replay meetings through the use cases one by one and are left out, see ADR 0011).
     * Times the generation only, not opening or closing the store.
     */
    static Load build(Path dir, int households, double incidentScale) {
        delete(dir);
        Clock clock = Clock.systemUTC();
        Load load;
        try (Database db = Database.openFile(dir)) {
            var dsl = db.dsl();
            AppContext ctx = AppContext.of(db, dir, clock); // not closed: the database is closed below
            ctx.signInTrusted(Role.ADMINISTRATOR);
            var demo = ctx.demoHouseholdsOnly();
            long start = System.nanoTime();
            demo.generate(households, SEED, incidentScale, (done, total) -> { }, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows = 0;
            for (String table : TABLES) {
                rows += dsl.fetchCount(DSL.table(DSL.name(table)));
            }
            load = new Load(rows, seconds);
        }
        compact(dir);
        return load;
    }

    /**
     * The plain benchmark store in {@code dir} with a trusted sign-in in {@code role} (no key slots: the suite
     * measures the application on a plain store; encrypted-store compares it with an encrypted copy).
     */
    static AppContext open(Path dir, Role role) {
        AppContext ctx = AppContext.of(Database.openFile(dir), dir, Clock.systemUTC());
        ctx.signInTrusted(role);
        return ctx;
    }

    /**
     * Rewrites the store file with its live pages only. Bulk loading leaves old page versions behind faster than
     * H2's background writer gives them back (100,000 households: 3.7 GB, 0.5 GB live); a store in use for a
     * while is compact, and copies of it (encrypted-store) are quicker.
     */
    static void compact(Path dir) {
        try (Connection c = DriverManager.getConnection(url(dir), "casustafel", "");
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IllegalStateException("compacting " + dir, e);
        }
    }

    /**
     * Adds, through the services, a household with two members and 200 incidents over the last five years (what
     * open-household opens); returns its id.
     */
    static long addBigHousehold(Path dir) {
        try (AppContext ctx = open(dir, Role.SPECIALIST)) {
            HouseholdService s = ctx.households();
            LocalDate today = LocalDate.now(ctx.clock());
            long id = s.create(new HouseholdDraft(BIG_HOUSEHOLD, "Oudegracht", "200", "3511 AB", "Utrecht",
                    Phase.DIRECT_SAFETY, null, null, today.minusYears(6)));
            long victim = s.addNewMember(id, new PersonDraft("Sanne", null, "Tweehonderd", LocalDate.of(1985, 3, 1),
                    null, Gender.FEMALE, null), new MembershipDraft(PersonRole.VICTIM, today.minusYears(6), null));
            long suspect = s.addNewMember(id, new PersonDraft("Mark", "van", "Tweehonderd", LocalDate.of(1983, 5, 9),
                    null, Gender.MALE, null), new MembershipDraft(PersonRole.SUSPECT, today.minusYears(6), null));
            IncidentType[] types = {IncidentType.DOMESTIC_VIOLENCE_PHYSICAL,
                IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL, IncidentType.EX_PARTNER_STALKING,
                IncidentType.BREACH_OF_MEASURE};
            Severity[] severities = Severity.values();
            for (int i = 0; i < 200; i++) {
                Set<RiskMarker> markers = i % 7 == 0 ? Set.of(RiskMarker.CHILDREN_PRESENT)
                        : i % 11 == 0 ? Set.of(RiskMarker.STRANGULATION) : Set.of();
                s.addIncident(id, new IncidentDraft(today.minusDays(3 + i * 9L), LocalTime.of(17 + i % 6, i % 60),
                        types[i % types.length], severities[i % severities.length],
                        String.format("PL0900-%d%06d", 2020 + i % 6, 500_000 + i), IncidentSource.POLICE,
                        "Melding " + (i + 1) + ": ruzie, buren belden de politie.", markers,
                        List.of(new InvolvedPerson(victim, PersonRole.VICTIM),
                                new InvolvedPerson(suspect, PersonRole.SUSPECT))));
            }
            return id;
        }
    }

    /** The JDBC URL of a plain store in {@code dir}, with the settings {@link Database#openFile} uses. */
    static String url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve(Database.FILE_NAME)
                + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=128;MAX_COMPACT_TIME=3000";
    }

    static long size(Path dir) {
        try {
            return Files.size(dir.resolve(Database.FILE_NAME + ".mv.db"));
        } catch (IOException e) {
            return -1;
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + dir, e);
        }
    }
}
