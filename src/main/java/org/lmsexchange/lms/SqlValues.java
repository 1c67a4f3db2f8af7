package org.lmsexchange.lms;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Converts values for SQL: times between JDBC values and instants, and text cut to a column's size.
 * <p>
 * Times are stored and compared in UTC, whatever the JVM's zone: a TIMESTAMP WITH TIME ZONE comes back as an
 * OffsetDateTime (H2) or as a java.sql.Timestamp holding the instant (PostgreSQL's driver); a plain TIMESTAMP
 * comes back as a LocalDateTime and is read as UTC wall time.
 * <p>
 * The routes call it as the bean {@code sqlValues} (e.g. {@code sqlValues.secondsAgo(60)} for a SQL parameter).
 */
public final class SqlValues {

    /** Whether a JDBC value is one of the time types {@link #instant} reads. */
    public static boolean isTime(Object value) {
        return value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Instant
                || value instanceof LocalDateTime || value instanceof Timestamp;
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
            return t.toInstant();
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

    /** The time {@code seconds} from now, as a SQL parameter (e.g. when something is due). */
    public static OffsetDateTime secondsFromNow(long seconds) {
        return utc(Instant.now().plusSeconds(seconds));
    }

    /** A text parameter cut to its column's size (e.g. connector_meeting.last_error), so the write cannot fail. */
    public static String text(String value, int columnSize) {
        return value == null || value.length() <= columnSize ? value : value.substring(0, columnSize - 1) + "…";
    }

    /**
     * The first {@code length} characters of a text, as the default SQL keeps it (SUBSTRING(..., 1, length)): what is
     * recorded of an event's description, to compare with the LMS's later.
     */
    public static String prefix(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    /** The current time as a SQL parameter. */
    public static OffsetDateTime now() {
        return utc(Instant.now());
    }
}
