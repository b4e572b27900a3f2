package nl.casustafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import nl.casustafel.domain.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key slots: any account opens the store, a removed one cannot, password changes touch one slot only. */
class KeySlotsTest {
    private static final Argon2Params COST = Argon2Params.OWASP_MINIMUM;
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    private KeySlots twoAccounts() {
        KeySlots slots = KeySlots.in(dir);
        StoreKey key = slots.create("anna", pw("Anna's wachtwoord 1"), COST);
        slots.addSlot(key, "bert", pw("bert-heeft-een-ander"));
        return slots;
    }

    private ObjectNode slot(ObjectNode file, String user) {
        for (var node : file.get("slots")) {
            if (node.get("user").asText().equals(user)) {
                return (ObjectNode) node;
            }
        }
        throw new AssertionError("no slot " + user);
    }

    private ObjectNode readJson() throws Exception {
        return (ObjectNode) JSON.readTree(Files.readAllBytes(dir.resolve(KeySlots.FILE_NAME)));
    }

    private void writeJson(ObjectNode file) throws Exception {
        Files.write(dir.resolve(KeySlots.FILE_NAME), JSON.writeValueAsBytes(file));
    }

    private static void assertWrongPassword(Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(WrongPasswordException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.login.failed"));
    }

    @Test
    void eitherOfTwoAccountsUnlocksTheSameStoreKey() {
        KeySlots slots = KeySlots.in(dir);
        StoreKey created = slots.create("anna", pw("Anna's wachtwoord 1"), COST);
        slots.addSlot(created, "Bert ", pw("bert-heeft-een-ander"));

        StoreKey viaAnna = KeySlots.in(dir).unlock("anna", pw("Anna's wachtwoord 1"));
        StoreKey viaBert = KeySlots.in(dir).unlock("BERT", pw("bert-heeft-een-ander"));

        assertThat(viaAnna.sameAs(created)).isTrue();
        assertThat(viaBert.sameAs(created)).isTrue();
        assertThat(slots.users()).containsExactly("anna", "bert");
    }

    @Test
    void aWrongPasswordAnUnknownUserAndAnInvalidNameGiveTheSameDomainException() {
        KeySlots slots = twoAccounts();

        assertWrongPassword(() -> slots.unlock("anna", pw("bert-heeft-een-ander")));
        assertWrongPassword(() -> slots.unlock("anna", pw("")));
        assertWrongPassword(() -> slots.unlock("carla", pw("Anna's wachtwoord 1")));
        assertWrongPassword(() -> slots.unlock("Anna's wachtwoord 1", pw("x")));
    }

    @Test
    void aRemovedAccountCannotUnlockAndTheOtherStillCan() {
        KeySlots slots = twoAccounts();
        slots.removeSlot("bert");

        assertWrongPassword(() -> slots.unlock("bert", pw("bert-heeft-een-ander")));
        assertThat(slots.unlock("anna", pw("Anna's wachtwoord 1"))).isNotNull();
        assertThat(slots.users()).containsExactly("anna");
        assertThatThrownBy(() -> slots.removeSlot("anna")).isInstanceOfSatisfying(KeySlotsException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.keyslots.lastSlot"));
    }

    @Test
    void aPasswordChangeRewrapsOnlyThatSlot() throws Exception {
        KeySlots slots = twoAccounts();
        StoreKey before = slots.unlock("bert", pw("bert-heeft-een-ander"));
        String annaBefore = JSON.writeValueAsString(slot(readJson(), "anna"));
        String bertBefore = JSON.writeValueAsString(slot(readJson(), "bert"));

        slots.changePassword("bert", pw("bert-heeft-een-ander"), pw("Nieuw en lang genoeg"));

        assertThat(JSON.writeValueAsString(slot(readJson(), "anna"))).isEqualTo(annaBefore);
        assertThat(JSON.writeValueAsString(slot(readJson(), "bert"))).isNotEqualTo(bertBefore);
        assertWrongPassword(() -> slots.unlock("bert", pw("bert-heeft-een-ander")));
        assertThat(slots.unlock("bert", pw("Nieuw en lang genoeg")).sameAs(before)).isTrue();
        assertThat(slots.unlock("anna", pw("Anna's wachtwoord 1")).sameAs(before)).isTrue();
    }

    @Test
    void aPasswordChangeNeedsTheOldPassword() {
        KeySlots slots = twoAccounts();

        assertWrongPassword(() -> slots.changePassword("bert", pw("geraden"), pw("overgenomen")));
        assertThat(slots.unlock("bert", pw("bert-heeft-een-ander"))).isNotNull();
    }

    @Test
    void anAdministratorResetsAPasswordWithTheUnlockedKey() {
        KeySlots slots = twoAccounts();
        StoreKey key = slots.unlock("anna", pw("Anna's wachtwoord 1"));

        slots.resetPassword(key, "bert", pw("tijdelijk wachtwoord"));

        assertWrongPassword(() -> slots.unlock("bert", pw("bert-heeft-een-ander")));
        assertThat(slots.unlock("bert", pw("tijdelijk wachtwoord")).sameAs(key)).isTrue();
    }

    @Test
    void aSlotIsNeverAddedWithAKeyOfAnotherStore(@TempDir Path other) {
        KeySlots slots = twoAccounts();
        StoreKey foreign = KeySlots.in(other).create("zed", pw("ander archief"), COST);

        assertThatThrownBy(() -> slots.addSlot(foreign, "carla", pw("carla")))
                .isInstanceOfSatisfying(KeySlotsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.keyslots.wrongKey"));
        assertThatThrownBy(() -> slots.addSlot(slots.unlock("anna", pw("Anna's wachtwoord 1")), "bert", pw("x")))
                .isInstanceOfSatisfying(KeySlotsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.keyslots.exists"));
    }

    @Test
    void aFlippedByteInAWrappedKeyIsRefused() throws Exception {
        KeySlots slots = twoAccounts();
        ObjectNode file = readJson();
        ObjectNode anna = slot(file, "anna");
        byte[] wrapped = Base64.getDecoder().decode(anna.get("wrappedKey").asText());
        wrapped[5] ^= 0x01;
        anna.put("wrappedKey", Base64.getEncoder().encodeToString(wrapped));
        writeJson(file);

        assertWrongPassword(() -> slots.unlock("anna", pw("Anna's wachtwoord 1")));
        assertThat(slots.unlock("bert", pw("bert-heeft-een-ander"))).isNotNull();
    }

    @Test
    void aSlotMovedToAnotherUserNameIsRefused() throws Exception {
        KeySlots slots = twoAccounts();
        ObjectNode file = readJson();
        // The attacker knows Anna's password and wants to log in as Carla (different role): rename the slot.
        slot(file, "anna").put("user", "carla");
        writeJson(file);

        assertWrongPassword(() -> slots.unlock("carla", pw("Anna's wachtwoord 1")));
        assertWrongPassword(() -> slots.unlock("anna", pw("Anna's wachtwoord 1")));
    }

    @Test
    void aSlotCopiedFromAnotherStoreIsRefused(@TempDir Path other) throws Exception {
        twoAccounts();
        KeySlots.in(other).create("anna", pw("Anna's wachtwoord 1"), COST);
        ObjectNode mine = readJson();
        ObjectNode theirs = (ObjectNode) JSON.readTree(Files.readAllBytes(other.resolve(KeySlots.FILE_NAME)));
        ArrayNode list = (ArrayNode) mine.get("slots");
        list.set(0, slot(theirs, "anna"));
        writeJson(mine);

        assertWrongPassword(() -> KeySlots.in(dir).unlock("anna", pw("Anna's wachtwoord 1")));
    }

    @Test
    void aDamagedOrMissingFileGivesAClearMessage() throws Exception {
        KeySlots slots = twoAccounts();
        Files.writeString(dir.resolve(KeySlots.FILE_NAME), "{\"format\":\"casustafel-keyslots\",\"version\":1,\"slots\":[");
        assertThatThrownBy(() -> slots.unlock("anna", pw("x"))).isInstanceOfSatisfying(KeySlotsException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.keyslots.corrupted"));

        Files.delete(dir.resolve(KeySlots.FILE_NAME));
        assertThatThrownBy(() -> slots.unlock("anna", pw("x"))).isInstanceOfSatisfying(KeySlotsException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.keyslots.missing"));
    }

    @Test
    void aNewerFormatAndAnAbsurdCostAreRefusedBeforeAnyDerivation() throws Exception {
        KeySlots slots = twoAccounts();
        ObjectNode file = readJson();
        ((ObjectNode) slot(file, "anna").get("kdf")).put("memoryKiB", 64 * 1024 * 1024);
        writeJson(file);
        assertThatThrownBy(() -> slots.unlock("anna", pw("x"))).isInstanceOfSatisfying(KeySlotsException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.keyslots.corrupted"));

        file.put("version", 2);
        writeJson(file);
        assertThatThrownBy(() -> slots.unlock("anna", pw("x"))).isInstanceOfSatisfying(KeySlotsException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.keyslots.version"));
    }

    @Test
    void theFileHoldsNeitherPasswordsNorTheKey() throws Exception {
        KeySlots slots = twoAccounts();
        StoreKey key = slots.unlock("anna", pw("Anna's wachtwoord 1"));
        slots.changePassword("bert", pw("bert-heeft-een-ander"), pw("Nieuw en lang genoeg"));
        byte[] raw = key.copyBytes();
        String text = Files.readString(dir.resolve(KeySlots.FILE_NAME), StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("Anna's wachtwoord 1", "bert-heeft-een-ander", "Nieuw en lang genoeg",
                HexFormat.of().formatHex(raw), HexFormat.of().withUpperCase().formatHex(raw),
                Base64.getEncoder().encodeToString(raw), Base64.getUrlEncoder().encodeToString(raw),
                Base64.getEncoder().withoutPadding().encodeToString(raw));
        assertThat(indexOf(Files.readAllBytes(dir.resolve(KeySlots.FILE_NAME)), raw)).isEqualTo(-1);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void onlyTheOwnerMayReadTheFileAndNoTemporaryFileIsLeft() throws Exception {
        twoAccounts();
        Path file = dir.resolve(KeySlots.FILE_NAME);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(KeySlots.FILE_NAME, KeySlots.LOCK_FILE_NAME);
        }
    }

    @Test
    void aSlotBelowTheTargetIsRewrappedAtLoginAndStillOpens() throws Exception {
        KeySlots slots = KeySlots.in(dir);
        Argon2Params target = new Argon2Params(2 * 19456, 2, 1);
        StoreKey key = slots.create("anna", pw("Anna's wachtwoord 1"), target);
        // Simulate a slot made with an older, lower cost: rewrap it by hand at the OWASP minimum.
        KeySlots.Slots parsed = KeySlots.parse(Files.readAllBytes(slots.file()));
        byte[] bytes = key.copyBytes();
        var lowered = KeySlots.wrap(parsed.storeId(), "anna", bytes, pw("Anna's wachtwoord 1"),
                Argon2Params.OWASP_MINIMUM);
        Files.write(slots.file(), KeySlots.serialise(parsed.with("anna", lowered)));
        assertThat(slots.slotParams("anna")).contains(Argon2Params.OWASP_MINIMUM);

        StoreKey unlocked = slots.unlock("anna", pw("Anna's wachtwoord 1"));

        assertThat(unlocked.sameAs(key)).isTrue();
        assertThat(slots.slotParams("anna")).contains(target);
        assertThat(slots.unlock("anna", pw("Anna's wachtwoord 1")).sameAs(key)).isTrue();
    }

    @Test
    void aStoreIsCreatedOnceAndNeverBelowTheMinimum() {
        KeySlots slots = KeySlots.in(dir.resolve("nieuw"));
        assertThatThrownBy(() -> slots.create("anna", pw("x"), new Argon2Params(4096, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        slots.create("anna", pw("x"), COST);
        assertThatThrownBy(() -> slots.create("anna", pw("x"), COST)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.keyslots.alreadyCreated");
        assertThat(slots.target()).isEqualTo(COST);
        assertThat(List.copyOf(slots.users())).isEqualTo(List.of("anna"));
    }
}
