package nl.casustafel.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.Role;
import nl.casustafel.security.Argon2Params;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = {"Encrypt a store made before encryption, in place, and create its administrator (--user NAME).",
                "The password comes from $CASUSTAFEL_PASSWORD or is asked twice; at least 12 characters."})
final class EncryptCommand implements Callable<Integer> {
    @ParentCommand
    private CasustafelCommand root;

    @Option(names = "--name", paramLabel = "NAME", description = "The administrator's display name (default: the user name).")
    private String displayName;

    @Option(names = "--kdf", paramLabel = "COST", defaultValue = "calibrated",
            description = "Argon2id cost of the key slots: calibrated or minimum.")
    private InitCommand.Kdf kdf;

    @Override
    public Integer call() {
        PrintWriter out = root.spec().commandLine().getOut();
        String user = root.requireUser();
        char[] password = root.newPassword("cli.init.passwordPrompt");
        try {
            Argon2Params params = kdf.params();
            String name = displayName == null || displayName.isBlank() ? user : displayName;
            try (AppContext ignored = AppContext.encrypt(root.dataDirectory(), root.clock(),
                    new AccountDraft(user, name, Role.ADMINISTRATOR, null, true), password, params)) {
                out.println(root.i18n().get("cli.encrypt.done", root.dataDirectory(), user));
            }
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
