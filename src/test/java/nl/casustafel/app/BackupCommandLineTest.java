package nl.casustafel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.casustafel.TestClocks;
import nl.casustafel.TestStores;
import nl.casustafel.app.cli.CasustafelCommand;
import nl.casustafel.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup --out FILE} and {@code restore FILE --data-dir NEWDIR --user NAME}, in-process. */
class BackupCommandLineTest {
    @TempDir
    Path tmp;

    record Result(int exitCode, String out, String err) {
    }

    private Result run(String password, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CasustafelCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                TestClocks.fixed(), new I18n(I18n.ENGLISH), Map.of(CasustafelCommand.PASSWORD_VARIABLE, password));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void aBackupMadeOnTheCommandLineRestoresIntoANewDirectory() {
        Path store = tmp.resolve("store");
        TestStores.initialise(store, TestClocks.fixed());
        Path file = tmp.resolve("copy.ccb");

        Result backup = run(TestStores.PASSWORD, "--data-dir", store.toString(), "--user", "specialist",
                "backup", "--out", file.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backup made");
        assertThat(file).exists();

        Result again = run(TestStores.PASSWORD, "--data-dir", store.toString(), "--user", "specialist",
                "backup", "--out", file.toString());
        assertThat(again.exitCode()).isEqualTo(CasustafelCommand.EXIT_FAILURE);
        assertThat(again.err()).contains("exists already");

        Path restored = tmp.resolve("restored");
        Result wrong = run("wrong password, wrong", "restore", file.toString(), "--data-dir", restored.toString(),
                "--user", TestStores.ADMINISTRATOR);
        assertThat(wrong.exitCode()).isEqualTo(CasustafelCommand.EXIT_FAILURE);
        assertThat(AppContext.isInitialised(restored)).isFalse();

        Result restore = run(TestStores.PASSWORD, "restore", file.toString(), "--data-dir", restored.toString(),
                "--user", TestStores.ADMINISTRATOR);
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Backup restored");
        assertThat(AppContext.isInitialised(restored)).isTrue();

        Result audit = run(TestStores.PASSWORD, "--data-dir", restored.toString(), "--user",
                TestStores.ADMINISTRATOR, "audit", "verify");
        assertThat(audit.exitCode()).as(audit.err()).isZero();

        Result list = run(TestStores.PASSWORD, "--data-dir", restored.toString(), "--user",
                TestStores.ADMINISTRATOR, "backup", "--list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        // Closing the restored store's first session made its daily backup.
        assertThat(list.out()).contains("-daily.ccb");

        Result refused = run(TestStores.PASSWORD, "restore", file.toString(), "--data-dir", restored.toString(),
                "--user", TestStores.ADMINISTRATOR);
        assertThat(refused.exitCode()).isEqualTo(CasustafelCommand.EXIT_FAILURE);
        assertThat(refused.err()).contains("holds a store already");
    }
}
