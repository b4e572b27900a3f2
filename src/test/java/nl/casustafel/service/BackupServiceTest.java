package nl.casustafel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.casustafel.MutableClock;
import nl.casustafel.TestClocks;
import nl.casustafel.TestStores;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.security.ChainVerification;
import nl.casustafel.domain.security.Role;
import nl.casustafel.security.BackupException;
import nl.casustafel.security.BackupFormat;
import nl.casustafel.security.KeySlots;
import nl.casustafel.security.StoreKey;
import nl.casustafel.security.WrongPasswordException;
import nl.casustafel.service.backup.BackupInfo;
import nl.casustafel.service.backup.BackupKind;
import nl.casustafel.service.backup.DefaultBackupService;
import nl.casustafel.service.security.AccessDeniedException;
import nl.casustafel.service.security.LoginGate;
import nl.casustafel.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted backups on real encrypted stores on disk: round trip, refusals, nothing in clear, rotation. */
class BackupServiceTest {
    private static final String GIVEN = "Wilhelmina";
    private static final String SURNAME = "Zwanenburg-Öztürk";
    private static final String BSN = "111222333";
    private static final String NOTE = "Bedreigd door buurman Kwakernaat";
    private static final Clock CLOCK = TestClocks.fixed();

    @TempDir
    Path tmp;

    private Path store() {
        return tmp.resolve("store");
    }

    /** A household with a known name, BSN and note (by the specialist) and some demo data (by the beheerder, first: it needs an empty store). */
    private void fill(Path dir, Clock clock) {
        try (AppContext a = TestStores.open(dir, clock, Role.ADMINISTRATOR)) {
            a.demo().generate(12, 5L, (done, total) -> { }, () -> false);
        }
        try (AppContext s = TestStores.open(dir, clock, Role.SPECIALIST)) {
            long household = s.households().create(new HouseholdDraft("Gezin " + SURNAME, "Dorpsstraat", "12a",
                    "3511 AB", "Utrecht", Phase.DIRECT_SAFETY, null, null, LocalDate.of(2025, 1, 1)));
            s.households().addNewMember(household, new PersonDraft(GIVEN, null, SURNAME, LocalDate.of(1985, 3, 1),
                    BSN, Gender.FEMALE, NOTE), new MembershipDraft(PersonRole.VICTIM, LocalDate.of(2025, 1, 1), null));
        }
    }

    private AppContext restore(Path backup, Path target, String user, String password) {
        return AppContext.restore(backup, target, CLOCK, user, password.toCharArray(), new LoginGate(target, CLOCK));
    }

    @Test
    void aRestoredBackupHasTheSameRowsInEveryTableAndAnIntactAuditTrail() throws Exception {
        fill(store(), CLOCK);
        Path file = tmp.resolve("copy" + BackupFormat.EXTENSION);
        String headAtBackup;
        try (AppContext a = TestStores.open(store(), CLOCK, Role.ADMINISTRATOR)) {
            headAtBackup = a.security().auditHeadHash();
            a.backups().backup(file);
        }
        Path restored = tmp.resolve("restored");
        try (AppContext r = restore(file, restored, TestStores.ADMINISTRATOR, TestStores.PASSWORD)) {
            assertThat(r.security().verifyAudit()).isInstanceOf(ChainVerification.Intact.class);
            assertThat(r.dataDirectory()).isEqualTo(restored);
        }

        Contents before = contents(store());
        Contents after = contents(restored);
        assertThat(before.tables()).containsKeys("HOUSEHOLD", "PERSON", "INCIDENT", "ACCOUNT", "AUDIT_ENTRY");
        assertThat(after.tables()).isEqualTo(before.tables());
        // The audit trail of the copy is the original's up to the backup, then the restore's own entries.
        int upTo = before.audit().indexOf(headAtBackup);
        assertThat(upTo).isPositive();
        assertThat(after.audit().subList(0, upTo + 1)).isEqualTo(before.audit().subList(0, upTo + 1));
        assertThat(after.auditActions()).contains("BACKUP_RESTORE");
        // Any account of that moment opens the copy with its own password.
        try (AppContext s = AppContext.login(restored, CLOCK, "specialist", TestStores.PASSWORD.toCharArray(),
                new LoginGate(restored, CLOCK))) {
            assertThat(s.households().findPersons(SURNAME, 5)).hasSize(1);
        }
    }

    @Test
    void aWrongPasswordRestoresNothing() {
        fill(store(), CLOCK);
        Path file = backupOf(store());
        Path target = tmp.resolve("target");
        assertThatThrownBy(() -> restore(file, target, TestStores.ADMINISTRATOR, "not the password at all"))
                .isInstanceOf(WrongPasswordException.class);
        assertNoStore(target);
    }

