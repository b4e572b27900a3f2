package nl.casustafel.service.demo;

import java.util.function.BooleanSupplier;

/** Fills the store with generated, fictional households (demo data). */
public interface DemoService {

    /** Progress: households stored so far out of the total. Called from the working thread. */
    interface Progress {
        void update(int done, int total);
    }

    /** Counts of what was stored. */
    record DemoResult(int households, int persons, int incidents, int involvements, int relations,
                      int conferences, int measures) {
        public DemoResult(int households, int persons, int incidents, int involvements, int relations) {
            this(households, persons, incidents, involvements, relations, 0, 0);
        }
    }

    /**
     * Generates and stores {@code households} households from {@code seed}, then (when conference services are
     * available) held and planned conferences over them with attendance, assessments and measures; stops early (keeping what was
     * stored in whole batches) when {@code cancelled} turns true.
     */
    DemoResult generate(int households, long seed, Progress progress, BooleanSupplier cancelled);

    /**
     * As {@link #generate(int, long, Progress, BooleanSupplier)} with the number of incidents per household
     * multiplied by {@code incidentScale} (1.0: the default data, a mean of about 4.5; 2.3: about 10, the high end
     * the benchmarks use). Members, themes and the share of households without signals stay the same.
     */
    DemoResult generate(int households, long seed, double incidentScale, Progress progress,
                        BooleanSupplier cancelled);

    /** True when the store holds no household yet (the UI then offers demo data). */
    boolean isStoreEmpty();
}
