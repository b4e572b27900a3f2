package nl.casustafel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import nl.casustafel.security.StoreKey;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encrypted store: nothing personal in clear in any file of the data directory, opened only with its key.
 * The same write on an unencrypted store is found by the same search, so the search can fail.
 */
class EncryptedStoreTest {
    private static final String HOUSEHOLD = "Gezin Zwanenburg-Quispel";
    private static final String GIVEN = "Xandrijntje";
    private static final String SURNAME = "Zwanenburg-Quispel";
    private static final String BSN = "111222333";
    private static final String NOTE = "Vertrouwelijk: verwurging gemeld door buurvrouw Ødegård";
    private static final char[] PASSWORD = "Lang wachtwoord van Anna".toCharArray();

    /** Writes one household with a member, name, BSN and a note, through the household use cases. */
    private static long writeHousehold(Database db) {
        HouseholdService households = StoreServices.households(db, TestClocks.fixed());
        long id = households.create(new HouseholdDraft(HOUSEHOLD, "Dorpsstraat", "12", "1011 AB", "Utrecht",
                Phase.DIRECT_SAFETY, null, null, LocalDate.of(2026, 1, 5)));
        households.addNewMember(id, new PersonDraft(GIVEN, null, SURNAME, LocalDate.of(1988, 4, 2), BSN,
                Gender.FEMALE, NOTE), new MembershipDraft(PersonRole.VICTIM, LocalDate.of(2026, 1, 5), null));
        return id;
    }

    /** Every file under the directory (recursively) that contains one of the texts in UTF-8 or UTF-16. */
    static List<String> filesContainingAny(Path dir, String... texts) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                for (String text : texts) {
                    for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
                            StandardCharsets.UTF_16LE)) {
                        if (contains(content, text.getBytes(charset))) {
                            hits.add(dir.relativize(file) + ": " + text + " (" + charset + ")");
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void noNameBsnOrNoteIsInClearInAnyFileOfTheDataDirectory(@TempDir Path dir) throws Exception {
        StoreKey key = KeySlots.in(dir).create("anna", PASSWORD.clone(), Argon2Params.OWASP_MINIMUM);
        long id;
        try (Database db = Database.openEncrypted(dir, key)) {
            id = writeHousehold(db);
            assertThat(filesContainingAny(dir, SURNAME, BSN, NOTE)).as("while open").isEmpty();
        }
        key.destroy();

        assertThat(Database.isEncrypted(dir)).isTrue();
        assertThat(filesContainingAny(dir, SURNAME, GIVEN, BSN, NOTE, "Quispel", "Xandrijntje")).isEmpty();

        StoreKey again = KeySlots.in(dir).unlock("anna", PASSWORD.clone());
        try (Database db = Database.openEncrypted(dir, again)) {
            var dossier = StoreServices.households(db, TestClocks.fixed()).open(id);
            assertThat(dossier.household().name()).isEqualTo(HOUSEHOLD);
            assertThat(dossier.members().get(0).person().bsn().value()).isEqualTo(BSN);
            assertThat(StoreServices.households(db, TestClocks.fixed()).search(HouseholdQuery.text("quispel"))
                    .total()).isEqualTo(1);
        }
        assertThat(filesContainingAny(dir, SURNAME, GIVEN, BSN, NOTE)).isEmpty();
    }

    @Test
    void theSameSearchFindsTheDataInAnUnencryptedStore(@TempDir Path dir) throws Exception {
        try (Database db = Database.openFile(dir)) {
            writeHousehold(db);
        }

        assertThat(Database.isEncrypted(dir)).isFalse();
        assertThat(filesContainingAny(dir, SURNAME, BSN)).isNotEmpty();
    }

    @Test
    void aWrongKeyGivesTheCredentialsMessage(@TempDir Path dir) {
        StoreKey key = StoreKey.generate();
        try (Database db = Database.openEncrypted(dir, key)) {
            writeHousehold(db);
        }

        assertThatThrownBy(() -> Database.openEncrypted(dir, StoreKey.generate()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.store.credentials"));
        // The right key still opens it afterwards (the failed attempt left no lock behind).
        try (Database db = Database.openEncrypted(dir, key)) {
            assertThat(StoreServices.households(db, TestClocks.fixed()).search(HouseholdQuery.text("quispel"))
                    .total()).isEqualTo(1);
        }
    }

    @Test
    void anEncryptedStoreIsNotOpenedWithoutItsKey(@TempDir Path dir) {
        try (Database ignored = Database.openEncrypted(dir, StoreKey.generate())) {
            assertThat(Database.exists(dir)).isTrue();
        }

        assertThatThrownBy(() -> Database.openFile(dir)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.store.encrypted"));
    }

    @Test
    void anUnencryptedStoreIsNotOpenedAsEncrypted(@TempDir Path dir) {
        try (Database ignored = Database.openFile(dir)) {
            assertThat(Database.exists(dir)).isTrue();
        }

        assertThatThrownBy(() -> Database.openEncrypted(dir, StoreKey.generate()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.store.notEncrypted"));
        try (Database db = Database.openFile(dir)) {
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("partner"))).isEqualTo(20);
        }
    }

    @Test
    void theStoreDoesNotDestroyTheCallersKey(@TempDir Path dir) {
        StoreKey key = StoreKey.generate();
        try (Database ignored = Database.openEncrypted(dir, key)) {
            assertThat(key.isDestroyed()).isFalse();
        }
        assertThat(key.isDestroyed()).isFalse();
    }
}
