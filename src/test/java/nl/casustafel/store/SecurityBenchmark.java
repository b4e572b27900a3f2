package nl.casustafel.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.casustafel.TestClocks;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.security.Argon2Params;
import nl.casustafel.security.KeySlots;
import nl.casustafel.security.PasswordKdf;
import nl.casustafel.security.StoreKey;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdService;
import org.junit.jupiter.api.Test;

/**
 * Figures for issue 5, printed, not asserted: login time (Argon2id unlock, and unlock plus opening the encrypted
 * store) with the minimum and the calibrated cost, and the encrypted store against the unencrypted one on a small
 * workload. Not part of the test suite: {@code mvn -Pbenchmark test -Dtest=SecurityBenchmark}.
 */
class SecurityBenchmark {
    private static final char[] PASSWORD = "Een lang wachtwoord van Anna".toCharArray();
    private static final int HOUSEHOLDS = 200;

    @Test
    void loginTimes() throws Exception {
        long start = System.nanoTime();
        Argon2Params calibrated = PasswordKdf.calibrate(Duration.ofMillis(500));
        System.out.printf("calibration: %s in %d ms%n", calibrated, millis(start));
        for (Argon2Params cost : List.of(Argon2Params.OWASP_MINIMUM, calibrated)) {
            Path dir = Files.createTempDirectory("casustafel-bench");
            try {
                StoreKey key = KeySlots.in(dir).create("anna", PASSWORD.clone(), cost);
                try (Database db = Database.openEncrypted(dir, key)) {
                    fill(db);
                }
                long[] unlock = new long[5];
                long[] login = new long[5];
                for (int i = 0; i < unlock.length; i++) {
                    long t0 = System.nanoTime();
                    StoreKey k = KeySlots.in(dir).unlock("anna", PASSWORD.clone());
                    unlock[i] = System.nanoTime() - t0;
                    try (Database db = Database.openEncrypted(dir, k)) {
                        StoreServices.households(db, TestClocks.fixed()).search(HouseholdQuery.text("gezin"));
                        login[i] = System.nanoTime() - t0;
                    }
                }
                System.out.printf("%s: unlock median %d ms (max %d), unlock + open store + first search median %d ms"
                        + " (max %d)%n", cost, median(unlock), max(unlock), median(login), max(login));
            } finally {
                delete(dir);
            }
        }
        // Rehash on login: a slot made at the minimum, then the file's target raised to the calibrated cost (as
        // after an upgrade): that login derives twice, once.
        Path dir = Files.createTempDirectory("casustafel-bench");
        try {
            KeySlots slots = KeySlots.in(dir);
            slots.create("anna", PASSWORD.clone(), Argon2Params.OWASP_MINIMUM);
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            var file = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(slots.file().toFile());
            file.set("kdf", json.valueToTree(java.util.Map.of("memoryKiB", calibrated.memoryKiB(), "iterations",
                    calibrated.iterations(), "parallelism", calibrated.parallelism())));
            json.writeValue(slots.file().toFile(), file);
            long t0 = System.nanoTime();
            slots.unlock("anna", PASSWORD.clone());
            long first = millis(t0);
            t0 = System.nanoTime();
            slots.unlock("anna", PASSWORD.clone());
            System.out.printf("login with rehash (minimum -> %s): %d ms; the next login: %d ms (slot now %s)%n",
                    calibrated, first, millis(t0), slots.slotParams("anna").orElseThrow());
        } finally {
            delete(dir);
        }
    }

    @Test
    void encryptedAgainstUnencryptedStore() throws Exception {
        List<Long> plain = new ArrayList<>();
        List<Long> encrypted = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            plain.add(workload(Database::openFile));
            StoreKey key = StoreKey.generate();
            encrypted.add(workload(dir -> Database.openEncrypted(dir, key)));
        }
        // The first round warms up the JIT for both; report the rest.
        long p = medianOf(plain.subList(1, plain.size()));
        long e = medianOf(encrypted.subList(1, encrypted.size()));
        System.out.printf("%d households (create + member, then open every dossier, then search), median of 3:"
                + " unencrypted %d ms, encrypted %d ms, ratio %.2f (all rounds: %s / %s)%n", HOUSEHOLDS, p, e,
                (double) e / p, plain, encrypted);
    }

    private static long workload(Function<Path, Database> open) throws Exception {
        Path dir = Files.createTempDirectory("casustafel-bench");
        try {
            long t0 = System.nanoTime();
            try (Database db = open.apply(dir)) {
                List<Long> ids = fill(db);
                HouseholdService households = StoreServices.households(db, TestClocks.fixed());
                for (long id : ids) {
                    households.open(id);
                }
                households.search(HouseholdQuery.text("gezin"));
            }
            return millis(t0);
        } finally {
            delete(dir);
        }
    }

    private static List<Long> fill(Database db) {
        HouseholdService households = StoreServices.households(db, TestClocks.fixed());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            long id = households.create(new HouseholdDraft("Gezin Bench" + i, "Dorpsstraat", Integer.toString(i + 1),
                    "1011 AB", "Utrecht", Phase.DIRECT_SAFETY, null, null, LocalDate.of(2026, 1, 5)));
            households.addNewMember(id, new PersonDraft("Anna" + i, "van", "Berg" + i, LocalDate.of(1988, 4, 2), null,
                    Gender.FEMALE, "Notitie " + i), new MembershipDraft(PersonRole.VICTIM, LocalDate.of(2026, 1, 5),
                    null));
            ids.add(id);
        }
        return ids;
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }

    private static long max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1_000_000;
    }

    private static long medianOf(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
