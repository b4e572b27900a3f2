package nl.casustafel.store;

import nl.casustafel.TestStores;
import nl.casustafel.domain.security.Role;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.Phase;

/**
 * A second process for store tests. "hold DIR": opens the store, prints "open", waits for stdin to close.
 * "write DIR": creates households one per transaction forever, printing "committed ID" after each commit.
 */
public final class StoreChildProcess {
    private StoreChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try (AppContext ctx = TestStores.open(dir, Clock.systemUTC(), Role.SPECIALIST)) {
            if (args[0].equals("hold")) {
                System.out.println("open");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } else {
                for (int i = 0; ; i++) {
                    long id = ctx.households().create(new HouseholdDraft("Gezin Kill" + i, null, null, null, null,
                            Phase.DIRECT_SAFETY, null, null, LocalDate.of(2026, 1, 1)));
                    System.out.println("committed " + id);
                    System.out.flush();
                }
            }
        }
    }
}