    @Test
    void onlyAnAdministratorRestores() {
        fill(store(), CLOCK);
        Path file = backupOf(store());
        Path target = tmp.resolve("target");
        assertThatThrownBy(() -> restore(file, target, "specialist", TestStores.PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertNoStore(target);
    }

    @Test
    void aChangedOrCutBackupIsRefusedAndLeavesNoStore() throws IOException {
        fill(store(), CLOCK);
        Path file = backupOf(store());
        byte[] bytes = Files.readAllBytes(file);

        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x40;
        Path changed = Files.write(tmp.resolve("changed.ccb"), flipped);
        Path target = tmp.resolve("t1");
        assertThatThrownBy(() -> restore(changed, target, TestStores.ADMINISTRATOR, TestStores.PASSWORD))
                .isInstanceOf(BackupException.class).hasMessage("error.backup.damaged");
        assertNoStore(target);

        Path cut = Files.write(tmp.resolve("cut.ccb"), java.util.Arrays.copyOf(bytes, bytes.length - 10));
        Path target2 = tmp.resolve("t2");
        assertThatThrownBy(() -> restore(cut, target2, TestStores.ADMINISTRATOR, TestStores.PASSWORD))
                .isInstanceOf(BackupException.class).hasMessage("error.backup.damaged");
        assertNoStore(target2);
    }

    @Test
    void aDirectoryThatHoldsAStoreIsNotOverwritten() {
        fill(store(), CLOCK);
        Path file = backupOf(store());
        assertThatThrownBy(() -> restore(file, store(), TestStores.ADMINISTRATOR, TestStores.PASSWORD))
                .hasMessage("error.backup.targetExists");
    }

    @Test
    void noNameBsnOrNoteIsInClearInAnyFileUnderTheDataDirectory() throws Exception {
        fill(store(), CLOCK);
        Path inFolder;
        try (AppContext a = TestStores.open(store(), CLOCK, Role.ADMINISTRATOR)) {
            inFolder = a.backups().backupNow();
        }
        assertThat(inFolder.getParent()).isEqualTo(store().resolve(DefaultBackupService.DIRECTORY));
        assertThat(inFolder.getFileName().toString()).matches("casustafel-\\d{8}-\\d{6}(-\\d+)?-manual\\.ccb");

        // The control: the values are in the store.
        StoreKey key = KeySlots.in(store()).unlock(TestStores.ADMINISTRATOR, TestStores.PASSWORD.toCharArray());
        try (Database db = Database.openEncrypted(store(), key)) {
            assertThat(db.dsl().fetchValue("SELECT COUNT(*) FROM person WHERE bsn = ? AND notes = ?", BSN, NOTE))
                    .isEqualTo(1L);
        }
        // The zip H2 writes (the temporary file) holds the store file encrypted: decrypt the backup's layer.
        byte[] zip;
        try (InputStream in = Files.newInputStream(inFolder)) {
            BackupFormat.Header header = BackupFormat.readHeader(in);
            zip = BackupFormat.decrypt(in, header, key).readAllBytes();
        }
        assertNoSecrets("temporary zip", zip);
        // Compressed bytes would hide clear text: look at what is inside too.
        try (java.util.zip.ZipInputStream entries = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip))) {
            java.util.zip.ZipEntry entry = entries.getNextEntry();
            assertThat(entry.getName()).isEqualTo(Database.FILE_NAME + ".mv.db");
            byte[] storeFile = entries.readAllBytes();
            assertThat(new String(storeFile, 0, 10, StandardCharsets.US_ASCII)).isEqualTo("H2encrypt\n");
            assertNoSecrets("store file in the zip", storeFile);
            assertThat(entries.getNextEntry()).isNull();
        }

        List<Path> files;
        try (Stream<Path> walk = Files.walk(store())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(f -> f.toString().endsWith(".ccb")).anyMatch(f -> f.toString().endsWith(".mv.db"));
        assertThat(files).noneMatch(f -> f.getFileName().toString().endsWith(".zip"));
        for (Path f : files) {
            assertThat(f.toString()).doesNotContain(SURNAME).doesNotContain(BSN);
            assertNoSecrets(f.toString(), Files.readAllBytes(f));
        }
    }

    @Test
    void rotationKeepsTheNewestOfEachKind() {
        MutableClock clock = new MutableClock(TestClocks.NOW);
        Path dir = store();
        Path backups = dir.resolve(DefaultBackupService.DIRECTORY);
        List<Path> daily = new ArrayList<>();
        List<Path> exit = new ArrayList<>();
        try (AppContext s = TestStores.open(dir, clock, Role.SPECIALIST)) {
            // Initialising the store closed a session: that made today's daily backup.
            assertThat(s.backups().dailyDue()).isFalse();
            for (int day = 1; day <= 9; day++) {
                clock.advance(Duration.ofDays(1));
                assertThat(s.backups().dailyDue()).isTrue();
                daily.add(s.backups().backupNow(BackupKind.DAILY));
                assertThat(s.backups().dailyDue()).isFalse();
            }
            for (int i = 0; i < 7; i++) {
                clock.advance(Duration.ofHours(1));
                exit.add(s.backups().backupNow(BackupKind.EXIT));
            }
            Path one = s.backups().backupNow();
            Path two = s.backups().backupNow(); // the same second: a second name
            assertThat(one).isNotEqualTo(two).exists();
            assertThat(two).exists();

            clock.advance(Duration.ofDays(1));
            assertThat(s.backupOnExit()).get().matches(p -> p.getFileName().toString().endsWith("-daily.ccb"));
            assertThat(s.backupOnExit()).get().matches(p -> p.getFileName().toString().endsWith("-exit.ccb"));
        }
        assertThat(names(backups, "-daily.ccb")).hasSize(7).doesNotContainAnyElementsOf(names(daily.subList(0, 3)))
                .containsAll(names(daily.subList(3, 9)));
        assertThat(names(backups, "-exit.ccb")).hasSize(5).doesNotContainAnyElementsOf(names(exit.subList(0, 3)))
                .containsAll(names(exit.subList(3, 7)));

        try (AppContext a = TestStores.open(dir, clock, Role.ADMINISTRATOR)) {
            List<BackupInfo> listed = a.backups().list();
            assertThat(listed).hasSize(14);
            assertThat(listed.get(0).createdAt()).isAfterOrEqualTo(listed.get(listed.size() - 1).createdAt());
            assertThat(listed).allMatch(b -> b.sizeBytes() > 0);
        }
        try (AppContext s = TestStores.open(dir, clock, Role.SPECIALIST)) {
            assertThatThrownBy(() -> s.backups().list()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aStoreInMemoryHasNoBackups() {
        try (AppContext ctx = AppContext.inMemory(TestClocks.uniqueName("backup"), CLOCK, Role.ADMINISTRATOR)) {
            assertThatThrownBy(() -> ctx.backups().backupNow()).hasMessage("error.backup.noStore");
            assertThat(ctx.backupOnExit()).isEmpty();
        }
    }

    // ---- helpers ----

    private Path backupOf(Path dir) {
        Path file = tmp.resolve("backup-" + System.nanoTime() + BackupFormat.EXTENSION);
        try (AppContext a = TestStores.open(dir, CLOCK, Role.ADMINISTRATOR)) {
            a.backups().backup(file);
        }
        return file;
    }

    private static void assertNoStore(Path target) {
        assertThat(AppContext.isInitialised(target)).isFalse();
        if (Files.isDirectory(target)) {
            try (Stream<Path> list = Files.list(target)) {
                assertThat(list.map(p -> p.getFileName().toString()))
                        .noneMatch(n -> n.startsWith(".restore-") || n.endsWith(".mv.db") || n.equals(KeySlots.FILE_NAME));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static void assertNoSecrets(String what, byte[] bytes) {
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            for (String secret : List.of(SURNAME, "Zwanenburg", GIVEN, BSN, "Kwakernaat")) {
                assertThat(indexOf(bytes, secret.getBytes(charset))).as("%s in %s (%s)", secret, what, charset)
                        .isEqualTo(-1);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<String> names(Path directory, String suffix) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }

    /** Per table (audit tables apart): rows and SHA-256 of the sorted rows; the audit hashes in order. */
    record Contents(Map<String, String> tables, List<String> audit, List<String> auditActions) {
    }

    private static Contents contents(Path dir) throws Exception {
        StoreKey key = KeySlots.in(dir).unlock(TestStores.ADMINISTRATOR, TestStores.PASSWORD.toCharArray());
        try (Database db = Database.openEncrypted(dir, key)) {
            return db.dsl().connectionResult(c -> {
                try {
                    return read(c);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            key.destroy();
        }
    }

    private static Contents read(Connection c) throws Exception {
        Map<String, String> out = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                if (table.equals("AUDIT_ENTRY") || table.equals("AUDIT_HEAD")) {
                    continue;
                }
                out.put(table, digest(s, "SELECT * FROM \"" + table + "\""));
            }
            out.put("AUDIT_ENTRY", "present");
            List<String> audit = new ArrayList<>();
            List<String> actions = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT entry_hash, action_code, object_type FROM audit_entry ORDER BY seq")) {
                while (r.next()) {
                    audit.add(r.getString(1));
                    actions.add(r.getString(2) + "/" + r.getString(3));
                }
            }
            List<String> restoreActions = actions.stream()
                    .map(a -> a.endsWith("/backup") && a.startsWith("CREATE") ? "BACKUP_RESTORE" : a).toList();
            return new Contents(out, audit, restoreActions);
        }
    }

    private static String digest(Statement s, String sql) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String> lines = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                StringBuilder line = new StringBuilder();
                for (int col = 1; col <= meta.getColumnCount(); col++) {
                    line.append(meta.getColumnName(col)).append('=').append(r.getString(col)).append('|');
                }
                lines.add(line.toString());
            }
        }
        lines.sort(null);
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return lines.size() + " " + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }
}
