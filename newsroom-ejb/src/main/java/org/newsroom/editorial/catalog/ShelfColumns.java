package org.newsroom.editorial.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Column values of native shelf queries, which JDBC drivers hand back in their own types. */
public final class ShelfColumns {

    private ShelfColumns() {
    }

    /** A {@code timestamp with time zone}: H2 gives an OffsetDateTime, PostgreSQL's driver a Timestamp. */
    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (column instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Not a point in time: " + column.getClass().getName());
    }
}
