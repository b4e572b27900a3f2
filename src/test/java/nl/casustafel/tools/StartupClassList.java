package nl.casustafel.tools;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.casustafel.app.AppContext;
import nl.casustafel.app.CasustafelApp;
import nl.casustafel.app.cli.CasustafelCommand;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.Role;
import nl.casustafel.security.Argon2Params;

/**
 * The classes one start of the application loads, as the JVM writes them with {@code -XX:DumpLoadedClassList}:
 * the list the Linux package makes its class-data archive from at installation, and the benchmark from its own
 * class path (ADR 0016). The start is a real one: a new encrypted store with a specialist and generated
 * households, the window started with {@code --user} and CASUSTAFEL_PASSWORD, logged in, the dossier list shown,
 * then closed ({@link CasustafelApp#EXIT_WHEN_SHOWN}). JavaFX runs headless (Monocle, from this JVM's class path),
 * so the build needs no display; the classes of the desktop's own window system are therefore not in the list and
 * load as before.
 *
 * <p>In the test sources because Monocle is a test dependency. {@code main(output, classPath)} is what the build
 * runs (pom.xml, installer steps).
 */
public final class StartupClassList {
    static final String USER = "opleiding";
    private static final String PASSWORD = "klassenlijst maken";
    private static final int HOUSEHOLDS = 60;
    private static final long TIMEOUT_SECONDS = 180;

    private StartupClassList() {
    }

    /** {@code args[0]}: the class list to write; {@code args[1]}: the application's class path (jars). */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: StartupClassList OUTPUT CLASSPATH");
        }
        List<String> classPath = List.of(args[1].split(File.pathSeparator));
        int classes = write(Path.of(args[0]), classPath);
        System.out.println("startup class list: " + classes + " classes in " + args[0]);
    }

    /**
     * Starts the application once from {@code classPath} (plus Monocle) on a new store and writes the classes it
     * loaded up to the dossier list to {@code output}. Returns the number of classes listed.
     *
     * @throws IllegalStateException when the start does not reach the dossier list (the list is not written)
     */
    public static int write(Path output, List<String> classPath) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("casustafel-classlist");
        try {
            Path store = Files.createDirectory(work.resolve("store"));
            prepare(store);
            Path list = work.resolve("classes.lst");
            Path log = work.resolve("start.log");
            ProcessBuilder builder = new ProcessBuilder(command(list, store, classPath))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put(CasustafelCommand.PASSWORD_VARIABLE, PASSWORD);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("the start for the class list did not end within "
                        + TIMEOUT_SECONDS + " s:\n" + Files.readString(log));
            }
            String out = Files.readString(log);
            if (process.exitValue() != 0 || !out.contains(CasustafelApp.DOSSIERS_MARKER) || !Files.exists(list)) {
                throw new IllegalStateException("the start for the class list did not show the dossier list (exit "
                        + process.exitValue() + "):\n" + out);
            }
            int classes = count(list);
            Files.createDirectories(output.toAbsolutePath().getParent());
            Path partial = output.resolveSibling(output.getFileName() + ".part");
            Files.copy(list, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return classes;
        } finally {
            try {
                delete(work);
            } catch (UncheckedIOException e) {
                // Only the temporary store is left behind; the outcome (or its error) matters more.
                System.err.println("startup class list: could not delete " + work + ": " + e.getMessage());
            }
        }
    }

    /** A store as a team has it: encrypted, an administrator, the specialist who starts the window, households. */
    private static void prepare(Path store) {
        AccountDraft administrator = new AccountDraft("beheerder", "Beheerder", Role.ADMINISTRATOR, null, true);
        try (AppContext admin = AppContext.initialise(store, Clock.systemUTC(), administrator,
                PASSWORD.toCharArray(), Argon2Params.OWASP_MINIMUM)) {
            admin.security().createAccount(new AccountDraft(USER, "Opleiding", Role.SPECIALIST, null, true),
                    PASSWORD.toCharArray());
            admin.demo().generate(HOUSEHOLDS, 20261124L, (done, total) -> { }, () -> false);
        }
    }

    private static List<String> command(Path list, Path store, List<String> classPath) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:DumpLoadedClassList=" + list);
        command.add("-Dglass.platform=Monocle");
        command.add("-Dmonocle.platform=Headless");
        command.add("-Dprism.order=sw");
        command.add("-Djava.awt.headless=true");
        command.add("-D" + CasustafelApp.READY_PROPERTY + "=" + CasustafelApp.EXIT_WHEN_SHOWN);
        List<String> path = new ArrayList<>(classPath);
        path.add(monocle());
        command.add("-cp");
        command.add(String.join(File.pathSeparator, path));
        command.add("nl.casustafel.app.Launcher");
        command.add("--data-dir");
        command.add(store.toString());
        command.add("--user");
        command.add(USER);
        return command;
    }

    /** The jar Monocle (JavaFX's headless platform) is loaded from in this JVM. */
    public static String monocle() {
        try {
            Class<?> factory = Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
            return Path.of(factory.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
            throw new IllegalStateException("Monocle is not on the class path", e);
        }
    }

    private static int count(Path list) throws IOException {
        try (Stream<String> lines = Files.lines(list, StandardCharsets.UTF_8)) {
            return (int) lines.filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("@")).count();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
