package nl.casustafel.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.casustafel.TestClocks;
import nl.casustafel.TestStores;
import nl.casustafel.app.cli.CasustafelCommand;
import nl.casustafel.domain.security.Role;
import nl.casustafel.ui.common.I18n;

/** Command-line runs for tests: in-process, English messages, a fixed clock and an explicit environment. */
final class CliRuns {
    record Result(int exitCode, String out, String err) {
    }

    private CliRuns() {
    }

    /** Runs the arguments as given with this environment. */
    static Result run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CasustafelCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                TestClocks.fixed(), new I18n(I18n.ENGLISH), environment);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Runs a command in {@code dataDir} (an encrypted store with an account per role, made on first use, see
     * {@link TestStores}) as the role whose work the command is, with the password from CASUSTAFEL_PASSWORD.
     */
    static Result asRoleFor(Path dataDir, Map<String, String> environment, String... args) {
        return as(roleFor(args[0]), dataDir, environment, args);
    }

    static Result as(Role role, Path dataDir, Map<String, String> environment, String... args) {
        TestStores.initialise(dataDir, TestClocks.fixed());
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        all[2] = "--user";
        all[3] = TestStores.userFor(role);
        System.arraycopy(args, 0, all, 4, args.length);
        Map<String, String> env = new HashMap<>(environment);
        env.put(CasustafelCommand.PASSWORD_VARIABLE, TestStores.PASSWORD);
        return run(env, all);
    }

    private static Role roleFor(String command) {
        return switch (command) {
            case "demo", "audit" -> Role.ADMINISTRATOR;
            case "conferences", "minutes", "verify" -> Role.CHAIR;
            default -> Role.SPECIALIST;
        };
    }
}
