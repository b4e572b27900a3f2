package nl.casustafel.bench;

import java.nio.file.Path;
import java.time.Clock;
import nl.casustafel.app.AppContext;
import nl.casustafel.app.WarmUp;
import nl.casustafel.security.KeySlots;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.security.LoginGate;

/**
 * The login figure's child process (issue 5: "login, including key derivation, under 1.5 s"): starts the warm-up
 * the login window starts, waits as long as someone typing a password (3 s), then logs in to the encrypted store
 * and lists the first page of dossiers. Prints {@code login <ms>} and, as the baseline, {@code derive <ms>}: the
 * key derivation of the same key slot alone, right after.
 */
public final class LoginProbe {
    private LoginProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Clock clock = Clock.systemUTC();
        WarmUp.start();
        Thread.sleep(3000);
        long start = System.nanoTime();
        try (AppContext ctx = AppContext.login(dir, clock, EncryptedStores.USER, EncryptedStores.PASSWORD.toCharArray(),
                new LoginGate(dir, clock))) {
            ctx.households().search(HouseholdQuery.text(null).withPage(0, 100));
            long login = System.nanoTime() - start;
            long deriveStart = System.nanoTime();
            KeySlots.in(dir).unlock(EncryptedStores.USER, EncryptedStores.PASSWORD.toCharArray()).destroy();
            long derive = System.nanoTime() - deriveStart;
            System.out.println("login " + login / 1_000_000.0);
            System.out.println("derive " + derive / 1_000_000.0);
        }
        System.exit(0);
    }
}
