package nl.casustafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Argon2id against published test vectors, the cost rules and calibration. */
class PasswordKdfTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] repeat(int value, int length) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) value);
        return b;
    }

    @Test
    void matchesTheArgon2idTestVectorOfRfc9106() {
        // RFC 9106 section 5.3: password 32 x 0x01, salt 16 x 0x02, secret 8 x 0x03, associated data 12 x 0x04,
        // m = 32 KiB, t = 3, p = 4, tag length 32.
        byte[] tag = PasswordKdf.argon2id(repeat(1, 32), repeat(2, 16), new Argon2Params(32, 3, 4), repeat(3, 8),
                repeat(4, 12), 32);

        assertThat(HEX.formatHex(tag)).isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @ParameterizedTest
    @CsvSource({
            // phc-winner-argon2 src/test.c, Argon2id version 0x13, password "password", salt "somesalt"
            "65536, 2, 1, 09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7",
            "256, 2, 1, 9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe"})
    void derivesTheReferenceImplementationsOutputFromACharPassword(int memory, int iterations, int parallelism,
                                                                   String expected) {
        byte[] key = PasswordKdf.derive("password".toCharArray(), "somesalt".getBytes(StandardCharsets.US_ASCII),
                new Argon2Params(memory, iterations, parallelism));

        assertThat(HEX.formatHex(key)).isEqualTo(expected);
    }

    @Test
    void aDifferentSaltOrPasswordGivesADifferentKey() {
        Argon2Params p = new Argon2Params(256, 2, 1);
        byte[] salt = PasswordKdf.newSalt();
        byte[] key = PasswordKdf.derive("geheim".toCharArray(), salt, p);

        assertThat(PasswordKdf.derive("geheim".toCharArray(), salt, p)).isEqualTo(key);
        assertThat(PasswordKdf.derive("Geheim".toCharArray(), salt, p)).isNotEqualTo(key);
        assertThat(PasswordKdf.derive("geheim".toCharArray(), PasswordKdf.newSalt(), p)).isNotEqualTo(key);
    }

    @Test
    void composedAndDecomposedDiacriticsAreTheSamePassword() {
        Argon2Params p = new Argon2Params(256, 2, 1);
        byte[] salt = PasswordKdf.newSalt();

        assertThat(PasswordKdf.derive("Zoë-2026".toCharArray(), salt, p))
                .isEqualTo(PasswordKdf.derive("Zoe\u0308-2026".toCharArray(), salt, p));
    }

    @Test
    void theMinimumIsOwaspsArgon2idRecommendation() {
        assertThat(Argon2Params.OWASP_MINIMUM).isEqualTo(new Argon2Params(19 * 1024, 2, 1));
    }

    @Test
    void costsOutsideTheBoundsAreRefused() {
        assertThatThrownBy(() -> new Argon2Params(Argon2Params.MAX_MEMORY_KIB + 1, 2, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Params(19456, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Params(19456, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "19456, 2, 65536, 3, true",   // lower memory and iterations
            "65536, 2, 65536, 3, true",   // fewer iterations
            "19456, 3, 65536, 3, true",   // less memory
            "65536, 3, 65536, 3, false",  // equal
            "131072, 4, 65536, 3, false", // stronger than the target: never downgraded
    })
    void needsRehashWhenMemoryOrIterationsAreBelowTheTarget(int m, int t, int targetM, int targetT, boolean rehash) {
        assertThat(PasswordKdf.needsRehash(new Argon2Params(m, t, 1), new Argon2Params(targetM, targetT, 1)))
                .isEqualTo(rehash);
    }

    @Test
    void rehashRaisesEachDimensionWithoutLoweringTheOther() {
        Argon2Params slot = new Argon2Params(131072, 2, 1);
        Argon2Params target = new Argon2Params(65536, 3, 1);

        assertThat(target.raisedTo(slot)).isEqualTo(new Argon2Params(131072, 3, 1));
    }

    @Test
    void calibrationGrowsMemoryThenIterationsTowardsTheTarget() {
        // A machine where one KiB-iteration costs 2 microseconds: the minimum takes 78 ms.
        List<Argon2Params> tried = new ArrayList<>();
        Argon2Params p = PasswordKdf.calibrate(Duration.ofMillis(500), 256 * 1024, params -> {
            tried.add(params);
            return params.memoryKiB() * (long) params.iterations() * 2_000L;
        });

        assertThat(p.isAtLeast(Argon2Params.OWASP_MINIMUM)).isTrue();
        assertThat(p.memoryKiB()).isEqualTo(4 * 19456); // t=2: 311 ms; at 8 x 19 MiB two passes would take 623
        assertThat(p.iterations()).isEqualTo(3);         // 467 ms; t=4 would take 623 ms
        assertThat(tried).containsExactly(Argon2Params.OWASP_MINIMUM, p); // timed once, checked once
    }

    @Test
    void calibrationRespectsTheMemoryCap() {
        Argon2Params p = PasswordKdf.calibrate(Duration.ofMillis(500), 40 * 1024,
                params -> params.memoryKiB() * (long) params.iterations() * 100L);

        assertThat(p.memoryKiB()).isEqualTo(2 * 19456);
        assertThat(p.iterations()).isGreaterThan(2);
    }

    @Test
    void calibrationStepsBackWhenTheRealCostIsFarAboveTheEstimate() {
        // Above 64 MiB this machine runs out of cache and every KiB-pass costs three times as much.
        List<Long> measured = new ArrayList<>();
        Argon2Params p = PasswordKdf.calibrate(Duration.ofMillis(500), 256 * 1024, params -> {
            long perUnit = params.memoryKiB() > 64 * 1024 ? 6_000L : 2_000L;
            long nanos = params.memoryKiB() * (long) params.iterations() * perUnit;
            measured.add(nanos);
            return nanos;
        });

        assertThat(p.isAtLeast(Argon2Params.OWASP_MINIMUM)).isTrue();
        assertThat(measured.get(measured.size() - 1)).isLessThanOrEqualTo(750_000_000L);
    }

    @Test
    void aSlowMachineStillGetsTheMinimum() {
        Argon2Params p = PasswordKdf.calibrate(Duration.ofMillis(500), 256 * 1024, params -> 2_000_000_000L);

        assertThat(p).isEqualTo(Argon2Params.OWASP_MINIMUM);
    }

    @Test
    void realCalibrationOnThisMachineIsAtLeastTheMinimum() {
        Argon2Params p = PasswordKdf.calibrate(Duration.ofMillis(300));

        assertThat(p.isAtLeast(Argon2Params.OWASP_MINIMUM)).isTrue();
        assertThat(p.memoryKiB()).isLessThanOrEqualTo(PasswordKdf.MAX_CALIBRATED_MEMORY_KIB);
    }
}
