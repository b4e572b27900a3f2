package nl.casustafel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose migration history ends with {@link Database#SCHEMA_VERSION} opens without Flyway (ADR 0015); every
 * other store is migrated as before. These tests keep the constant honest and show both ways through the open.
 */
class SchemaVersionTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void theConstantIsTheNewestMigration() throws IOException {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION)
                .as("Database.SCHEMA_VERSION must name the newest migration, or stores would open unmigrated")
                .isEqualTo(newest);
    }

    @Test
    void anOlderStoreIsMigratedOnOpenAndThenCountsAsCurrent(@TempDir Path dir) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve(Database.FILE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "casustafel", "").locations("classpath:db/migration").target("6")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url, "casustafel", "")) {
            assertThat(Database.schemaIsCurrent(c)).isFalse();
        }

        try (Database db = Database.openFile(dir)) {
            // V7 made this index: the open ran the missing migration.
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("INFORMATION_SCHEMA.INDEXES")
                    .where("INDEX_NAME = 'IX_SEARCH_TOKEN_HOUSEHOLD_TOKEN'"))).isEqualTo(1);
            assertThat(db.dsl().connectionResult(Database::schemaIsCurrent)).isTrue();
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsNotCurrent(@TempDir Path dir) throws SQLException {
        try (Database db = Database.openFile(dir)) {
            assertThat(db.dsl().connectionResult(Database::schemaIsCurrent)).isTrue();
            db.dsl().execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");
            assertThat(db.dsl().connectionResult(Database::schemaIsCurrent)).isFalse();
        }
    }

    @Test
    void aCurrentStoreOpensWithoutFlywayWhileAnOlderOneIsValidated(@TempDir Path dir) {
        // An applied migration's checksum no longer matches its file. Flyway's validation refuses that store; a
        // current store does not reach Flyway at all (ADR 0015, the price of skipping it), an older one does.
        try (Database db = Database.openFile(dir)) {
            db.dsl().execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '2'");
        }
        try (Database db = Database.openFile(dir)) {
            assertThat(db.dsl().connectionResult(Database::schemaIsCurrent)).isTrue();
            // Now one migration behind: the open goes through Flyway, which finds the changed checksum.
            db.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '7'");
        }
        assertThatThrownBy(() -> Database.openFile(dir).close()).isInstanceOf(StoreException.class);
    }

    @Test
    void anEmptyStoreIsNotCurrent() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schema-version-empty", "sa", "")) {
            assertThat(Database.schemaIsCurrent(c)).isFalse();
        }
    }
}
