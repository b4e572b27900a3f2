package nl.casustafel.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.NotFoundException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;

/** Small helpers shared by the jOOQ stores. */
public final class Rows {
    private Rows() {
    }

    /** The escape character used with {@link #escapeLike}. */
    public static final char LIKE_ESCAPE = '!';

    /** Text for a LIKE pattern in which %, _ and the escape character match only themselves. */
    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /**
     * Checks the outcome of an optimistic update ({@code ... WHERE id = ? AND version = ?}): one row is
     * fine, none means a colleague changed it (conflict) or removed it (not found).
     */
    public static void checkUpdated(int rows, boolean stillExists, String entityKey, long id) {
        checkUpdated(rows, stillExists, entityKey, id, "error.conflict");
    }

    /** As {@link #checkUpdated(int, boolean, String, long)}, with the message key of the conflict. */
    public static void checkUpdated(int rows, boolean stillExists, String entityKey, long id, String conflictKey) {
        if (rows == 1) {
            return;
        }
        if (!stillExists) {
            throw new NotFoundException(entityKey, id);
        }
        throw new ConflictException(conflictKey);
    }

    /** Rows per JDBC batch of {@link #batchInsert} and {@link #insertReturningIds}. */
    private static final int BATCH_ROWS = 1000;

    /**
     * Inserts the rows (values in the order of {@code fields}) with one prepared statement executed as JDBC
     * batches, in the current transaction: bulk loading of rows whose generated ids nobody needs (demo data).
     * jOOQ renders the statement; the values are bound by JDBC directly, which costs a fraction of binding them
     * through jOOQ when there are hundreds of thousands.
     */
    public static void batchInsert(DSLContext dsl, Table<?> table, List<? extends Field<?>> fields,
                                   List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batches(dsl, table, fields, rows, null);
        }
    }

    /**
     * As {@link #batchInsert}, returning the generated ids in the order of the rows. Identity values are handed
     * out in insertion order, so the ids returned, sorted, belong to the rows in order whatever order the driver
     * reports them in.
     */
    public static List<Long> insertReturningIds(DSLContext dsl, Table<?> table, TableField<?, Long> id,
                                                List<? extends Field<?>> fields, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = batches(dsl, table, fields, rows, id);
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("expected " + rows.size() + " generated ids, got " + ids.size());
        }
        return ids;
    }

    private static List<Long> batches(DSLContext dsl, Table<?> table, List<? extends Field<?>> fields,
                                      List<Object[]> rows, TableField<?, Long> id) {
        String sql = dsl.render(dsl.insertInto(table).columns(fields).values(new Object[fields.size()]));
        List<Long> ids = new ArrayList<>(id == null ? 0 : rows.size());
        dsl.connection(c -> {
            try (PreparedStatement insert = id == null ? c.prepareStatement(sql)
                    : c.prepareStatement(sql, new String[] {id.getName()})) {
                for (int from = 0; from < rows.size(); from += BATCH_ROWS) {
                    for (Object[] row : rows.subList(from, Math.min(rows.size(), from + BATCH_ROWS))) {
                        for (int k = 0; k < row.length; k++) {
                            insert.setObject(k + 1, row[k]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    if (id != null) {
                        List<Long> chunk = new ArrayList<>(BATCH_ROWS);
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            while (keys.next()) {
                                chunk.add(keys.getLong(1));
                            }
                        }
                        chunk.sort(null);
                        ids.addAll(chunk);
                    }
                }
            }
        });
        return ids;
    }
}
