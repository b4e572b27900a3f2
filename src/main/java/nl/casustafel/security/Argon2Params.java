package nl.casustafel.security;

/**
 * The cost of one Argon2id derivation: memory in KiB, iterations (passes) and parallelism (lanes). The salt is
 * not part of it: every key slot has a fresh one.
 * <p>
 * The bounds are checked on construction, also for values read from the key-slot file, so that a damaged or
 * tampered file cannot make a login allocate gigabytes or run for minutes.
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {
    /** OWASP Password Storage Cheat Sheet, Argon2id minimum: m=19 MiB, t=2, p=1. Nothing weaker is created. */
    public static final Argon2Params OWASP_MINIMUM = new Argon2Params(19 * 1024, 2, 1);
    public static final int MAX_MEMORY_KIB = 1024 * 1024;
    public static final int MAX_ITERATIONS = 64;
    public static final int MAX_PARALLELISM = 16;

    public Argon2Params {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism out of range: " + parallelism);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memory out of range: " + memoryKiB);
        }
    }

    /** Whether this costs at least as much memory and as many iterations as the other. */
    public boolean isAtLeast(Argon2Params other) {
        return memoryKiB >= other.memoryKiB && iterations >= other.iterations;
    }

    /** This cost with memory and iterations raised to at least those of {@code floor} (parallelism kept). */
    public Argon2Params raisedTo(Argon2Params floor) {
        return new Argon2Params(Math.max(memoryKiB, floor.memoryKiB), Math.max(iterations, floor.iterations),
                parallelism);
    }

    public Argon2Params withMemoryKiB(int memory) {
        return new Argon2Params(memory, iterations, parallelism);
    }

    public Argon2Params withIterations(int passes) {
        return new Argon2Params(memoryKiB, passes, parallelism);
    }

    @Override
    public String toString() {
        return "Argon2id(m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism + ")";
    }
}
