package nl.casustafel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdQuery.SortField;
import nl.casustafel.store.Database;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * encrypted-store: the same read/write workload on an encrypted and on an unencrypted copy of a bench store. One
 * operation: open a dossier, search the list for a name, and record an incident (a write with its checkpoint
 * and the household's derived data), each on the next of 200 households spread over the store.
 */
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class EncryptedStoreBenchmark {
    @Param("")
    public String store;
    /** Where the copy goes. */
    @Param("")
    public String copy;
    @Param({"plain", "encrypted"})
    public String kind;

    private AppContext context;
    private long[] households;
    private int next;

    @Setup
    public void open() throws Exception {
        Path target = Path.of(copy);
        Database db;
        if (kind.equals("encrypted")) {
            db = EncryptedStores.openEncryptedCopy(Path.of(store), target);
        } else {
            BenchStores.delete(target);
            Files.createDirectories(target);
            String file = Database.FILE_NAME + ".mv.db";
            Files.copy(Path.of(store).resolve(file), target.resolve(file));
            db = Database.openFile(target);
        }
        context = AppContext.of(db, target, Clock.systemUTC());
        context.signInTrusted(nl.casustafel.domain.security.Role.SPECIALIST);
        long total = context.households().search(HouseholdQuery.text(null).withPage(0, 1)).total();
        households = new long[200];
        for (int i = 0; i < households.length; i++) {
            households[i] = 1 + (long) i * (total / households.length);
        }
    }

    @TearDown
    public void close() {
        context.close();
        BenchStores.delete(Path.of(copy));
    }

    @Benchmark
    public long workload() {
        int i = next++;
        long id = households[i % households.length];
        var dossier = context.households().open(id);
        String word = dossier.household().name().replace("Gezin ", "");
        var page = context.households().search(new HouseholdQuery(word, null, false, null, SortField.NAME, true, 0,
                100));
        LocalDate day = LocalDate.now(context.clock()).minusDays(1 + i % 300);
        return context.households().addIncident(id, new IncidentDraft(day, LocalTime.of(20, i % 60),
                IncidentType.DOMESTIC_VIOLENCE_PSYCHOLOGICAL, Severity.MINOR, null, IncidentSource.POLICE,
                "Bench " + i, Set.of(), List.of())) + page.total();
    }
}
