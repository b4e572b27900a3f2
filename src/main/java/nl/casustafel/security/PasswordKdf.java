package nl.casustafel.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.ToLongFunction;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106, version 0x13) with BouncyCastle's lightweight generator: no JCE provider is registered.
 * Turns a password into the 256-bit key that wraps the store key in a key slot.
 * <p>
 * Passwords are char arrays; their UTF-8 bytes are wiped after use. A password is normalised to Unicode NFC
 * first, so "ë" typed as one code point or as e + diaeresis is the same password (only then does a String copy
 * exist briefly, which cannot be wiped).
 */
public final class PasswordKdf {
    public static final int SALT_LENGTH = 16;
    public static final int KEY_LENGTH = 32;
    /**
     * Calibration never picks more memory than this: the desktop's heap is shared with the application, which must
     * stay under 500 MB with 100,000 households listed (issue 7); passes add the rest of the cost.
     */
    public static final int MAX_CALIBRATED_MEMORY_KIB = 64 * 1024;
    /**
     * What a desktop's key slots are calibrated to: about 0.3 s warm, so that a login (derivation, opening the
     * store, the first page) stays under 1.5 s with 100,000 households on a loaded 2-core machine (issue 5).
     */
    public static final java.time.Duration DESKTOP_TARGET = java.time.Duration.ofMillis(300);
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordKdf() {
    }

    /** The 32-byte key for this password, salt and cost. The caller wipes the result after use. */
    public static byte[] derive(char[] password, byte[] salt, Argon2Params params) {
        byte[] bytes = utf8(password);
        try {
            return argon2id(bytes, salt, params, null, null, KEY_LENGTH);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Argon2id over raw bytes, with the optional secret and associated data of RFC 9106 (for its test vectors). */
    static byte[] argon2id(byte[] password, byte[] salt, Argon2Params params, byte[] secret, byte[] associatedData,
                           int length) {
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt);
        if (secret != null) {
            builder.withSecret(secret);
        }
        if (associatedData != null) {
            builder.withAdditional(associatedData);
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(builder.build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /**
     * Whether a slot made with {@code current} must be rewrapped with the {@code target} cost at the next
     * successful login: when it has less memory or fewer iterations than the target (never to go down).
     */
    public static boolean needsRehash(Argon2Params current, Argon2Params target) {
        return !current.isAtLeast(target);
    }

    /**
     * The cost that takes about {@code target} on this machine, never below {@link Argon2Params#OWASP_MINIMUM}.
     * Memory is preferred over passes (it is what makes guessing on GPUs expensive): the largest doubling of the
     * minimum's memory at which two passes fit the target (up to {@link #MAX_CALIBRATED_MEMORY_KIB} and an eighth
     * of the heap), then as many passes as fit. Estimated from the timed minimum, then checked once and stepped
     * back when the real cost is more than 1.5 times the target. Takes about two seconds; run it on an idle
     * machine (when a store is created), not at every login.
     */
    public static Argon2Params calibrate(Duration target) {
        argon2id(new byte[8], new byte[SALT_LENGTH], new Argon2Params(4096, 2, 1), null, null, KEY_LENGTH); // JIT
        long heapKiB = Runtime.getRuntime().maxMemory() / 1024;
        int memoryCap = (int) Math.min(MAX_CALIBRATED_MEMORY_KIB, Math.max(Argon2Params.OWASP_MINIMUM.memoryKiB(),
                heapKiB / 8));
        return calibrate(target, memoryCap, PasswordKdf::time);
    }

    /** Calibration against a given timer (nanoseconds per derivation), so that its logic can be tested. */
    static Argon2Params calibrate(Duration target, int memoryCapKiB, ToLongFunction<Argon2Params> nanosFor) {
        Argon2Params minimum = Argon2Params.OWASP_MINIMUM;
        double goal = target.toNanos();
        long base = nanosFor.applyAsLong(minimum);
        if (base >= goal) {
            return minimum;
        }
        double perKiBPass = base / ((double) minimum.memoryKiB() * minimum.iterations());
        int memory = minimum.memoryKiB();
        while (memory * 2L <= memoryCapKiB && perKiBPass * memory * 2 * 2 <= goal) {
            memory *= 2;
        }
        int passes = (int) Math.min(Argon2Params.MAX_ITERATIONS, Math.max(minimum.iterations(),
                Math.floor(goal / (perKiBPass * memory))));
        Argon2Params params = new Argon2Params(memory, passes, minimum.parallelism());
        long nanos = nanosFor.applyAsLong(params);
        while (nanos > goal * 1.5 && !params.equals(minimum)) {
            if (params.iterations() > minimum.iterations()) {
                int fewer = (int) Math.max(minimum.iterations(), Math.min(params.iterations() - 1,
                        Math.floor(params.iterations() * goal / nanos)));
                params = params.withIterations(fewer);
            } else {
                params = params.withMemoryKiB(Math.max(minimum.memoryKiB(), params.memoryKiB() / 2));
            }
            nanos = nanosFor.applyAsLong(params);
        }
        return params;
    }

    /** Wall time of one derivation with a dummy password: the median of three runs, to damp a busy machine. */
    static long time(Argon2Params params) {
        long[] runs = new long[3];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            argon2id(new byte[12], new byte[SALT_LENGTH], params, null, null, KEY_LENGTH);
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        return runs[1];
    }

    /** UTF-8 of the NFC form of the password, in a fresh array the caller wipes. */
    static byte[] utf8(char[] password) {
        CharBuffer chars = CharBuffer.wrap(password);
        char[] normalised = null;
        if (!Normalizer.isNormalized(chars, Normalizer.Form.NFC)) {
            normalised = Normalizer.normalize(chars, Normalizer.Form.NFC).toCharArray();
            chars = CharBuffer.wrap(normalised);
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.ceil(chars.remaining() * (double) encoder.maxBytesPerChar()));
        encoder.encode(chars, buffer, true);
        encoder.flush(buffer);
        byte[] result = Arrays.copyOf(buffer.array(), buffer.position());
        Arrays.fill(buffer.array(), (byte) 0);
        if (normalised != null) {
            Arrays.fill(normalised, '\0');
        }
        return result;
    }
}
