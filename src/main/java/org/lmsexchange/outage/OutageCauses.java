package org.lmsexchange.outage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.lmsexchange.ews.EwsCallException;
import org.lmsexchange.ews.FailureScope;

/**
 * Tells a failure that says a whole dependency is unreachable (its every call would fail alike) from one that is
 * about a single record (a bad event, a meeting Exchange refused as too large): only the first is an outage (for
 * Exchange: {@link FailureScope}). Record failures are handled where they happen, naming the record.
 */
public final class OutageCauses {

    private OutageCauses() {
    }

    /** The dependency {@code failure} shows to be unreachable; empty when it is about one record only. */
    public static Optional<Dependency> unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EwsCallException ews) {
                return ews.scope() == FailureScope.EXCHANGE ? Optional.of(Dependency.EXCHANGE) : Optional.empty();
            }
            if (t instanceof SQLException sql && isConnectionLost(sql)) {
                return Optional.of(Dependency.LMS_DATABASE);
            }
        }
        return Optional.empty();
    }

    /**
     * Why, in words an operator can act on: an EWS failure's own message (it names the call and Exchange's answer),
     * else the innermost cause with a message, which names what was refused, timed out or closed. Without a final
     * full stop: the reason goes inside a sentence.
     */
    public static String reason(Throwable failure) {
        String reason = failure.getClass().getSimpleName();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage().strip();
            }
            if (t instanceof EwsCallException) {
                break;
            }
        }
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    /**
     * The pool could not get a connection (Hikari: SQLTransientConnectionException), the driver lost one
     * (SQLState class 08), or the server is shutting down or starting (PostgreSQL 57P01..57P03).
     */
    private static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException || state.startsWith("08") || state.startsWith("57P0");
    }
}
