package nl.casustafel.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.casustafel.app.AppContext;
import nl.casustafel.service.backup.BackupInfo;
import nl.casustafel.ui.common.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Make an encrypted backup of the store (any account), or list the backups (administrators).",
                "Without --out the backup goes to the backups folder of the data directory, where old ones are rotated.",
                "Any account that existed when the backup was made can restore it with its own password."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    private CasustafelCommand root;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to this file (it must not exist).")
    private Path out;

    @Option(names = "--list", description = "List the backups in the backups folder, newest first.")
    private boolean list;

    @Override
    public Integer call() {
        PrintWriter console = root.spec().commandLine().getOut();
        I18n i18n = root.i18n();
        try (AppContext ctx = root.openContext()) {
            if (list) {
                for (BackupInfo b : ctx.backups().list()) {
                    console.println(i18n.get("cli.backup.entry", b.file().getFileName(), b.createdAt(),
                            b.kind().code(), b.sizeBytes()));
                }
                return 0;
            }
            Path written;
            if (out != null) {
                ctx.backups().backup(out);
                written = out;
            } else {
                written = ctx.backups().backupNow();
            }
            console.println(i18n.get("cli.backup.done", written.toAbsolutePath()));
            return 0;
        }
    }
}
