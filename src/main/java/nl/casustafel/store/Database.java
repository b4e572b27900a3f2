package nl.casustafel.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.Supplier;
import nl.casustafel.security.StoreKey;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 store: one file under the data directory, migrated by Flyway on open, used through jOOQ.
 * Every committed use case is checkpointed to disk so that an acknowledged change survives a kill -9; the file
 * is locked so that a second process gets a clear "in use" message instead of a corrupted store.
 * <p>
 * {@link #openEncrypted} opens the file with H2's {@code CIPHER=AES} under a random 256-bit store key (ADR 0009);
 * {@link #openFile} opens an unencrypted file and refuses an encrypted one, and the other way round.
 */
public final class Database implements Transactor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** H2's error code for "Database may be already in use". */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
    /** H2's "Encryption error in file": the file key does not decrypt the file. */
    private static final int H2_FILE_ENCRYPTION_ERROR = 90049;
    public static final String FILE_NAME = "casustafel";
    private static final String USER = "casustafel";
    /**
     * The H2 user's password of an encrypted store. It guards nothing the file key does not already guard (whoever
     * has the key can read the file without H2's user check), but H2 wants "filePassword userPassword".
     */
    private static final String ENCRYPTED_USER_PASSWORD = "casustafel-store";
    /** How an encrypted H2 file starts (org.h2.store.fs.encrypt.FileEncrypt); an unencrypted one starts "H:2,". */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * The version of the newest migration in {@code db/migration} (a test keeps the two equal). A store whose
     * history ends with it, all migrations successful, opens without Flyway: scanning and validating the
     * migrations, and loading Flyway at all, was a fifth of opening a store at start-up (ADR 0015). Any other
     * store (new, older, a failed migration) is migrated and validated by Flyway as before.
     */
    public static final int SCHEMA_VERSION = 7;
    private final JdbcConnectionPool pool;
    /** H2's password characters of an encrypted store (they hold the file key in hex); wiped on close. */
    private final char[] secret;
    private final DSLContext dsl;
    private final String description;
    /** File stores write every committed use case to disk before returning (see ADR 0002). */
    private final boolean durable;
    /** Nesting depth of {@link #inTransaction} on this thread: only the outermost commit is checkpointed. */
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    private Database(String url, String description, boolean durable) {
        this(url, description, durable, new char[0]);
    }

    private Database(String url, String description, boolean durable, char[] password) {
        this.description = description;
        this.durable = durable;
        this.secret = password;
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(USER);
        // As chars, not a String, so that the key can be wiped on close; H2 copies it per connection.
        source.setPasswordChars(password);
        this.pool = JdbcConnectionPool.create(source);
        this.pool.setMaxConnections(8);
        try {
            // Open one connection first so that an in-use or damaged store fails here, with a clear message.
            boolean current;
            try (Connection connection = pool.getConnection()) {
                LOG.info("Opened store {}", description);
                current = schemaIsCurrent(connection);
            }
            if (!current) {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            }
        } catch (SQLException e) {
            dispose();
            throw translate(e);
        } catch (FlywayException e) {
            dispose();
            if (e.getCause() instanceof SQLException sql) {
                throw translate(sql);
            }
            throw new StoreException("error.store.migration", e);
        }
        Settings settings = new Settings()
                .withRenderSchema(false)
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false);
        DataSourceConnectionProvider connections = new DataSourceConnectionProvider(pool);
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.H2);
        configuration.set(settings);
        configuration.set(connections);
        configuration.set(new ThreadLocalTransactionProvider(connections));
        this.dsl = DSL.using(configuration);
    }

    /**
     * Opens (creating and migrating when new) the unencrypted store in the given data directory. An encrypted
     * store is refused with {@code error.store.encrypted}: it opens only with its key ({@link #openEncrypted}).
     */
    public static Database openFile(Path dataDirectory) {
        createDirectory(dataDirectory);
        if (isEncrypted(dataDirectory)) {
            throw new StoreException("error.store.encrypted", null);
        }
        return new Database(fileUrl(dataDirectory), "file", true);
    }

    /**
     * Opens (creating and migrating when new) the encrypted store in the given data directory with its store
     * key (unwrapped from a key slot). H2 gets the key as a 64-character hex file password, never a human
     * password (pitfalls.md 6). A wrong key gives {@code error.store.credentials}; an existing unencrypted store
     * is refused with {@code error.store.notEncrypted} (it is converted by a migration tool, not silently).
     * The key stays the caller's: it is not destroyed here.
     */
    public static Database openEncrypted(Path dataDirectory, StoreKey key) {
        createDirectory(dataDirectory);
        if (exists(dataDirectory) && !isEncrypted(dataDirectory)) {
            throw new StoreException("error.store.notEncrypted", null);
        }
        char[] hex = key.toHexChars();
        char[] password = new char[hex.length + 1 + ENCRYPTED_USER_PASSWORD.length()];
        System.arraycopy(hex, 0, password, 0, hex.length);
        Arrays.fill(hex, '\0');
        password[64] = ' ';
        ENCRYPTED_USER_PASSWORD.getChars(0, ENCRYPTED_USER_PASSWORD.length(), password, 65);
        // CIPHER=AES: H2 encrypts every page of the file (XTS-AES); durability settings as openFile.
        return new Database(fileUrl(dataDirectory) + ";CIPHER=AES", "encrypted file", true, password);
    }

    private static void createDirectory(Path dataDirectory) {
        try {
            if (!Files.isDirectory(dataDirectory)) {
                Files.createDirectories(dataDirectory);
                // Only the owner may read the store and its logs (on POSIX systems; Windows inherits the
                // per-user ACL of %LOCALAPPDATA%).
                if (dataDirectory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
                }
            }
        } catch (Exception e) {
            throw new StoreException("error.store.directory", e, dataDirectory.toString());
        }
    }

    private static String fileUrl(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().resolve(FILE_NAME);
        // FILE_LOCK=FS: the operating system's file lock, released even when the process is killed.
        // MAX_COMPACT_TIME: a clean close may spend up to 3 s giving back the space of old versions.
        return "jdbc:h2:file:" + file + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=128;MAX_COMPACT_TIME=3000";
    }

    /**
     * Encrypts the unencrypted store in {@code dataDirectory} in place with the store key (the {@code encrypt}
     * command for stores made before encryption, ADR 0012): migrates it, gives its database user the password
     * encrypted stores use, closes it and rewrites every page with H2's CIPHER=AES under the key's hex. The store
     * must not be open. The caller keeps a copy of the plain file until this returned, and removes it then.
     */
    public static void encryptPlain(Path dataDirectory, StoreKey key) {
        if (!exists(dataDirectory) || isEncrypted(dataDirectory)) {
            throw new StoreException("error.store.notPlain", null);
        }
        try (Database plain = openFile(dataDirectory)) {
            plain.dsl().execute("ALTER USER " + USER + " SET PASSWORD '" + ENCRYPTED_USER_PASSWORD + "'");
        }
        char[] hex = key.toHexChars();
        try {
            org.h2.tools.ChangeFileEncryption.execute(dataDirectory.toAbsolutePath().toString(), FILE_NAME, "AES",
                    null, hex, true);
        } catch (SQLException e) {
            throw new StoreException("error.store.encrypt", null);
        } finally {
            Arrays.fill(hex, '\0');
        }
    }

    /** True when the store's migration history ends with {@link #SCHEMA_VERSION} and has no failed migration. */
    static boolean schemaIsCurrent(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet history = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
            if (!history.next()) {
                return false;
            }
        }
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet failed = statement.executeQuery(
                     "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
            failed.next();
            if (failed.getLong(1) > 0) {
                return false;
            }
        }
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet last = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return last.next() && Integer.toString(SCHEMA_VERSION).equals(last.getString(1));
        }
    }

    /** A private in-memory store (tests, benchmarks): same migrations, same SQL. */
    public static Database inMemory(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=128", "memory", false);
    }

    public static boolean exists(Path dataDirectory) {
        return Files.exists(storeFile(dataDirectory));
    }

    /** Whether the store file in this directory exists and is encrypted (read from its first bytes). */
    public static boolean isEncrypted(Path dataDirectory) {
        Path file = storeFile(dataDirectory);
        if (!Files.exists(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new StoreException("error.store.open", e);
        }
    }

    private static Path storeFile(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().resolve(FILE_NAME + ".mv.db");
    }

    private static StoreException translate(SQLException e) {
        int code = e.getErrorCode();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                code = s.getErrorCode();
                if (code == H2_DATABASE_ALREADY_OPEN || code == H2_FILE_CORRUPTED || code == H2_WRONG_USER_OR_PASSWORD
                        || code == H2_FILE_ENCRYPTION_ERROR) {
                    break;
                }
            }
        }
        return switch (code) {
            case H2_DATABASE_ALREADY_OPEN -> new StoreException("error.store.inUse", e);
            case H2_FILE_CORRUPTED -> new StoreException("error.store.corrupted", e);
            case H2_WRONG_USER_OR_PASSWORD, H2_FILE_ENCRYPTION_ERROR -> new StoreException("error.store.credentials", e);
            default -> new StoreException("error.store.open", e);
        };
    }

    /** The jOOQ context; inside {@link #inTransaction} it takes part in the current transaction. */
    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        boolean outermost = depth.get() == 0;
        depth.set(depth.get() + 1);
        T result;
        try {
            result = dsl.transactionResult(work::get);
        } catch (DataAccessException e) {
            throw withoutData(e);
        } finally {
            depth.set(depth.get() - 1);
        }
        if (outermost && durable) {
            // The commit is acknowledged only once it is on disk, so it survives a crash or kill -9. H2's
            // WRITE_DELAY=0 would do the same but also stops the background writer that compacts the file.
            try {
                dsl.execute("CHECKPOINT");
            } catch (DataAccessException e) {
                // The change is committed; H2 writes it with its next write. Do not tell the user it failed.
                LOG.warn("Checkpoint after commit failed (SQLState {})", e.sqlState());
            }
        }
        return result;
    }

    /**
     * A database failure as the user and the log may see it: the database's own message can quote the
     * values of the statement (names, BSNs, notes), so only SQLState and error code are kept, and the
     * original exception is dropped. Nothing was committed: the transaction was rolled back.
     */
    private static StoreException withoutData(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        int code = sql == null ? 0 : sql.getErrorCode();
        LOG.error("Database failure, transaction rolled back: SQLState {}, error code {}, {}", e.sqlState(), code,
                e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName());
        return new StoreException("error.store.write", null, e.sqlState(), code);
    }

    @Override
    public void close() {
        try {
            Connection c = pool.getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            // The connection is closed by SHUTDOWN; closing it again would only report that.
        } catch (SQLException e) {
            LOG.warn("Store did not shut down cleanly ({})", e.getErrorCode());
        } finally {
            dispose();
            LOG.info("Closed store {}", description);
        }
    }

    private void dispose() {
        pool.dispose();
        Arrays.fill(secret, '\0');
    }
}
