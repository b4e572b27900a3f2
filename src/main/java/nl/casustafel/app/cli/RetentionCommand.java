package nl.casustafel.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.retention.DestructionCandidate;
import nl.casustafel.domain.retention.DestructionRequest;
import nl.casustafel.domain.retention.RetentionTerm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "retention", mixinStandardHelpOptions = true,
        description = "Retention terms and destruction of closed households (administrators; a second one approves).",
        subcommands = {RetentionCommand.Proposals.class, RetentionCommand.Propose.class, RetentionCommand.Approve.class,
                RetentionCommand.Reject.class, CommandLine.HelpCommand.class})
final class RetentionCommand implements Callable<Integer> {
    @ParentCommand
    CasustafelCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "proposals", mixinStandardHelpOptions = true,
            description = "The terms, the households past their term and the open and decided requests.")
    static final class Proposals implements Callable<Integer> {
        @ParentCommand
        private RetentionCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = parent.root.spec().commandLine().getOut();
            var i18n = parent.root.i18n();
            try (AppContext ctx = parent.root.openContext()) {
                for (RetentionTerm t : ctx.retention().terms()) {
                    out.println(i18n.get("cli.retention.term", t.recordType(), t.months()));
                }
                for (DestructionCandidate c : ctx.retention().candidates()) {
                    out.println(i18n.get("cli.retention.candidate", c.householdId(), c.closedOn(), c.dueSince()));
                }
                for (DestructionRequest r : ctx.retention().requests()) {
                    out.println(i18n.get("cli.retention.request", r.id(), r.status().name(),
                            r.householdId() == null ? "-" : r.householdId(), r.requestedBy(),
                            r.decidedBy() == null ? "-" : r.decidedBy()));
                }
                return 0;
            }
        }
    }

    @Command(name = "propose", mixinStandardHelpOptions = true, description = "Propose to destroy a household.")
    static final class Propose implements Callable<Integer> {
        @ParentCommand
        private RetentionCommand parent;

        @Parameters(index = "0", paramLabel = "HOUSEHOLD", description = "The household id.")
        private long household;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (no names).")
        private String reason;

        @Override
        public Integer call() {
            try (AppContext ctx = parent.root.openContext()) {
                long id = ctx.retention().propose(household, reason);
                parent.root.spec().commandLine().getOut().println(parent.root.i18n().get("cli.retention.proposed", id));
                return 0;
            }
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve a request of another administrator: the household is destroyed.")
    static final class Approve implements Callable<Integer> {
        @ParentCommand
        private RetentionCommand parent;

        @Parameters(index = "0", paramLabel = "REQUEST", description = "The request id.")
        private long request;

        @Override
        public Integer call() {
            try (AppContext ctx = parent.root.openContext()) {
                ctx.retention().approve(request);
                parent.root.spec().commandLine().getOut().println(parent.root.i18n().get("cli.retention.approved", request));
                return 0;
            }
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject (or withdraw) a request.")
    static final class Reject implements Callable<Integer> {
        @ParentCommand
        private RetentionCommand parent;

        @Parameters(index = "0", paramLabel = "REQUEST", description = "The request id.")
        private long request;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (no names).")
        private String reason;

        @Override
        public Integer call() {
            try (AppContext ctx = parent.root.openContext()) {
                ctx.retention().reject(request, reason);
                parent.root.spec().commandLine().getOut().println(parent.root.i18n().get("cli.retention.rejected", request));
                return 0;
            }
        }
    }
}
