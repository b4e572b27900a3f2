package nl.casustafel.service.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.security.AuditAction;
import nl.casustafel.domain.security.AuditEvent;
import nl.casustafel.domain.security.AuditResult;
import nl.casustafel.domain.security.UserNames;
import nl.casustafel.security.KeySlots;
import nl.casustafel.security.LoginThrottle;
import nl.casustafel.security.StoreKey;
import nl.casustafel.security.WrongPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of an encrypted store: unlocks a key slot with the login slowdown, and keeps failed logins
 * until the store is open so that the audit trail gets them. Failures are kept in {@value #FILE_NAME} in the
 * data directory (time and, only for a name that has a key slot, the user name: what was typed into the name
 * field may be a password), so that separate command-line runs are slowed down too and their failures reach
 * the trail at the next successful login.
 */
public final class LoginGate {
    public static final String FILE_NAME = "failed-logins.txt";
    private static final Logger LOG = LoggerFactory.getLogger(LoginGate.class);
    private final Path file;
    private final InstantSource clock;
    private final LoginThrottle throttle;

    public LoginGate(Path dataDirectory, InstantSource clock) {
        this.file = dataDirectory.resolve(FILE_NAME);
        this.clock = clock;
        this.throttle = new LoginThrottle(clock);
        Instant recent = clock.instant().minus(LoginThrottle.FORGET_AFTER);
        for (Failure f : read()) {
            if (f.time().isAfter(recent)) {
                throttle.recordFailure(f.userName() == null ? "" : f.userName());
            }
        }
    }

    public LoginThrottle throttle() {
        return throttle;
    }

    /**
     * The store key when the password opens the user's slot. Too many recent failures give
     * {@code LoginThrottledException}; a wrong name or password gives {@link WrongPasswordException}, recorded.
     */
    public StoreKey unlock(KeySlots slots, String userName, char[] password) {
        String name = UserNames.isValid(userName) ? UserNames.normalise(userName) : "";
        throttle.checkAllowed(name);
        try {
            StoreKey key = slots.unlock(name, password);
            throttle.recordSuccess(name);
            return key;
        } catch (WrongPasswordException e) {
            throttle.recordFailure(name);
            append(new Failure(clock.instant(), slots.users().contains(name) ? name : null));
            throw e;
        }
    }

    /**
     * The kept failures as audit events, to append once the store is open; {@link #clear()} removes them from
     * the file once they are in the audit trail.
     */
    public List<AuditEvent> drain(String workstation) {
        List<AuditEvent> events = new ArrayList<>();
        for (Failure f : read()) {
            events.add(new AuditEvent(f.userName(), null, AuditAction.LOGIN_FAILED, "account", null,
                    AuditResult.FAILURE, workstation, "om " + f.time()));
        }
        return events;
    }

    /** Removes the kept failures (they are in the audit trail now). */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove the failed-login file ({})", e.getClass().getSimpleName());
        }
    }

    private record Failure(Instant time, String userName) {
    }

    private List<Failure> read() {
        List<Failure> failures = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return failures;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", -1);
                try {
                    String name = parts.length > 1 && UserNames.isValid(parts[1]) ? parts[1] : null;
                    failures.add(new Failure(Instant.parse(parts[0]), name));
                } catch (RuntimeException ignored) {
                    // A damaged line: skipped (the file is advisory; the key slots decide).
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not read the failed-login file ({})", e.getClass().getSimpleName());
        }
        return failures;
    }

    private void append(Failure f) {
        String line = f.time() + "\t" + (f.userName() == null ? "" : f.userName()) + "\n";
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Only the owner reads it, like the key slots.
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Could not record a failed login ({})", e.getClass().getSimpleName());
        }
    }
}
