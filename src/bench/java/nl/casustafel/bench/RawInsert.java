package nl.casustafel.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.casustafel.store.Database;

/**
 * The baseline of demo-insert: the rows the generator stored, inserted into a fresh store with the same schema by
 * the plainest fast program there is: one prepared statement per table, {@code addBatch} per row, a batch per
 * 1,000 rows and a commit per chunk of about 20,000 rows. Rows are read from the generated store a key range at a
 * time in the order the generator wrote them, between the timed inserts; only the inserts and commits are timed.
 * (Not one lazy query per table: H2 2.4.240 lost track of a chunk under a long lazy read while its background
 * writer compacted the file, "Chunk 628 not found".)
 */
final class RawInsert {
    private static final int BATCH = 1000;
    /** Per table: the key column its reading ranges go over, the order, and the keys per range (~20,000 rows). */
    private record Ranges(String key, String order, int step) {
    }

    private static final Map<String, Ranges> RANGES = Map.of(
            "INCIDENT_PERSON", new Ranges("INCIDENT_ID", "INCIDENT_ID, PERSON_ID", 8000),
            "HOUSEHOLD_SEARCH_TOKEN", new Ranges("HOUSEHOLD_ID", "HOUSEHOLD_ID, TOKEN", 500));
    private static final Ranges BY_ID = new Ranges("ID", "ID", 20_000);

    private RawInsert() {
    }

    static BenchStores.Load copy(Path source, Path target) throws SQLException {
        return copy(source, target, Integer.MAX_VALUE);
    }

    /**
     * Which rows of each table belong to the first households: {@code :h} is the last household id copied,
     * {@code :p} the last person id of their members, {@code :i} the last incident id of theirs (the generator
     * writes household after household, so their persons and incidents come first).
     */
    private static final Map<String, String> BELONGS = Map.of(
            "HOUSEHOLD", "ID <= :h",
            "PERSON", "ID <= :p",
            "MEMBERSHIP", "HOUSEHOLD_ID <= :h",
            "RELATION", "PERSON_A_ID <= :p AND PERSON_B_ID <= :p",
            "INCIDENT", "HOUSEHOLD_ID <= :h",
            "INCIDENT_PERSON", "INCIDENT_ID <= :i AND PERSON_ID <= :p",
            "INVOLVEMENT", "HOUSEHOLD_ID <= :h",
            "HOUSEHOLD_STATUS_CHANGE", "HOUSEHOLD_ID <= :h",
            "HOUSEHOLD_SEARCH_TOKEN", "HOUSEHOLD_ID <= :h");

    /**
     * As {@link #copy(Path, Path)}, but only the rows of the first {@code households} households (by id) and of
     * their members and incidents: a smaller copy that keeps every reference intact.
     */
    static BenchStores.Load copy(Path source, Path target, int households) throws SQLException {
        BenchStores.delete(target);
        Database.openFile(target).close(); // the schema, by the migrations
        long nanos = 0;
        long rows = 0;
        try (Connection from = DriverManager.getConnection(BenchStores.url(source), "casustafel", "");
             Connection to = DriverManager.getConnection(BenchStores.url(target), "casustafel", "")) {
            to.setAutoCommit(false);
            long lastHousehold = single(from, "SELECT MAX(ID) FROM (SELECT ID FROM HOUSEHOLD ORDER BY ID LIMIT "
                    + households + ")");
            long lastPerson = single(from, "SELECT MAX(PERSON_ID) FROM MEMBERSHIP WHERE HOUSEHOLD_ID <= "
                    + lastHousehold);
            long lastIncident = single(from, "SELECT MAX(ID) FROM INCIDENT WHERE HOUSEHOLD_ID <= "
                    + lastHousehold);
            for (String table : BenchStores.TABLES) {
                String belongs = BELONGS.get(table).replace(":h", Long.toString(lastHousehold))
                        .replace(":p", Long.toString(lastPerson)).replace(":i", Long.toString(lastIncident));
                Ranges ranges = RANGES.getOrDefault(table, BY_ID);
                List<String> columns = new ArrayList<>();
                long max;
                try (Statement s = from.createStatement()) {
                    try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                        for (int c = 1; c <= r.getMetaData().getColumnCount(); c++) {
                            columns.add(r.getMetaData().getColumnName(c));
                        }
                    }
                    try (ResultSet r = s.executeQuery("SELECT MAX(" + ranges.key() + ") FROM " + table + " WHERE "
                            + belongs)) {
                        r.next();
                        max = r.getLong(1);
                    }
                }
                String names = String.join(", ", columns);
                String insert = "INSERT INTO " + table + " (" + names + ") VALUES ("
                        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
                try (PreparedStatement read = from.prepareStatement("SELECT " + names + " FROM " + table + " WHERE "
                        + ranges.key() + " >= ? AND " + ranges.key() + " < ? AND " + belongs + " ORDER BY "
                        + ranges.order());
                     PreparedStatement write = to.prepareStatement(insert)) {
                    for (long low = 0; low <= max; low += ranges.step()) {
                        read.setLong(1, low);
                        read.setLong(2, low + ranges.step());
                        List<Object[]> chunk = new ArrayList<>();
                        try (ResultSet r = read.executeQuery()) {
                            while (r.next()) {
                                Object[] row = new Object[columns.size()];
                                for (int c = 0; c < row.length; c++) {
                                    row[c] = r.getObject(c + 1);
                                }
                                chunk.add(row);
                            }
                        }
                        long start = System.nanoTime();
                        for (int i = 0; i < chunk.size(); i++) {
                            Object[] row = chunk.get(i);
                            for (int c = 0; c < row.length; c++) {
                                write.setObject(c + 1, row[c]);
                            }
                            write.addBatch();
                            if ((i + 1) % BATCH == 0 || i == chunk.size() - 1) {
                                write.executeBatch();
                            }
                        }
                        to.commit();
                        nanos += System.nanoTime() - start;
                        rows += chunk.size();
                    }
                }
            }
        }
        return new BenchStores.Load(rows, nanos / 1e9);
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
