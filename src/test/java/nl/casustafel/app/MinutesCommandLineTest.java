package nl.casustafel.app;

import nl.casustafel.app.CliRuns.Result;
import nl.casustafel.TestStores;
import nl.casustafel.domain.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.casustafel.TestClocks;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.minutes.Keystores;
import nl.casustafel.minutes.SignatureCheck;
import nl.casustafel.minutes.SignatureVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minutes} and {@code verify} on the command line, in-process against a real store. */
class MinutesCommandLineTest {
    private static final String PASSWORD = "sleutel van de voorzitter";

    @TempDir
    Path dataDir;
    @TempDir
    Path work;
    private final Map<String, String> environment = new HashMap<>();

    /** Runs a command as the role whose work it is (see {@link CliRuns}). */
    private Result run(String... args) {
        return CliRuns.asRoleFor(dataDir, environment, args);
    }

    private String closedConference() throws Exception {
        assertThat(run("demo", "--households", "40", "--seed", "7").exitCode()).isZero();
        for (JsonNode c : new ObjectMapper().readTree(run("conferences", "list", "--json").out())) {
            if (c.get("status").asText().equals("CLOSED")) {
                return c.get("id").asText();
            }
        }
        throw new AssertionError("demo data has a closed conference");
    }

    private Path keystore() {
        Path file = work.resolve("voorzitter.p12");
        Keystores.createTestCertificate(file, "Els de Voorzitter", PASSWORD.toCharArray(), "els", TestClocks.NOW);
        return file;
    }

    /** A partner whose need-to-know copy leaves a household out (read from the store between commands). */
    private Partner partnerNotInvolvedEverywhere(long conferenceId) {
        try (AppContext ctx = TestStores.open(dataDir, TestClocks.fixed(), Role.CHAIR)) {
            long minutesId = ctx.minutes().overview(conferenceId).current().minutes().id();
            return ctx.partners().list(false).stream().filter(p -> ctx.minutes().needsOwnCopy(minutesId, p.id()))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void withoutAKeystoreTheConceptIsWrittenUnsigned() throws Exception {
        String id = closedConference();
        Path out = work.resolve("concept.pdf");

        Result r = run("minutes", "--conference", id, "--out", out.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("not signed");
        assertThat(SignatureVerifier.check(Files.readAllBytes(out)).verdict())
                .isEqualTo(SignatureCheck.Verdict.UNSIGNED);
    }

    @Test
    void withAKeystoreTheMinutesAreSignedWrittenAndVerifiedAndATamperedCopyFails() throws Exception {
        String id = closedConference();
        Path keystore = keystore();
        environment.put("CASUSTAFEL_KEYSTORE_PASSWORD", PASSWORD);
        Path out = work.resolve("verslag.pdf");

        Result signed = run("minutes", "--conference", id, "--out", out.toString(), "--keystore", keystore.toString());
        Partner limited = partnerNotInvolvedEverywhere(Long.parseLong(id));
        Result forPartner = run("minutes", "--conference", id, "--out", work.resolve("partner.pdf").toString(),
                "--recipient", limited.code(), "--keystore", keystore.toString());
        Result verified = run("verify", out.toString());

        assertThat(signed.exitCode()).as(signed.err()).isZero();
        assertThat(forPartner.exitCode()).as(forPartner.err()).isZero();
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("Signed and unaltered").contains("Els de Voorzitter")
                .contains("test certificate").contains("A copy from this store: conference " + id + ", version 1")
                .contains("Certificate self-signed").contains("SHA-256 of the certificate");
        assertThat(run("verify", work.resolve("partner.pdf").toString()).out()).contains(limited.name());

        byte[] bytes = Files.readAllBytes(out);
        bytes[1500] = (byte) (bytes[1500] ^ 0x20);
        Path tampered = work.resolve("gewijzigd.pdf");
        Files.write(tampered, bytes);
        Result altered = run("verify", tampered.toString());
        assertThat(altered.exitCode()).isEqualTo(1);
        assertThat(altered.out()).contains("ALTERED").contains("Not found in this store");
    }

    @Test
    void aWrongKeystorePasswordIsOneLineAndWritesNothing() throws Exception {
        String id = closedConference();
        Path keystore = keystore();
        environment.put("CASUSTAFEL_KEYSTORE_PASSWORD", "fout");
        Path out = work.resolve("verslag.pdf");

        Result r = run("minutes", "--conference", id, "--out", out.toString(), "--keystore", keystore.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("The password of the certificate file is wrong.");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnwritableTargetIsOneLineAndLeavesTheMinutesUnsigned() throws Exception {
        String id = closedConference();
        Path keystore = keystore();
        environment.put("CASUSTAFEL_KEYSTORE_PASSWORD", PASSWORD);
        Path folder = Files.createDirectory(work.resolve("map"));

        Result intoFolder = run("minutes", "--conference", id, "--out", folder.toString(),
                "--keystore", keystore.toString());
        Result noFolder = run("minutes", "--conference", id, "--out", work.resolve("bestaat/niet.pdf").toString());

        assertThat(intoFolder.exitCode()).isEqualTo(1);
        assertThat(intoFolder.err().strip()).startsWith("The minutes could not be saved");
        assertThat(noFolder.exitCode()).isEqualTo(1);
        assertThat(noFolder.err().strip()).startsWith("The minutes could not be saved");
        try (AppContext ctx = TestStores.open(dataDir, TestClocks.fixed(), Role.CHAIR)) {
            var current = ctx.minutes().overview(Long.parseLong(id)).current();
            assertThat(current == null ? null : current.minutes().status())
                    .isNotEqualTo(nl.casustafel.domain.minutes.MinutesStatus.SIGNED);
        }
    }

    @Test
    void aRecipientWithoutSignedMinutesOrKeystoreIsRefused() throws Exception {
        String id = closedConference();

        Result r = run("minutes", "--conference", id, "--out", work.resolve("x.pdf").toString(),
                "--recipient", "OM");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--keystore");
    }
}
