package nl.casustafel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.Page;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdQuery.SortField;
import nl.casustafel.service.household.HouseholdSummary;

/**
 * A diagnostic, not a figure: times each query of {@link SearchBenchmark#QUERIES} on its own through the service
 * (and, with {@code -Dprobe.jdbc=true}, through the plain JDBC baseline) on an existing store, and prints per query
 * the median and the slowest of its runs with the total the list would show, then p50 and p95 over all runs, also
 * in thread CPU time (H2 embedded works in the calling thread), which a loaded machine disturbs less.
 * For finding which queries set the p95 without running the JMH suite:
 * <pre>java -cp ... nl.casustafel.bench.SearchProbe target/bench/store-100000 [runs] [query ...]</pre>
 */
public final class SearchProbe {
    private SearchProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String[] queries = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : SearchBenchmark.QUERIES;
        boolean jdbc = Boolean.getBoolean("probe.jdbc");
        System.out.println("# " + Machine.describe());
        List<Double> all = new ArrayList<>();
        List<Double> allJdbc = new ArrayList<>();
        List<Double> allCpu = new ArrayList<>();
        // H2 embedded runs a query in the calling thread: its CPU time is less disturbed by a loaded machine.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (AppContext context = BenchStores.open(store, nl.casustafel.domain.security.Role.SPECIALIST)) {
            var households = context.households();
            // Warm-up: every query a few times, so that the JIT and H2's page cache are not what is measured.
            for (int i = 0; i < 3; i++) {
                for (String q : queries) {
                    households.search(query(q));
                }
            }
            for (String q : queries) {
                double[] times = new double[runs];
                double[] cpu = new double[runs];
                Page<HouseholdSummary> page = null;
                for (int r = 0; r < runs; r++) {
                    long startCpu = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    page = households.search(query(q));
                    times[r] = (System.nanoTime() - start) / 1e6;
                    cpu[r] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
                    all.add(times[r]);
                    allCpu.add(cpu[r]);
                }
                Arrays.sort(times);
                Arrays.sort(cpu);
                System.out.printf(Locale.ROOT, "%-14s median %7.1f ms (cpu %6.1f)  max %7.1f ms  shown %3d  total %s%d%n",
                        "'" + q + "'", times[runs / 2], cpu[runs / 2], times[runs - 1], page.items().size(),
                        page.totalExact() ? "" : "more than ", page.totalExact() ? page.total() : page.total() - 1);
            }
        }
        if (jdbc) {
            SearchBenchmark.Jdbc state = new SearchBenchmark.Jdbc();
            state.store = store.toString();
            state.open();
            try {
                for (int i = 0; i < 2; i++) {
                    for (String q : queries) {
                        SearchBenchmark.jdbcSearch(state, q);
                    }
                }
                for (String q : queries) {
                    double[] times = new double[runs];
                    long count = 0;
                    for (int r = 0; r < runs; r++) {
                        long start = System.nanoTime();
                        List<Object[]> rows = SearchBenchmark.jdbcSearch(state, q);
                        times[r] = (System.nanoTime() - start) / 1e6;
                        allJdbc.add(times[r]);
                        count = (Long) rows.get(rows.size() - 1)[0];
                    }
                    Arrays.sort(times);
                    System.out.printf(Locale.ROOT, "jdbc %-14s median %7.1f ms  max %7.1f ms  total %d%n",
                            "'" + q + "'", times[runs / 2], times[runs - 1], count);
                }
            } finally {
                state.close();
            }
        }
        System.out.printf(Locale.ROOT, "service: p50 %.1f ms, p95 %.1f ms over %d runs (thread CPU time: p50 %.1f ms, "
                + "p95 %.1f ms)%n", percentile(all, 50), percentile(all, 95), all.size(), percentile(allCpu, 50),
                percentile(allCpu, 95));
        if (jdbc) {
            System.out.printf(Locale.ROOT, "jdbc:    p50 %.1f ms, p95 %.1f ms over %d runs%n", percentile(allJdbc, 50),
                    percentile(allJdbc, 95), allJdbc.size());
        }
        System.out.printf(Locale.ROOT, "load average at the end %.2f%n", Machine.load());
    }

    private static HouseholdQuery query(String text) {
        return new HouseholdQuery(text, null, false, null, SortField.NAME, true, 0, 100);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
