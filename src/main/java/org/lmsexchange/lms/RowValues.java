package org.lmsexchange.lms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One row of an LMS query read as the types a meeting needs. The query is configuration (sql.*), so a column may
 * hold anything: a value of another type fails the event with a reason naming the column, the type it got and the
 * query to change, instead of an error nobody handles that leaves the event claimed.
 */
final class RowValues {

    private static final int QUOTED_TEXT = 40;

    private final String eventId;
    private final Map<String, Object> row;
    private final String query;

    /** The row of {@code eventId} read by the setting {@code query} (e.g. sql.lms-events). */
    RowValues(String eventId, Map<String, Object> row, String query) {
        this.eventId = eventId;
        this.row = row;
        this.query = query;
    }

    /** The LMS event id of a poll row: text, or a number as many LMSs have; null when missing. */
    static String eventId(Map<String, Object> row) {
        Object value = row.get("event_id");
        return value == null ? null : value.toString();
    }

    /**
     * A text column; null when it is NULL. Numbers and other character data read as their text (a room number is a
     * fine location); anything else, a time say, is the wrong column or the wrong query.
     */
    String text(String column) {
        Object value = row.get(column);
        if (value == null || value instanceof CharSequence || value instanceof UUID) {
            return value == null ? null : value.toString();
        }
        if (value instanceof Number number) {
            return plain(number);
        }
        throw wrongType(column, value, "text", "select text for it in " + query);
    }

    /** A text column that must have a value. */
    String requiredText(String column) {
        String value = text(column);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(eventId, column, "is missing (NULL or blank)");
        }
        return value;
    }

    /** A time column that must have a value, as an instant. */
    Instant time(String column) {
        Object value = row.get(column);
        if (value == null) {
            throw new InvalidEventException(eventId, column, "is missing (NULL)");
        }
        if (SqlValues.isTime(value)) {
            return SqlValues.instant(value);
        }
        // an LMS may keep times as Unix epoch numbers: the query can convert them, the connector cannot guess
        throw wrongType(column, value, "a time", value instanceof Number
                ? "if the LMS stores epoch seconds, convert them in " + query + ", e.g. TO_TIMESTAMP(x) on PostgreSQL, "
                        + "FROM_UNIXTIME(x) on MariaDB, DATEADD(SECOND, x, TIMESTAMP WITH TIME ZONE "
                        + "'1970-01-01 00:00:00+00') on H2"
                : "select a timestamp for it in " + query);
    }

    private InvalidEventException wrongType(String column, Object value, String expected, String fix) {
        return new InvalidEventException(eventId, column, "is " + described(value) + ", not " + expected + "; " + fix);
    }

    /** What a value is, with its Java type, and the value itself where it is short and tells something. */
    private static String described(Object value) {
        String type = value.getClass().getName();
        if (value instanceof Number number) {
            return "a number (" + plain(number) + ", " + type + ")";
        }
        if (value instanceof String text) {
            String quoted = text.length() <= QUOTED_TEXT ? text : text.substring(0, QUOTED_TEXT) + "…";
            return "text ('" + quoted + "', " + type + ")";
        }
        if (SqlValues.isTime(value)) {
            return "a time (" + SqlValues.instant(value) + ", " + type + ")";
        }
        return "a " + type;
    }

    private static String plain(Number number) {
        return number instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : number.toString();
    }
}
