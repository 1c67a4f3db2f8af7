package org.lmsexchange.lms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.lmsexchange.ews.MeetingReply;

/**
 * Applies a learner's reply to their booking in ONE transaction that first locks the booking: so two connector
 * instances reading the same inbox apply each reply once in effect, and the later answer wins even when they
 * handle two answers of one learner at the same moment. Every statement comes from application.properties
 * (sql.lock-bookings, sql.latest-reply, sql.update-booking, sql.record-reply, sql.record-first-reply).
 */
public class BookingReplies {

    private DataSource dataSource;
    private ReplyPolicy policy;
    private NamedSql lockBookings;
    private NamedSql latestReply;
    private NamedSql updateBooking;
    private NamedSql recordReply;
    private NamedSql recordFirstReply;

    public ReplyOutcome apply(MeetingReply reply, String eventId) throws SQLException {
        Map<String, Object> values = values(reply, eventId);
        try (Connection connection = dataSource.getConnection()) {
            // each statement must see what other instances committed meanwhile, whatever the server's default
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setAutoCommit(false);
            try {
                ReplyOutcome outcome = applyLocked(connection, values);
                connection.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                rollBack(connection, e);
                throw e;
            }
        }
    }

    /** Rolls back; with the connection lost that fails too, and the first failure is the one to report. */
    private static void rollBack(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private ReplyOutcome applyLocked(Connection connection, Map<String, Object> values) throws SQLException {
        if (!lockedAny(connection, values)) {
            return ReplyOutcome.NOT_ON_ROSTER;
        }
        ReplyOutcome outcome = againstLatest(connection, values);
        if (outcome == ReplyOutcome.APPLIED) {
            update(connection, updateBooking, values);
            if (update(connection, recordReply, values) == 0) {
                update(connection, recordFirstReply, values);
            }
        }
        return outcome;
    }

    /** Locks the learner's booking rows until commit; none means the learner is not on the roster. */
    private boolean lockedAny(Connection connection, Map<String, Object> values) throws SQLException {
        try (PreparedStatement statement = lockBookings.prepare(connection, values);
             ResultSet bookings = statement.executeQuery()) {
            return bookings.next();
        }
    }

    /** Compares this reply with the latest applied one: the later sent wins, and a reply is applied once. */
    private ReplyOutcome againstLatest(Connection connection, Map<String, Object> values) throws SQLException {
        try (PreparedStatement statement = latestReply.prepare(connection, values);
             ResultSet latest = statement.executeQuery()) {
            if (!latest.next()) {
                return ReplyOutcome.APPLIED;
            }
            if (values.get("itemId").equals(latest.getString("item_id"))) {
                return ReplyOutcome.ALREADY_APPLIED;
            }
            Instant applied = SqlValues.instant(latest.getObject("sent_at"));
            Instant sent = ((OffsetDateTime) values.get("sentAt")).toInstant();
            return applied.isAfter(sent) ? ReplyOutcome.SUPERSEDED : ReplyOutcome.APPLIED;
        }
    }

    private static int update(Connection connection, NamedSql sql, Map<String, Object> values) throws SQLException {
        try (PreparedStatement statement = sql.prepare(connection, values)) {
            return statement.executeUpdate();
        }
    }

    private Map<String, Object> values(MeetingReply reply, String eventId) {
        Map<String, Object> values = new HashMap<>();
        values.put("eventId", eventId);
        values.put("learner", reply.learner());
        values.put("itemId", reply.itemId());
        values.put("sentAt", SqlValues.utc(reply.sentAt()));
        values.put("answer", reply.answer().name());
        values.put("status", policy.statusFor(reply.answer()));
        values.put("response", policy.responseFor(reply.answer()));
        values.put("now", SqlValues.now());
        return values;
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void setPolicy(ReplyPolicy policy) {
        this.policy = policy;
    }

    public void setLockBookings(String sql) {
        this.lockBookings = new NamedSql("sql.lock-bookings", sql);
    }

    public void setLatestReply(String sql) {
        this.latestReply = new NamedSql("sql.latest-reply", sql);
    }

    public void setUpdateBooking(String sql) {
        this.updateBooking = new NamedSql("sql.update-booking", sql);
    }

    public void setRecordReply(String sql) {
        this.recordReply = new NamedSql("sql.record-reply", sql);
    }

    public void setRecordFirstReply(String sql) {
        this.recordFirstReply = new NamedSql("sql.record-first-reply", sql);
    }
}
