package nl.casustafel.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.NotFoundException;

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
}
