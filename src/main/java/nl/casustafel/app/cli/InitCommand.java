package nl.casustafel.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.Role;
import nl.casustafel.security.Argon2Params;
import nl.casustafel.security.PasswordKdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a new, encrypted store and its administrator account (--user NAME).",
                "The password comes from $CASUSTAFEL_PASSWORD or is asked twice; at least 12 characters."})
final class InitCommand implements Callable<Integer> {
    /** Key derivation calibrated on this machine (never below OWASP's minimum), as the first-start window does. */
    static final Duration KDF_TARGET = PasswordKdf.DESKTOP_TARGET;

    /** The Argon2id cost of a new store's key slots (init, encrypt). */
    enum Kdf {
        calibrated, minimum;

        Argon2Params params() {
            return this == minimum ? Argon2Params.OWASP_MINIMUM : PasswordKdf.calibrate(KDF_TARGET);
        }
    }

    @ParentCommand
    private CasustafelCommand root;

    @Option(names = "--name", paramLabel = "NAME", description = "The administrator's display name (default: the user name).")
    private String displayName;

    @Option(names = "--kdf", paramLabel = "COST", defaultValue = "calibrated",
            description = "Argon2id cost of the key slots: calibrated (about 0.3 s on this machine) or minimum "
                    + "(OWASP's m=19 MiB, t=2, p=1).")
    private Kdf kdf;

    @Override
    public Integer call() {
        PrintWriter out = root.spec().commandLine().getOut();
        String user = root.requireUser();
        Path directory = root.dataDirectory();
        if (AppContext.isInitialised(directory)) {
            throw new DomainException("error.init.exists");
        }
        char[] password = root.newPassword("cli.init.passwordPrompt");
        try {
            Argon2Params params = kdf.params();
            String name = displayName == null || displayName.isBlank() ? user : displayName;
            try (AppContext ignored = AppContext.initialise(directory, root.clock(),
                    new AccountDraft(user, name, Role.ADMINISTRATOR, null, true), password, params)) {
                out.println(root.i18n().get("cli.init.done", directory, user));
            }
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
