package nl.casustafel.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.minutes.SignatureCheck;
import nl.casustafel.service.minutes.Verification;
import nl.casustafel.ui.common.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code verify FILE.pdf}: the signer, the signing time, whether the document is intact and whether it is a
 * copy of minutes kept in this store. Exit code 0 only for an intact, signed document.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the signature of minutes: signer, signing time, intact or altered, and whether the "
                + "file is a copy kept in this store.", "Exit code 0: signed and intact; 1: anything else."})
final class VerifyCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    @ParentCommand
    private CasustafelCommand root;

    @Parameters(paramLabel = "FILE.pdf", description = "The PDF to check.")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = root.spec().commandLine().getOut();
        I18n i18n = root.i18n();
        try (AppContext ctx = root.openContext()) {
            Verification result = ctx.minutes().verify(file);
            SignatureCheck check = result.signature();
            out.println(i18n.get("cli.verify.verdict." + check.verdict().name()));
            if (check.signerName() != null) {
                out.println(i18n.get("cli.verify.signer", check.signerName())
                        + (check.testCertificate() ? " " + i18n.get("cli.verify.testCertificate") : ""));
            }
            if (check.certificateIssuer() != null) {
                out.println(i18n.get(check.selfSigned() ? "cli.verify.selfSigned" : "cli.verify.issuer",
                        check.certificateIssuer()));
                out.println(i18n.get("cli.verify.certificateSha", check.certificateSha256()));
            }
            if (check.signedAt() != null) {
                out.println(i18n.get("cli.verify.signedAt", WHEN.format(check.signedAt().atZone(DomainTime.ZONE))));
            }
            out.println(result.knownCopy()
                    ? i18n.get("cli.verify.known", result.conferenceId(), result.versionNumber(),
                    result.recipientName() == null ? i18n.get("cli.verify.complete") : result.recipientName())
                    : i18n.get("cli.verify.unknown"));
            out.println("SHA-256 " + check.sha256());
            return result.intact() ? 0 : CasustafelCommand.EXIT_FAILURE;
        }
    }
}
