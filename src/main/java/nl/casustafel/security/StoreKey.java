package nl.casustafel.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * The random 256-bit key of the encrypted store. It exists in clear only in memory, while the store is open;
 * on disk it exists only wrapped in key slots. It never prints its bytes, and {@link #destroy()} wipes them.
 */
public final class StoreKey implements Destroyable {
    public static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final byte[] bytes;
    private volatile boolean destroyed;

    private StoreKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a store key has " + LENGTH + " bytes");
        }
        this.bytes = bytes.clone();
    }

    /** A new random key (for a new store). */
    public static StoreKey generate() {
        byte[] b = new byte[LENGTH];
        RANDOM.nextBytes(b);
        try {
            return new StoreKey(b);
        } finally {
            Arrays.fill(b, (byte) 0);
        }
    }

    /** A key from unwrapped bytes; the bytes are copied, the caller wipes its own array. */
    static StoreKey of(byte[] bytes) {
        return new StoreKey(bytes);
    }

    /** A copy of the key bytes; the caller wipes it. */
    byte[] copyBytes() {
        checkAlive();
        return bytes.clone();
    }

    /**
     * The key as 64 lower-case hex characters: H2's file password (H2 hashes it into its own AES key). A fresh
     * array the caller wipes when the store is closed.
     */
    public char[] toHexChars() {
        checkAlive();
        char[] hex = new char[LENGTH * 2];
        for (int i = 0; i < LENGTH; i++) {
            hex[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return hex;
    }

    /** Constant-time comparison with another key. */
    public boolean sameAs(StoreKey other) {
        checkAlive();
        other.checkAlive();
        return MessageDigest.isEqual(bytes, other.bytes);
    }

    private void checkAlive() {
        if (destroyed) {
            throw new IllegalStateException("store key destroyed");
        }
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return destroyed ? "StoreKey[destroyed]" : "StoreKey[redacted]";
    }
}
