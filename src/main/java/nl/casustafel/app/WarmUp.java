package nl.casustafel.app;

import java.util.concurrent.atomic.AtomicBoolean;
import nl.casustafel.security.Argon2Params;
import nl.casustafel.security.PasswordKdf;
import nl.casustafel.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While the login window waits for the password, a background thread runs what the login will run, on nothing
 * of value: a small Argon2id derivation (so the real one does not start interpreted: cold, it costs twice the
 * calibrated time) and a private in-memory store with every migration (loading and compiling H2, Flyway and
 * jOOQ, the bulk of opening the real store). It holds no data and no key; it ends by itself.
 */
public final class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WarmUp() {
    }

    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(WarmUp::run, "casustafel-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        long start = System.nanoTime();
        try {
            byte[] salt = PasswordKdf.newSalt();
            for (int i = 0; i < 3; i++) {
                PasswordKdf.derive("warm-up".toCharArray(), salt, Argon2Params.OWASP_MINIMUM.withMemoryKiB(4096));
            }
            try (Database db = Database.inMemory("warm-up-" + ProcessHandle.current().pid())) {
                db.dsl().fetchCount(nl.casustafel.store.jooq.Tables.HOUSEHOLD);
            }
            LOG.info("Warm-up done in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Warm-up failed ({})", e.getClass().getSimpleName());
        }
    }
}
