package nl.casustafel.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.casustafel.app.CasustafelApp;
import nl.casustafel.tools.StartupClassList;

/**
 * Whole-process figures: startup (from starting the process to its marker line: the application, started with
 * --user and CASUSTAFEL_PASSWORD, logs in by itself and prints {@link CasustafelApp#DOSSIERS_MARKER} when the
 * dossier list shows its first page, see {@link CasustafelApp#READY_PROPERTY}; key derivation and opening the
 * encrypted store are included) and memory (peak resident set, VmHWM, 1.5 seconds after ready). The application
 * child is a plain {@code java} with the application's jars (as installed) and, for startup-archive, the class-data
 * archive the Linux package makes at installation; the baseline window is a plain {@code java} with the suite's
 * class path. Both run JavaFX headless (Monocle, software rendering): no display needed.
 */
final class Startup {
    /** Peak resident memory is read this long after the ready line, when the start-up work has settled. */
    private static final long SETTLE_MILLIS = 1500;
    static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true");

    private Startup() {
    }

    /**
     * One start: milliseconds to the ready line, to the first window ({@code casustafel: ready}: the login window
     * of the application; NaN when the marker is that line itself) and peak resident memory in MB (NaN where
     * unknown).
     */
    record Run(double millis, double windowMillis, double peakMb) {
    }

    /** The line of the first window laid out (the baseline's only line, the application's login window). */
    static final String WINDOW_MARKER = "casustafel: ready";

    static List<String> application(Path store) {
        return application(store, null);
    }

    /**
     * The application from its jars (the project jar and its runtime dependencies, as installed, plus Monocle),
     * with the class-data archive {@code archive} when it is not null.
     */
    static List<String> application(Path store, Path archive) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(HEADLESS);
        if (archive != null) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.add("-cp");
        command.add(String.join(File.pathSeparator, applicationClassPath(true)));
        command.add("-D" + CasustafelApp.READY_PROPERTY + "=stdout");
        command.add("nl.casustafel.app.Launcher");
        command.add("--data-dir");
        command.add(store.toString());
        command.add("--user");
        command.add(EncryptedStores.USER);
        return command;
    }

    /** The password of the start-up account, as a script gives it (CASUSTAFEL_PASSWORD). */
    static Map<String, String> loginEnvironment() {
        return Map.of("CASUSTAFEL_PASSWORD", EncryptedStores.PASSWORD);
    }

    static List<String> minimalWindow() {
        List<String> command = java();
        command.add(MinimalWindow.class.getName());
        return command;
    }

    /**
     * The class-data archive as the Linux package makes it at installation (ADR 0016, installer/linux/
     * class-data-archive.sh): the classes a start loads ({@link StartupClassList}, the build's own code) dumped with
     * the application's class path. Written to {@code dir}; returns the archive.
     */
    static Path archive(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path list = dir.resolve("casustafel.classlist");
        Path archive = dir.resolve("casustafel.jsa");
        Files.deleteIfExists(archive);
        int classes = StartupClassList.write(list, applicationClassPath(false));
        Path log = dir.resolve("archive-dump.log");
        Process dump = new ProcessBuilder(javaBinary(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, "-cp",
                String.join(File.pathSeparator, applicationClassPath(true)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!dump.waitFor(180, TimeUnit.SECONDS) || dump.exitValue() != 0 || !Files.exists(archive)) {
            dump.destroyForcibly();
            throw new IllegalStateException("no class-data archive; see " + log);
        }
        BenchSuite.info(String.format(java.util.Locale.ROOT, "class-data archive: %d classes listed, %.0f MB",
                classes, Files.size(archive) / 1e6));
        return archive;
    }

    /**
     * The project jar and its runtime dependencies (properties {@code bench.jar} and {@code bench.classpath}, set
     * by the bench profile), plus Monocle for a headless JavaFX when {@code headless}.
     */
    private static List<String> applicationClassPath(boolean headless) {
        List<String> path = new ArrayList<>();
        path.add(required("bench.jar"));
        for (String entry : required("bench.classpath").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                path.add(entry);
            }
        }
        if (headless) {
            path.add(StartupClassList.monocle());
        }
        return path;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run through mvn -Pbench)");
        }
        return value;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(HEADLESS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        return command;
    }

    /**
     * Starts the command and waits for the line starting with {@code marker}: "casustafel: ready" for the
     * baseline window, {@link CasustafelApp#DOSSIERS_MARKER} for the application (logged in, list shown).
     */
    static Run run(List<String> command, Map<String, String> environment, String marker, Path log)
            throws Exception {
        return run(command, environment, marker, log, true);
    }

    /** As above; without {@code memory} the process is ended at the marker and its peak memory not read (NaN). */
    static Run run(List<String> command, Map<String, String> environment, String marker, Path log, boolean memory)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            long[] window = {-1};
            CompletableFuture<Long> ready = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (!marker.equals(WINDOW_MARKER) && line.startsWith(WINDOW_MARKER) && window[0] < 0) {
                            window[0] = System.nanoTime();
                        }
                        if (line.startsWith(marker)) {
                            return System.nanoTime();
                        }
                    }
                    return -1L;
                } catch (IOException e) {
                    return -1L;
                }
            });
            long at = ready.get(180, TimeUnit.SECONDS);
            if (at < 0) {
                throw new IllegalStateException("no ready line from " + command.get(command.size() - 1)
                        + "; see " + log);
            }
            if (memory) {
                Thread.sleep(SETTLE_MILLIS);
            }
            return new Run((at - start) / 1e6, window[0] < 0 ? Double.NaN : (window[0] - start) / 1e6,
                    memory ? peakMb(process.pid()) : Double.NaN);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** VmHWM of /proc/PID/status in MB, or NaN on systems without it. */
    private static double peakMb(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            return Double.NaN;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
