package nl.casustafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: no name, BSN or note can be found in plain text in any file under a used data directory: database,
 * key slots, failed-login file, logs, backups, temporary files (the child's java.io.tmpdir is inside the data directory)
 * and whatever else a session leaves. The same texts are found in the child's standard output (the command line
 * printed the dossier), so the search itself can find them.
 */
class DataDirectoryPrivacyTest {
    private static final String SURNAME = "Zwanenburg-Quispel";
    private static final String BSN = "111222333";
    private static final String NOTE = "Verwurging gemeld door buurvrouw Ødegård";

    @Test
    void noNameBsnOrNoteInAnyFileOfAUsedDataDirectory(@TempDir Path root) throws Exception {
        Path dir = root.resolve("data");
        Path tmp = dir.resolve("tmp");
        Files.createDirectories(tmp);
        Process child = ChildProcesses.start(List.of("-Djava.io.tmpdir=" + tmp, "-Duser.language=nl",
                        "-Dlogback.configurationFile=logback.xml"),
                UsedDataDirectory.class, dir.toString(), SURNAME, BSN, NOTE);
        List<String> output = new ArrayList<>();
        try (BufferedReader out = ChildProcesses.stdout(child)) {
            out.lines().forEach(output::add);
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(stderr).isZero();
        assertThat(output).as("the command line showed the dossier").last().isEqualTo("done");

        Path printed = root.resolve("printed.txt");
        Files.write(printed, output, StandardCharsets.UTF_8);
        assertThat(EncryptedStoreTest.filesContainingAny(root.resolve("printed.txt").getParent(), SURNAME, BSN))
                .as("control: the search finds what the command line printed").isNotEmpty();

        try (Stream<Path> logs = Files.list(dir.resolve("logs"))) {
            assertThat(logs.mapToLong(p -> p.toFile().length()).sum()).as("the session logged").isPositive();
        }
        assertThat(Files.exists(dir.resolve(nl.casustafel.service.security.LoginGate.FILE_NAME))).isTrue();
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).as("the daily backup was made")
                    .anyMatch(n -> n.endsWith(".ccb"));
        }
        assertThat(EncryptedStoreTest.filesContainingAny(dir, SURNAME, BSN, NOTE, "Xandrijntje")).isEmpty();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("Zwanenburg"));
        }
    }
}
