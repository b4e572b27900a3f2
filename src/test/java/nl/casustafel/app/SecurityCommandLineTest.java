package nl.casustafel.app;

import nl.casustafel.app.CliRuns.Result;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import nl.casustafel.TestClocks;
import nl.casustafel.TestStores;
import nl.casustafel.app.cli.CasustafelCommand;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.security.Role;
import nl.casustafel.security.KeySlots;
import nl.casustafel.security.StoreKey;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.security.LoginGate;
import nl.casustafel.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, --user with the password, wrong passwords, audit verify and encrypt, as a script would use them. */
class SecurityCommandLineTest {
    private static final String PASSWORD = "een heel lang wachtwoord";

    @TempDir
    Path dataDir;

    /** Runs a command in the test's data directory with the password (or none) in the environment. */
    private Result run(String password, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRuns.run(password == null ? Map.of() : Map.of(CasustafelCommand.PASSWORD_VARIABLE, password), all);
    }

    @Test
    void initCreatesAnEncryptedStoreWhoseAdministratorLogsInWithThePassword() {
        Result init = run(PASSWORD, "init", "--user", "anna", "--name", "Anna Beheer", "--kdf", "minimum");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Encrypted store created").contains("anna");
        assertThat(KeySlots.in(dataDir).exists()).isTrue();
        assertThat(Database.isEncrypted(dataDir)).isTrue();

        Result again = run(PASSWORD, "init", "--user", "bert", "--kdf", "minimum");
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err().strip()).isEqualTo("There is a store here already; 'init' only makes a new one.");

        Result verify = run(PASSWORD, "--user", "anna", "audit", "verify");
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("Audit trail intact:");
    }

    @Test
    void aShortPasswordIsRefusedAtInit() {
        Result init = run("kort", "init", "--user", "anna", "--kdf", "minimum");
        assertThat(init.exitCode()).isNotZero();
        assertThat(init.err()).contains("12");
        assertThat(KeySlots.in(dataDir).exists()).isFalse();
    }

    @Test
    void aWrongPasswordOrNoUserGivesOneLineAndANonZeroExitAndIsAuditedAtTheNextLogin() throws Exception {
        TestStores.initialise(dataDir, TestClocks.fixed());
        Result wrong = run("niet het wachtwoord", "--user", "specialist", "households", "search", "gezin");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.err().strip()).isEqualTo("User name or password is incorrect.");
        assertThat(wrong.err().strip().lines()).hasSize(1);
        Result unknown = run(TestStores.PASSWORD, "--user", "niemand", "households", "search", "gezin");
        assertThat(unknown.err().strip()).isEqualTo(wrong.err().strip());
        Result noUser = run(TestStores.PASSWORD, "households", "search", "gezin");
        assertThat(noUser.exitCode()).isNotZero();
        assertThat(noUser.err().strip()).isEqualTo("Give your user name with --user NAME.");
        Result noPassword = run(null, "--user", "specialist", "households", "search", "gezin");
        assertThat(noPassword.exitCode()).isNotZero();
        assertThat(noPassword.err().strip()).contains(CasustafelCommand.PASSWORD_VARIABLE);

        Result right = run(TestStores.PASSWORD, "--user", "specialist", "households", "search", "gezin");
        assertThat(right.exitCode()).as(right.err()).isZero();
        try (AppContext admin = TestStores.open(dataDir, TestClocks.fixed(), Role.ADMINISTRATOR)) {
            var failed = admin.security().auditEntries(null, 100).stream()
                    .filter(e -> e.action().equals("LOGIN_FAILED")).toList();
            assertThat(failed).hasSize(2);
            // The known name is recorded; what was typed as an unknown name is not (it may be a password).
            assertThat(failed).extracting(e -> e.userName()).containsExactlyInAnyOrder("specialist", null);
        }
        assertThat(Files.exists(dataDir.resolve(LoginGate.FILE_NAME))).isFalse();
    }

    @Test
    void auditVerifyIsForAdministratorsAndNamesTheFirstChangedEntry() throws Exception {
        TestStores.initialise(dataDir, TestClocks.fixed());
        assertThat(run(TestStores.PASSWORD, "--user", "specialist", "households", "search", "x").exitCode()).isZero();
        Result refused = run(TestStores.PASSWORD, "--user", "specialist", "audit", "verify");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err().strip()).isEqualTo("Your role does not give you access to this action or this dossier.");

        StoreKey key = KeySlots.in(dataDir).unlock("beheerder", TestStores.PASSWORD.toCharArray());
        try (Database db = Database.openEncrypted(dataDir, key)) {
            db.run(() -> db.dsl().execute("UPDATE audit_entry SET object_id = '999' WHERE seq = 3"));
        }
        Result broken = run(TestStores.PASSWORD, "--user", "beheerder", "audit", "verify");
        assertThat(broken.exitCode()).isEqualTo(CasustafelCommand.EXIT_FAILURE);
        assertThat(broken.out()).startsWith("Audit trail broken at entry 3: the entry's content was changed.");
    }

    @Test
    void encryptConvertsAStoreMadeBeforeEncryptionAndKeepsItsDossiers() {
        try (Database plain = Database.openFile(dataDir)) {
            AppContext ctx = AppContext.of(plain, dataDir, TestClocks.fixed());
            ctx.signInTrusted(Role.SPECIALIST);
            ctx.households().create(new HouseholdDraft("Gezin Oudeopslag", null, null, null, null,
                    Phase.DIRECT_SAFETY, null, null, LocalDate.of(2026, 1, 1)));
        }
        Result refused = run(PASSWORD, "--user", "anna", "households", "search", "oudeopslag");
        assertThat(refused.err().strip()).isEqualTo("This store is not encrypted yet. Convert it with the 'encrypt' command.");

        Result encrypt = run(PASSWORD, "encrypt", "--user", "anna", "--kdf", "minimum");
        assertThat(encrypt.exitCode()).as(encrypt.err()).isZero();
        assertThat(Database.isEncrypted(dataDir)).isTrue();
        assertThat(Files.exists(dataDir.resolve(Database.FILE_NAME + ".mv.db.plain"))).isFalse();
        try (AppContext admin = AppContext.login(dataDir, TestClocks.fixed(), "anna", PASSWORD.toCharArray(),
                new LoginGate(dataDir, TestClocks.fixed()))) {
            admin.security().createAccount(new nl.casustafel.domain.security.AccountDraft("sanne", "Sanne",
                    Role.SPECIALIST, null, true), PASSWORD.toCharArray());
        }
        try (AppContext specialist = AppContext.login(dataDir, TestClocks.fixed(), "sanne", PASSWORD.toCharArray(),
                new LoginGate(dataDir, TestClocks.fixed()))) {
            assertThat(specialist.households().search(HouseholdQuery.text("oudeopslag")).total()).isEqualTo(1);
        }
        assertThat(run(PASSWORD, "encrypt", "--user", "anna", "--kdf", "minimum").exitCode()).isNotZero();
    }
}
