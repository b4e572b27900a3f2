package nl.casustafel.app.cli;

import java.io.PrintWriter;
import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import nl.casustafel.service.security.LoginGate;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.casustafel.app.AppContext;
import nl.casustafel.app.AppVersion;
import nl.casustafel.app.DataDirectory;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.ui.common.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code casustafel [--data-dir DIR] COMMAND}: headless commands for administrators and automation.
 * Exit code 0 on success, 1 when the command could not be done (unknown id, store in use...), 2 for bad
 * arguments; always a one-line message in plain language, never a stack trace on the console.
 */
@Command(name = "casustafel", mixinStandardHelpOptions = true, versionProvider = CasustafelCommand.Version.class,
        description = {"Casustafel: household dossiers and case conferences for police specialists Zorg en Veiligheid.",
                "Without a command, the application window opens."},
        subcommands = {InitCommand.class, EncryptCommand.class, DemoCommand.class, HouseholdsCommand.class,
                ConferencesCommand.class, MinutesCommand.class, VerifyCommand.class, AuditCommand.class,
                BackupCommand.class, RestoreCommand.class, RetentionCommand.class,
                CommandLine.HelpCommand.class})
public final class CasustafelCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CasustafelCommand.class);
    public static final int EXIT_FAILURE = 1;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Data directory (default: $CASUSTAFEL_HOME or the per-user application data folder).")
    private Path dataDirectory;

    @Option(names = "--user", paramLabel = "NAME", scope = CommandLine.ScopeType.INHERIT,
            description = "Your user name. The password comes from $" + CasustafelCommand.PASSWORD_VARIABLE
                    + " or is asked.")
    private String user;

    /** The environment variable that may hold the login password (scripts; otherwise it is asked). */
    public static final String PASSWORD_VARIABLE = "CASUSTAFEL_PASSWORD";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    CommandLine.Model.CommandSpec spec() {
        return spec;
    }

    private Clock clock = Clock.systemUTC();
    private I18n i18n;
    private Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Logs in with --user and the password and opens the store of the chosen data directory; the caller closes it. */
    AppContext openContext() {
        String user = requireUser();
        Path directory = dataDirectory();
        char[] password = password("cli.login.passwordPrompt");
        try {
            return AppContext.login(directory, clock, user, password, new LoginGate(directory, clock));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    Path dataDirectory() {
        return DataDirectory.resolve(dataDirectory == null ? null : dataDirectory.toString());
    }

    /** The --user name; {@code error.cli.userNeeded} when none was given. */
    String requireUser() {
        if (user == null || user.isBlank()) {
            throw new DomainException("error.cli.userNeeded");
        }
        return user;
    }

    /** A new password: $CASUSTAFEL_PASSWORD, else asked twice on the terminal; the two must be equal. */
    char[] newPassword(String promptKey) {
        char[] password = password(promptKey);
        if (environment(PASSWORD_VARIABLE) == null) {
            char[] again = password("cli.init.passwordAgain");
            try {
                if (!Arrays.equals(password, again)) {
                    Arrays.fill(password, '\0');
                    throw new DomainException("error.init.passwordsDiffer");
                }
            } finally {
                Arrays.fill(again, '\0');
            }
        }
        return password;
    }

    /** The login password: $CASUSTAFEL_PASSWORD, else asked on the terminal (not echoed). */
    char[] password(String promptKey) {
        String fromEnvironment = environment(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console terminal = System.console();
        char[] typed = terminal == null ? null : terminal.readPassword("%s", i18n().get(promptKey));
        if (typed == null) {
            throw new DomainException("error.cli.passwordNeeded", PASSWORD_VARIABLE);
        }
        return typed;
    }

    Clock clock() {
        return clock;
    }

    /** The value of an environment variable (tests pass their own environment). */
    String environment(String name) {
        return environment.get(name);
    }

    I18n i18n() {
        if (i18n == null) {
            String lang = System.getenv().getOrDefault("LANG", "");
            i18n = new I18n(lang.toLowerCase(Locale.ROOT).startsWith("nl") ? I18n.DUTCH : I18n.ENGLISH);
        }
        return i18n;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), null, null);
    }

    /** For tests: explicit output streams, clock and language. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, I18n language) {
        return run(args, out, err, clock, language, System.getenv());
    }

    /** For tests: also an explicit environment (e.g. CASUSTAFEL_KEYSTORE_PASSWORD). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, I18n language,
                          Map<String, String> environment) {
        CasustafelCommand root = new CasustafelCommand();
        root.environment = Map.copyOf(environment);
        if (clock != null) {
            root.clock = clock;
        }
        root.i18n = language;
        CommandLine cli = new CommandLine(root);
        // The first line of --help names the version (from the pom, like --version and the window's status bar).
        cli.getCommandSpec().usageMessage().header("Casustafel " + AppVersion.get());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Throwable cause = e;
            if (cause instanceof DomainException d) {
                commandLine.getErr().println(root.i18n().error(d));
                LOG.info("Command failed: {}", d.messageKey());
            } else {
                LOG.error("Command failed unexpectedly", cause);
                commandLine.getErr().println(root.i18n().error(cause));
            }
            return EXIT_FAILURE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println(e.getMessage() + " (try: " + c.getCommandSpec().qualifiedName() + " --help)");
            return c.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Casustafel " + AppVersion.get()};
        }
    }
}
