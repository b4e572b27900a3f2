package nl.casustafel.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.files.AtomicWrite;
import nl.casustafel.minutes.Keystores;
import nl.casustafel.minutes.SigningCredentials;
import nl.casustafel.service.minutes.MinutesCopySummary;
import nl.casustafel.service.minutes.MinutesOverview;
import nl.casustafel.service.minutes.MinutesService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minutes --conference ID --out FILE.pdf [--recipient PARTNER] [--keystore FILE.p12 [--alias ALIAS]]}.
 * With a keystore the chair approves and signs the current concept (or uses the signed version) and the signed
 * copy is written and recorded; without one, a signed version is written as it is, and otherwise the concept is
 * written unsigned, marked as a concept.
 */
@Command(name = "minutes", mixinStandardHelpOptions = true,
        description = {"Write the minutes of a closed conference as PDF/A.",
                "With --keystore: approve and sign the current version (as the chair) first. The keystore password "
                        + "comes from the environment variable " + MinutesCommand.PASSWORD_VARIABLE
                        + " or a prompt.",
                "With --recipient: the version for that partner (code or id), leaving out households it is not "
                        + "involved in; recorded in the distribution log as sent."})
final class MinutesCommand implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "CASUSTAFEL_KEYSTORE_PASSWORD";

    @ParentCommand
    private CasustafelCommand root;

    @Option(names = "--conference", required = true, paramLabel = "ID", description = "The conference's id.")
    private long conferenceId;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    private Path out;

    @Option(names = "--recipient", paramLabel = "PARTNER",
            description = "Partner code (e.g. VEILIG_THUIS) or id: the need-to-know version for that partner.")
    private String recipient;

    @Option(names = "--keystore", paramLabel = "FILE.p12", description = "The chair's PKCS#12 signing key.")
    private Path keystore;

    @Option(names = "--alias", paramLabel = "ALIAS", description = "The key's alias (when the file holds several).")
    private String alias;

    @Override
    public Integer call() {
        PrintWriter console = root.spec().commandLine().getOut();
        Locale locale = root.i18n().locale();
        try (AppContext ctx = root.openContext()) {
            MinutesService minutes = ctx.minutes();
            Partner partner = recipient == null ? null : partner(ctx, recipient);
            SigningCredentials credentials = keystore == null ? null : credentials();
            MinutesOverview overview = minutes.overview(conferenceId);
            MinutesOverview.VersionEntry current = overview.current();
            if (credentials == null && (current == null || current.minutes().status() != MinutesStatus.SIGNED)) {
                if (partner != null) {
                    throw new DomainException("error.cli.minutesRecipientNeedsSigned");
                }
                long id = current == null ? minutes.openConcept(conferenceId) : current.minutes().id();
                byte[] pdf = minutes.preview(id, locale).pdf();
                try {
                    AtomicWrite.write(out, pdf);
                } catch (IOException e) {
                    throw new DomainException("error.minutes.write");
                }
                console.println(root.i18n().get("cli.minutes.unsigned", out));
                return 0;
            }
            // Approving and signing lock the minutes for good: first make sure the result can be written.
            requireWritableFolder(out);
            long id;
            if (current != null && current.minutes().status() == MinutesStatus.SIGNED) {
                id = current.minutes().id();
            } else {
                id = minutes.openConcept(conferenceId);
                var version = minutes.overview(conferenceId).current().minutes();
                int v = version.version();
                if (version.status() == MinutesStatus.CONCEPT) {
                    // The command line shows no preview: the chair approves the content as it is now.
                    minutes.approve(id, v, null);
                    v++;
                }
                minutes.sign(id, v, credentials, locale);
            }
            MinutesCopySummary copy = partner == null
                    ? minutes.completeCopy(id)
                    : minutes.copyFor(id, partner.id(), true, credentials, locale);
            minutes.saveCopy(copy.copy().id(), partner == null ? null : partner.id(), out);
            console.println(root.i18n().get("cli.minutes.signed", out, copy.copy().sha256()));
            return 0;
        }
    }

    private static void requireWritableFolder(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder) || Files.isDirectory(target)) {
            throw new DomainException("error.minutes.write");
        }
    }

    private SigningCredentials credentials() {
        char[] password = password();
        try {
            return Keystores.load(keystore, password, alias, root.clock().instant());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password() {
        String fromEnvironment = root.environment(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console terminal = System.console();
        if (terminal == null) {
            throw new DomainException("error.cli.keystorePassword", PASSWORD_VARIABLE);
        }
        char[] typed = terminal.readPassword("%s", root.i18n().get("cli.minutes.passwordPrompt"));
        if (typed == null) {
            throw new DomainException("error.cli.keystorePassword", PASSWORD_VARIABLE);
        }
        return typed;
    }

    private static Partner partner(AppContext ctx, String codeOrId) {
        return ctx.partners().list(true).stream()
                .filter(p -> p.code().equalsIgnoreCase(codeOrId) || Long.toString(p.id()).equals(codeOrId))
                .findFirst()
                .orElseThrow(() -> new DomainException("error.cli.unknownPartner", codeOrId));
    }
}
