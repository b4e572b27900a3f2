package nl.casustafel.app.cli;

import java.util.concurrent.Callable;
import nl.casustafel.app.AppContext;
import nl.casustafel.service.demo.DemoService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code demo [--households N] [--seed S]}: fills the store with generated, fictional data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fills the store with generated, fictional households and conferences and prints the counts.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    private CasustafelCommand root;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--households", paramLabel = "N", defaultValue = "200",
            description = "Number of households to generate (default: ${DEFAULT-VALUE}).")
    private int households;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261124",
            description = "Seed: the same seed gives the same data (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--incident-scale", paramLabel = "X", defaultValue = "1.0",
            description = "Multiplies the number of incidents per household (default: ${DEFAULT-VALUE}, a mean of "
                    + "about 4.5; 2.3 gives about 10, as the benchmarks use).")
    private double incidentScale;

    @Override
    public Integer call() {
        if (households < 0 || households > 1_000_000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--households must be between 0 and 1000000");
        }
        if (!(incidentScale >= 0 && incidentScale <= 20)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--incident-scale must be between 0 and 20");
        }
        try (AppContext ctx = root.openContext()) {
            var err = root.spec().commandLine().getErr();
            long start = System.nanoTime();
            DemoService.DemoResult r = ctx.demo().generate(households, seed, incidentScale, (done, total) -> {
                if (done % 5000 == 0 && done < total) {
                    err.printf("... %d / %d%n", done, total);
                }
            }, () -> false);
            var out = root.spec().commandLine().getOut();
            out.printf("households: %d%npersons: %d%nincidents: %d%ninvolvements: %d%nrelations: %d%n"
                            + "conferences: %d%nmeasures: %d%n",
                    r.households(), r.persons(), r.incidents(), r.involvements(), r.relations(), r.conferences(),
                    r.measures());
            err.printf("done in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
