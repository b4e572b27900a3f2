package nl.casustafel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.Role;
import nl.casustafel.security.PasswordKdf;
import nl.casustafel.security.StoreKey;
import nl.casustafel.store.Database;

/**
 * Encrypted copies of a bench store: for encrypted-store (the same workload on a plain and an encrypted copy,
 * {@link #openEncryptedCopy}) and for start-up and memory (a store as users have it, with key slots and accounts,
 * {@link #loginCopy}). Encrypting a copy takes seconds where generating an encrypted store anew would take as long
 * as the plain one.
 */
final class EncryptedStores {
    /** The account the start-up figure logs in with (password {@link #PASSWORD}). */
    static final String USER = "specialist";
    static final String PASSWORD = "benchmark wachtwoord";

    private EncryptedStores() {
    }

    /** Copies the plain store to {@code target}, encrypts the copy with a new random key and opens it. */
    static Database openEncryptedCopy(Path plain, Path target) throws Exception {
        copy(plain, target);
        StoreKey key = StoreKey.generate();
        Database.encryptPlain(target, key);
        return Database.openEncrypted(target, key);
    }

    /**
     * Copies the plain store to {@code target} and converts it as the {@code encrypt} command does, with key slots
     * calibrated on this machine (as a real first start makes them), an administrator and the account {@link #USER}.
     */
    static Path loginCopy(Path plain, Path target) throws Exception {
        copy(plain, target);
        Clock clock = Clock.systemUTC();
        try (AppContext admin = AppContext.encrypt(target, clock, new AccountDraft("beheerder", "Beheerder",
                Role.ADMINISTRATOR, null, true), PASSWORD.toCharArray(), PasswordKdf.calibrate(PasswordKdf.DESKTOP_TARGET))) {
            admin.security().createAccount(new AccountDraft(USER, "Specialist", Role.SPECIALIST, null, true),
                    PASSWORD.toCharArray());
            // The suite measures start-up and login, not the daily backup that closing would make of a copy that
            // is deleted afterwards: a (empty) file with today's daily-backup name says it was made.
            Path backups = Files.createDirectories(target.resolve("backups"));
            Files.createFile(backups.resolve("casustafel-" + java.time.LocalDateTime.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")))
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-daily.ccb"));
        }
        return target;
    }

    private static void copy(Path plain, Path target) throws Exception {
        BenchStores.delete(target);
        Files.createDirectories(target);
        String file = Database.FILE_NAME + ".mv.db";
        Files.copy(plain.resolve(file), target.resolve(file));
    }
}
