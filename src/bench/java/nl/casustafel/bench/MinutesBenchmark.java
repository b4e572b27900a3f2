package nl.casustafel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.casustafel.minutes.BenchMinutes;
import nl.casustafel.minutes.Keystores;
import nl.casustafel.minutes.MinutesContent;
import nl.casustafel.minutes.MinutesRenderer;
import nl.casustafel.minutes.PadesSigner;
import nl.casustafel.minutes.SigningCredentials;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * minutes: the minutes of a 20-household meeting rendered as PDF/A and signed (PAdES, RSA 3072 test certificate
 * from {@link Keystores#createTestCertificate}) against the same pages rendered and written unsigned by PDFBox.
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class MinutesBenchmark {
    private static final char[] PASSWORD = "bench".toCharArray();
    private MinutesContent content;
    private MinutesRenderer renderer;
    private SigningCredentials credentials;

    @Setup
    public void prepare() throws Exception {
        content = BenchMinutes.twentyHouseholds();
        renderer = new MinutesRenderer(MinutesRenderer.DUTCH);
        Path keystore = Files.createTempDirectory("casustafel-bench").resolve("chair.p12");
        Instant now = Instant.now();
        Keystores.createTestCertificate(keystore, "Jan van den Berg", PASSWORD, "chair", now);
        credentials = Keystores.load(keystore, PASSWORD, "chair", now);
        Files.delete(keystore);
        Files.delete(keystore.getParent());
    }

    @Benchmark
    public byte[] signed() throws Exception {
        return PadesSigner.sign(renderer.render(content), credentials, Instant.now(), "Vastgesteld verslag",
                "Utrecht");
    }

    @Benchmark
    public byte[] unsigned() {
        return renderer.render(content);
    }
}
