package org.lmsexchange.lms;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Converts between JDBC values and instants. Times are stored and compared in UTC: a TIMESTAMP WITH TIME ZONE
 * comes back as an OffsetDateTime, a plain TIMESTAMP is read as UTC wall time, never as the JVM's zone.
 */
public final class SqlValues {

    private SqlValues() {
    }

    /** An instant from whatever the JDBC driver returned for a time column; null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a time value: " + value.getClass().getName());
    }

    /** An instant as a SQL parameter for a TIMESTAMP WITH TIME ZONE column. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The time {@code seconds} ago, as a SQL parameter (e.g. the age beyond which a claim is stale). */
    public static OffsetDateTime secondsAgo(long seconds) {
        return utc(Instant.now().minusSeconds(seconds));
    }

    /** The current time as a SQL parameter. */
    public static OffsetDateTime now() {
        return utc(Instant.now());
    }
}
