package nl.casustafel.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs one JMH benchmark class: one fork per benchmark method and parameter set, sampled times in milliseconds,
 * warm-up and measurement as the class and its methods declare them ({@code @Warmup}, {@code @Measurement}: short
 * and explicit, so that the suite fits in ten minutes), JMH's own output in target/bench/jmh-NAME.log.
 */
final class Jmh {
    private Jmh() {
    }

    static Collection<RunResult> run(Class<?> benchmark, Map<String, String> params, List<String> jvmArgs, Path log)
            throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName()) + "\\.")
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .forks(1)
                .shouldFailOnError(true)
                .output(log.toString());
        params.forEach(options::param);
        List<String> args = new ArrayList<>(List.of("-Xmx2g", "-Dfile.encoding=UTF-8", "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true", "-Dcasustafel.logDir=" + System.getProperty("casustafel.logDir")));
        args.addAll(jvmArgs);
        options.jvmArgs(args.toArray(String[]::new));
        return new Runner(options.build()).run();
    }

    /** The result of the benchmark method {@code method} (and, when given, parameter {@code kind}). */
    static RunResult result(Collection<RunResult> results, String method) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("." + method)) {
                return r;
            }
        }
        throw new IllegalStateException("no result for " + method);
    }

    static double percentile(RunResult r, double p) {
        return r.getPrimaryResult().getStatistics().getPercentile(p);
    }

    static double mean(RunResult r) {
        return r.getPrimaryResult().getStatistics().getMean();
    }
}
