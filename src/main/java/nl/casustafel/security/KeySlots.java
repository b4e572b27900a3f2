package nl.casustafel.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.casustafel.domain.security.UserNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key slots of an encrypted store: {@value #FILE_NAME} in the data directory, next to (not inside) the
 * database, because it must be read before the database can be opened.
 * <p>
 * Each slot holds the store key wrapped with AES-256-GCM under a key derived from one account's password with
 * Argon2id (fresh 16-byte salt and random 96-bit nonce per wrap). The associated data binds a slot to the format
 * version, this store's id and the user name, so a slot cannot be moved to another name or another store. Any
 * account's password thus opens the store, a removed slot opens nothing, and a password change rewraps one slot.
 * The file also holds the Argon2id cost new slots get (calibrated when the store was created) and a key check
 * (HMAC of the store id under the store key) so that a slot is never added with a key of another store.
 * <p>
 * Every change is read-modify-write under a lock (this JVM and a file lock on {@value #LOCK_FILE_NAME}), written
 * to a temporary file in the same directory, forced to disk and moved over the old file atomically; on POSIX
 * systems only the owner may read it. The file holds no password and no key in clear.
 */
public final class KeySlots {
    public static final String FILE_NAME = "keyslots.json";
    public static final String LOCK_FILE_NAME = "keyslots.lock";
    static final String FORMAT = "casustafel-keyslots";
    static final int VERSION = 1;
    static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final int WRAPPED_LENGTH = StoreKey.LENGTH + TAG_BITS / 8;
    private static final Logger LOG = LoggerFactory.getLogger(KeySlots.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Path file;
    private final Path lockFile;

    private KeySlots(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.file = this.directory.resolve(FILE_NAME);
        this.lockFile = this.directory.resolve(LOCK_FILE_NAME);
    }

    /** The key slots of the store in this data directory (nothing is read yet). */
    public static KeySlots in(Path dataDirectory) {
        return new KeySlots(dataDirectory);
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /**
     * Creates the key-slot file of a new store: a new random store key and the first slot, for the first
     * account. {@code target} is the Argon2id cost of this and every later slot (see
     * {@link PasswordKdf#calibrate}); it must be at least {@link Argon2Params#OWASP_MINIMUM}.
     */
    public StoreKey create(String userName, char[] password, Argon2Params target) {
        String user = UserNames.require(userName);
        if (!target.isAtLeast(Argon2Params.OWASP_MINIMUM)) {
            throw new IllegalArgumentException("below the OWASP minimum: " + target);
        }
        createDirectory();
        return locked(() -> {
            if (exists()) {
                throw new KeySlotsException("error.keyslots.alreadyCreated");
            }
            StoreKey key = StoreKey.generate();
            byte[] bytes = key.copyBytes();
            try {
                String storeId = UUID.randomUUID().toString();
                Map<String, Slot> slots = new LinkedHashMap<>();
                slots.put(user, wrap(storeId, user, bytes, password, target));
                write(new Slots(storeId, target, keyCheck(bytes, storeId), slots));
                return key;
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        });
    }

    /**
     * The store key, when the password opens this user's slot. When the slot was made with a lower cost than the
     * file's target, it is rewrapped with the higher cost before returning (rehash on login).
     *
     * @throws WrongPasswordException for an unknown user, a wrong password or a damaged slot alike
     */
    public StoreKey unlock(String userName, char[] password) {
        String user = UserNames.isValid(userName) ? UserNames.normalise(userName) : null;
        return locked(() -> {
            Slots slots = read();
            Slot slot = user == null ? null : slots.slots().get(user);
            if (slot == null) {
                // As slow as a real attempt, so that timing does not tell which user names exist.
                Arrays.fill(PasswordKdf.derive(password, PasswordKdf.newSalt(), slots.effectiveTarget()), (byte) 0);
                throw new WrongPasswordException();
            }
            byte[] bytes = unwrap(slots.storeId(), slot, password);
            if (bytes == null) {
                throw new WrongPasswordException();
            }
            try {
                if (!MessageDigest.isEqual(keyCheck(bytes, slots.storeId()), slots.keyCheck())) {
                    throw new KeySlotsException("error.keyslots.corrupted");
                }
                Argon2Params target = slots.effectiveTarget();
                if (PasswordKdf.needsRehash(slot.params(), target)) {
                    rehash(slots, user, bytes, password, target.raisedTo(slot.params()));
                }
                return StoreKey.of(bytes);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        });
    }

    private void rehash(Slots slots, String user, byte[] key, char[] password, Argon2Params params) {
        try {
            write(slots.with(user, wrap(slots.storeId(), user, key, password, params)));
            LOG.info("Key slot rewrapped with {}", params);
        } catch (KeySlotsException e) {
            // The login itself is fine; the stronger wrap is tried again at the next login.
            LOG.warn("Key slot could not be rewrapped with a higher cost", e);
        }
    }

    /** Adds a slot for a new account; needs the unlocked key of this store. */
    public void addSlot(StoreKey key, String userName, char[] password) {
        String user = UserNames.require(userName);
        withKey(key, (slots, bytes) -> {
            if (slots.slots().containsKey(user)) {
                throw new KeySlotsException("error.keyslots.exists", user);
            }
            write(slots.with(user, wrap(slots.storeId(), user, bytes, password, slots.effectiveTarget())));
        });
    }

    /** Sets a new password for an account (an administrator's reset); needs the unlocked key of this store. */
    public void resetPassword(StoreKey key, String userName, char[] newPassword) {
        String user = UserNames.require(userName);
        withKey(key, (slots, bytes) -> {
            Slot old = requireSlot(slots, user);
            Argon2Params params = slots.effectiveTarget().raisedTo(old.params());
            write(slots.with(user, wrap(slots.storeId(), user, bytes, newPassword, params)));
        });
    }

    /** The user changes their own password: the old one must open the slot; only this slot is rewritten. */
    public void changePassword(String userName, char[] oldPassword, char[] newPassword) {
        String user = UserNames.isValid(userName) ? UserNames.normalise(userName) : null;
        locked(() -> {
            Slots slots = read();
            Slot slot = user == null ? null : slots.slots().get(user);
            byte[] bytes = slot == null ? null : unwrap(slots.storeId(), slot, oldPassword);
            if (bytes == null) {
                throw new WrongPasswordException();
            }
            try {
                Argon2Params params = slots.effectiveTarget().raisedTo(slot.params());
                write(slots.with(user, wrap(slots.storeId(), user, bytes, newPassword, params)));
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
            return null;
        });
    }

    /** Removes an account's slot: its password opens nothing any more. The last slot cannot be removed. */
    public void removeSlot(String userName) {
        String user = UserNames.require(userName);
        locked(() -> {
            Slots slots = read();
            requireSlot(slots, user);
            if (slots.slots().size() == 1) {
                throw new KeySlotsException("error.keyslots.lastSlot");
            }
            Map<String, Slot> rest = new LinkedHashMap<>(slots.slots());
            rest.remove(user);
            write(new Slots(slots.storeId(), slots.target(), slots.keyCheck(), rest));
            return null;
        });
    }

    /** The user names that have a slot, in the order they were added. */
    public List<String> users() {
        return locked(() -> List.copyOf(read().slots().keySet()));
    }

    /** The Argon2id cost of one user's slot. */
    public Optional<Argon2Params> slotParams(String userName) {
        String user = UserNames.normalise(userName);
        return locked(() -> Optional.ofNullable(read().slots().get(user)).map(Slot::params));
    }

    /** The store id this file belongs to (a random UUID; no personal data). */
    public String storeId() {
        return locked(() -> read().storeId());
    }

    /**
     * The file's bytes as they are now, read under the lock and checked to parse: what a backup carries so that
     * every account of that moment can open it (ADR 0013).
     */
    public byte[] snapshot() {
        return locked(() -> {
            try {
                byte[] bytes = Files.readAllBytes(file);
                parse(bytes);
                return bytes;
            } catch (NoSuchFileException e) {
                throw new KeySlotsException("error.keyslots.missing");
            } catch (IOException e) {
                throw new KeySlotsException("error.keyslots.io", e);
            }
        });
    }

    /** Whether {@code key} is the key of this file's store (its key check). */
    public boolean belongsTo(StoreKey key) {
        byte[] bytes = key.copyBytes();
        try {
            Slots slots = locked(this::read);
            return MessageDigest.isEqual(keyCheck(bytes, slots.storeId()), slots.keyCheck());
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The cost new and rehashed slots get: the file's target, never below the OWASP minimum. */
    public Argon2Params target() {
        return locked(() -> read().effectiveTarget());
    }

    private interface KeyWork {
        void run(Slots slots, byte[] key);
    }

    private void withKey(StoreKey key, KeyWork work) {
        byte[] bytes = key.copyBytes();
        try {
            locked(() -> {
                Slots slots = read();
                if (!MessageDigest.isEqual(keyCheck(bytes, slots.storeId()), slots.keyCheck())) {
                    throw new KeySlotsException("error.keyslots.wrongKey");
                }
                work.run(slots, bytes);
                return null;
            });
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static Slot requireSlot(Slots slots, String user) {
        Slot slot = slots.slots().get(user);
        if (slot == null) {
            throw new KeySlotsException("error.keyslots.unknown", user);
        }
        return slot;
    }

    // ---- cryptography ----

    static byte[] associatedData(String storeId, String user) {
        return (FORMAT + "/v" + VERSION + "/" + storeId + "/" + user).getBytes(StandardCharsets.UTF_8);
    }

    static Slot wrap(String storeId, String user, byte[] key, char[] password, Argon2Params params) {
        byte[] salt = PasswordKdf.newSalt();
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        byte[] kek = PasswordKdf.derive(password, salt, params);
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            gcm.updateAAD(associatedData(storeId, user));
            return new Slot(user, params, salt, nonce, gcm.doFinal(key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The unwrapped key bytes (the caller wipes them), or null when the password or the slot is wrong. */
    private static byte[] unwrap(String storeId, Slot slot, char[] password) {
        byte[] kek = PasswordKdf.derive(password, slot.salt(), slot.params());
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, slot.nonce()));
            gcm.updateAAD(associatedData(storeId, slot.user()));
            byte[] key = gcm.doFinal(slot.wrappedKey());
            if (key.length != StoreKey.LENGTH) {
                Arrays.fill(key, (byte) 0);
                return null;
            }
            return key;
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    static byte[] keyCheck(byte[] key, String storeId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((FORMAT + "/key-check/" + storeId).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    // ---- the file ----

    record Slot(String user, Argon2Params params, byte[] salt, byte[] nonce, byte[] wrappedKey) {
    }

    record Slots(String storeId, Argon2Params target, byte[] keyCheck, Map<String, Slot> slots) {
        Slots with(String user, Slot slot) {
            Map<String, Slot> copy = new LinkedHashMap<>(slots);
            copy.put(user, slot);
            return new Slots(storeId, target, keyCheck, copy);
        }

        Argon2Params effectiveTarget() {
            return target.raisedTo(Argon2Params.OWASP_MINIMUM);
        }
    }

    /** The JSON form (field order as declared). */
    record FileModel(String format, int version, String storeId, CostModel kdf, String keyCheck,
                     List<SlotModel> slots) {
    }

    record CostModel(int memoryKiB, int iterations, int parallelism) {
        static CostModel of(Argon2Params p) {
            return new CostModel(p.memoryKiB(), p.iterations(), p.parallelism());
        }

        Argon2Params params() {
            return new Argon2Params(memoryKiB, iterations, parallelism);
        }
    }

    record SlotModel(String user, CostModel kdf, String salt, String nonce, String wrappedKey) {
    }

    private Slots read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeySlotsException("error.keyslots.missing");
        } catch (IOException e) {
            throw new KeySlotsException("error.keyslots.io", e);
        }
        return parse(bytes);
    }

    static Slots parse(byte[] bytes) {
        try {
            JsonNode tree = JSON.readTree(bytes);
            if (tree == null || !FORMAT.equals(tree.path("format").asText())) {
                throw corrupted(null);
            }
            if (tree.path("version").asInt() > VERSION) {
                throw new KeySlotsException("error.keyslots.version");
            }
            FileModel model = JSON.treeToValue(tree, FileModel.class);
            if (model.version() != VERSION || model.kdf() == null || model.slots() == null) {
                throw corrupted(null);
            }
            String storeId = UUID.fromString(model.storeId()).toString();
            byte[] keyCheck = decode(model.keyCheck(), 32);
            Map<String, Slot> slots = new LinkedHashMap<>();
            for (SlotModel s : model.slots()) {
                if (s == null || s.kdf() == null || !UserNames.isValid(s.user())
                        || !s.user().equals(UserNames.normalise(s.user())) || slots.containsKey(s.user())) {
                    throw corrupted(null);
                }
                slots.put(s.user(), new Slot(s.user(), s.kdf().params(), decode(s.salt(), PasswordKdf.SALT_LENGTH),
                        decode(s.nonce(), NONCE_LENGTH), decode(s.wrappedKey(), WRAPPED_LENGTH)));
            }
            if (slots.isEmpty()) {
                throw corrupted(null);
            }
            return new Slots(storeId, model.kdf().params(), keyCheck, slots);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw corrupted(e);
        }
    }

    private static KeySlotsException corrupted(Exception cause) {
        return new KeySlotsException("error.keyslots.corrupted", cause);
    }

    private static byte[] decode(String base64, int length) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != length) {
            throw new IllegalArgumentException("wrong length");
        }
        return bytes;
    }

    static byte[] serialise(Slots slots) {
        Base64.Encoder b64 = Base64.getEncoder();
        List<SlotModel> list = new ArrayList<>();
        for (Slot s : slots.slots().values()) {
            list.add(new SlotModel(s.user(), CostModel.of(s.params()), b64.encodeToString(s.salt()),
                    b64.encodeToString(s.nonce()), b64.encodeToString(s.wrappedKey())));
        }
        FileModel model = new FileModel(FORMAT, VERSION, slots.storeId(), CostModel.of(slots.target()),
                b64.encodeToString(slots.keyCheck()), list);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(Slots slots) {
        byte[] bytes = serialise(slots);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "keyslots-", ".tmp", ownerOnly());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new KeySlotsException("error.keyslots.io", e);
            }
            temporary = null;
            forceDirectory();
        } catch (IOException e) {
            throw new KeySlotsException("error.keyslots.io", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.warn("Temporary key-slot file not removed", e);
                }
            }
        }
    }

    /** The rename itself is on disk only once the directory is (POSIX); Windows cannot open a directory. */
    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported on this platform: the move is still atomic.
        }
    }

    private FileAttribute<?>[] ownerOnly() {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    private void createDirectory() {
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
                }
            }
        } catch (IOException e) {
            throw new KeySlotsException("error.keyslots.io", e);
        }
    }

    /** Runs work under this JVM's lock for the file and the operating system's lock of the lock file. */
    private <T> T locked(Supplier<T> work) {
        Object monitor = JVM_LOCKS.computeIfAbsent(lockFile, p -> new Object());
        synchronized (monitor) {
            if (!Files.isDirectory(directory)) {
                throw new KeySlotsException("error.keyslots.missing");
            }
            try (FileChannel channel = FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE), ownerOnly()); FileLock ignored = channel.lock()) {
                return work.get();
            } catch (IOException e) {
                throw new KeySlotsException("error.keyslots.io", e);
            }
        }
    }
}
