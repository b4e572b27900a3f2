package nl.casustafel.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.casustafel.TestClocks;
import nl.casustafel.app.cli.CasustafelCommand;
import nl.casustafel.store.ChildProcesses;
import nl.casustafel.store.StoreChildProcess;
import nl.casustafel.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands, run in-process against a real store in a temporary data directory. */
class CommandLineTest {
    @TempDir
    Path dataDir;

    record Result(int exitCode, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = CasustafelCommand.run(all, new PrintWriter(out, true), new PrintWriter(err, true),
                TestClocks.fixed(), new I18n(I18n.ENGLISH));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Result r = run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("demo", "households", "--data-dir");
    }

    @Test
    void demoFillsTheStoreAndPrintsCounts() {
        Result r = run("demo", "--households", "30", "--seed", "7");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("households: 30");
        assertThat(r.out()).containsPattern("incidents: \\d+");
    }

    @Test
    void searchPrintsOneLinePerMatchBeginningWithTheIdAndJsonWithTheAgreedFields() throws Exception {
        run("demo", "--households", "30", "--seed", "7");
        Result all = run("households", "search", "gezin", "--json");
        JsonNode array = new ObjectMapper().readTree(all.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(30);
        JsonNode first = array.get(0);
        assertThat(first.has("id") && first.has("name") && first.has("address") && first.get("signals").isArray()).isTrue();
        String postcode = first.get("address").asText().replaceAll(".*(\\d{4} [A-Z]{2}).*", "$1");

        Result lines = run("households", "search", postcode);

        assertThat(lines.exitCode()).isZero();
        assertThat(lines.out().lines()).isNotEmpty().allMatch(l -> l.matches("^\\d+\\t.*"));
        assertThat(lines.out()).contains(first.get("id").asText() + "\t" + first.get("name").asText());
    }

    @Test
    void showPrintsMembersIncidentsInvolvementsAndSignals() throws Exception {
        run("demo", "--households", "10", "--seed", "7");
        long id = new ObjectMapper().readTree(run("households", "search", "gezin", "--json").out()).get(0).get("id").asLong();

        Result text = run("households", "show", Long.toString(id));
        Result json = run("households", "show", Long.toString(id), "--json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("members:", "incidents:", "involvements:", "signals:");
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("id").asLong()).isEqualTo(id);
        assertThat(doc.get("members").isArray()).isTrue();
        assertThat(doc.get("incidents").isArray()).isTrue();
        assertThat(doc.get("involvements").isArray()).isTrue();
        assertThat(doc.get("signals").isArray()).isTrue();
    }

    @Test
    void unknownIdGivesOneLineAndExitCodeOne() {
        Result r = run("households", "show", "424242");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("Household 424242 does not exist (any more).");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void badArgumentsGiveOneLineAndExitCodeTwo() {
        Result notANumber = run("households", "show", "abc");
        Result unknown = run("frobnicate");

        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err().lines()).hasSize(1);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).doesNotContain("Exception");
    }

    @Test
    void storeInUseGivesAClearMessageAndExitCodeOne() throws Exception {
        run("demo", "--households", "1");
        Process holder = ChildProcesses.start(StoreChildProcess.class, "hold", dataDir.toString());
        try {
            assertThat(ChildProcesses.stdout(holder).readLine()).isEqualTo("open");

            Result r = run("households", "search", "gezin");

            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err().strip()).startsWith("The data store is already in use");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void launcherOpensTheWindowOnlyWithoutACommand() {
        assertThat(Launcher.opensWindow(new String[0])).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--data-dir", "/tmp/x"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--data-dir=/tmp/x", "--lang=en"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--data-dir", "/tmp/x", "demo"})).isFalse();
        assertThat(Launcher.option(new String[] {"--data-dir", "/tmp/x"}, "--data-dir")).isEqualTo("/tmp/x");
    }
}
