package nl.casustafel.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.security.ChainVerification;
import nl.casustafel.ui.common.I18n;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit trail (administrators).",
        subcommands = {AuditCommand.Verify.class, CommandLine.HelpCommand.class})
final class AuditCommand implements Callable<Integer> {
    @ParentCommand
    CasustafelCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the hash chain of the audit trail from the first entry to the head.",
                    "Exit code 0: intact; 1: broken (the first entry that cannot be trusted is named)."})
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        private AuditCommand audit;

        @Override
        public Integer call() {
            CasustafelCommand root = audit.root;
            PrintWriter out = root.spec().commandLine().getOut();
            I18n i18n = root.i18n();
            try (AppContext ctx = root.openContext()) {
                ChainVerification result = ctx.security().verifyAudit();
                if (result instanceof ChainVerification.Intact intact) {
                    out.println(i18n.get("cli.audit.intact", intact.count(), intact.headHash()));
                    return 0;
                }
                ChainVerification.Broken broken = (ChainVerification.Broken) result;
                out.println(i18n.get("cli.audit.broken", broken.sequence(),
                        i18n.get("audit.break." + broken.reason().name()), broken.verifiedCount()));
                return CasustafelCommand.EXIT_FAILURE;
            }
        }
    }
}
