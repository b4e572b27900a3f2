package nl.casustafel.store;

import nl.casustafel.TestStores;
import nl.casustafel.domain.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.service.household.HouseholdQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded file store: created on first open, durable, and locked against a second process. */
class DatabaseFileTest {

    @Test
    void firstOpenCreatesAndMigratesTheStoreAndDataSurvivesReopening(@TempDir Path dir) {
        Path dataDir = dir.resolve("nieuw");
        assertThat(Database.exists(dataDir)).isFalse();
        long id;
        try (AppContext ctx = TestStores.open(dataDir, TestClocks.fixed(), Role.SPECIALIST)) {
            id = ctx.households().create(new HouseholdDraft("Gezin Ëlma", null, null, "1011 AB", null,
                    Phase.DIRECT_SAFETY, null, null, LocalDate.of(2026, 1, 1)));
            assertThat(ctx.partners().list(false)).hasSize(20);
        }
        assertThat(Database.exists(dataDir)).isTrue();
        try (AppContext ctx = TestStores.open(dataDir, TestClocks.fixed(), Role.SPECIALIST)) {
            assertThat(ctx.households().open(id).household().name()).isEqualTo("Gezin Ëlma");
            assertThat(ctx.households().search(HouseholdQuery.text("elma")).total()).isEqualTo(1);
        }
    }

    @Test
    void aFailedStatementLeavesNoTraceFileWithItsValues(@TempDir Path dir) throws Exception {
        try (Database db = Database.openFile(dir)) {
            // A value too long for its column: H2 quotes the value in its error, and would in a trace file.
            assertThatThrownBy(() -> db.run(() -> db.dsl().execute("UPDATE partner SET short_name = '"
                    + "Jansen 111222333 ".repeat(10) + "'"))).isInstanceOf(StoreException.class);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".trace.db"));
        }
    }

    @Test
    void secondProcessGetsAClearInUseMessage(@TempDir Path dir) throws Exception {
        Process holder = ChildProcesses.start(StoreChildProcess.class, "hold", dir.toString());
        try {
            assertThat(ChildProcesses.stdout(holder).readLine()).isEqualTo("open");

            assertThatThrownBy(() -> TestStores.open(dir, TestClocks.fixed(), Role.SPECIALIST))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.store.inUse"));
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (AppContext ctx = TestStores.open(dir, TestClocks.fixed(), Role.SPECIALIST)) {
            assertThat(ctx.partners().list(true)).isNotEmpty();
        }
    }

    @Test
    void everyAcknowledgedCommitSurvivesKillMinusNine(@TempDir Path dir) throws Exception {
        Process writer = ChildProcesses.start(StoreChildProcess.class, "write", dir.toString());
        long lastAcknowledged = -1;
        int acknowledged = 0;
        try {
            BufferedReader out = ChildProcesses.stdout(writer);
            String line;
            while (acknowledged < 300 && (line = out.readLine()) != null) {
                lastAcknowledged = Long.parseLong(line.substring("committed ".length()));
                acknowledged++;
            }
        } finally {
            writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).isEqualTo(300);
        try (AppContext ctx = TestStores.open(dir, TestClocks.fixed(), Role.SPECIALIST)) {
            long stored = ctx.households().search(HouseholdQuery.text("gezin")).total();
            assertThat(stored).isGreaterThanOrEqualTo(acknowledged);
            assertThat(ctx.households().open(lastAcknowledged).household().name()).startsWith("Gezin Kill");
        }
    }
}
