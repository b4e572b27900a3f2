package nl.casustafel.store;

import nl.casustafel.domain.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk writing must not bloat the store file: H2 keeps old page versions for a while, and only its background
 * writer and a clean close give that space back (measured: with WRITE_DELAY=0, which stops the background
 * writer, 100,000 demo households left a 17.7 GB file).
 * <p>
 * Measured on the durability settings of {@link Database} with an unencrypted file: on the encrypted store the
 * same 3-second compaction at close rewrites pages more slowly, and on a loaded machine it was seen both to
 * shrink the file (125 to 33 MB) and to run out of time (no shrink); that is left to H2's background writer.
 */
class StoreFileSizeTest {

    @Test
    void demoDataLeavesACompactFileAfterACleanClose(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(Database.FILE_NAME + ".mv.db");
        long whileOpen;
        try (Database db = Database.openFile(dir)) {
            AppContext ctx = AppContext.of(db, dir, TestClocks.fixed()); // the database closes it
            ctx.signInTrusted(Role.ADMINISTRATOR);
            ctx.demo().generate(5000, 3, (done, total) -> { }, () -> false);
            whileOpen = Files.size(file);
        }
        long afterClose = Files.size(file);
        System.err.println("store size while open " + whileOpen / 1024 + " KB, after close " + afterClose / 1024 + " KB");

        // About 6 KB of live data per household. While open, old page versions may take a few times that;
        // a clean close gives most of it back.
        assertThat(whileOpen).isLessThan(5000L * 40 * 1024);
        assertThat(afterClose).isLessThan(5000L * 12 * 1024);
    }
}
