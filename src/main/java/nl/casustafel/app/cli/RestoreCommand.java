package nl.casustafel.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.service.security.LoginGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup into a new data directory (--data-dir NEWDIR, which must hold no store).",
                "Log in with --user NAME and the password that account had when the backup was made",
                "(from $CASUSTAFEL_PASSWORD or asked); only an administrator may restore."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private CasustafelCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.ccb).")
    private Path backup;

    @Override
    public Integer call() {
        PrintWriter out = root.spec().commandLine().getOut();
        String user = root.requireUser();
        Path directory = root.dataDirectory();
        if (AppContext.isInitialised(directory)) {
            throw new DomainException("error.backup.targetExists");
        }
        char[] password = root.password("cli.login.passwordPrompt");
        try (AppContext ignored = AppContext.restore(backup, directory, root.clock(), user, password,
                new LoginGate(directory, root.clock()))) {
            out.println(root.i18n().get("cli.restore.done", directory));
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
