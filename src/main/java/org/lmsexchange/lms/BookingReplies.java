package org.lmsexchange.lms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.lmsexchange.ews.model.MeetingReply;

/**
 * What a learner's reply does to the LMS, in ONE transaction: the event of its meeting is looked up, the learner's
 * booking rows on that event are locked, the reply is compared with the latest one applied, and the learner's
 * ACTIVE booking is updated per the policy, the reply recorded. Locking first makes two connector instances reading
 * the same inbox apply each reply once in effect, the later answer last, even when they handle two answers of one
 * learner at the same moment. An answer never revives a cancelled booking: the seat may be someone else's by now.
 * Every statement comes from application.properties (sql.event-of-meeting, sql.lock-bookings, sql.latest-reply,
 * sql.update-booking, sql.record-reply, sql.record-first-reply).
 */
public class BookingReplies {

    /** The meeting a reply answers, as recorded: its event, and whether the event was cancelled. */
    private record Meeting(String eventId, boolean cancelled) {
    }

    /** One of the learner's booking rows on the event, as locked. */
    private record Booking(Object id, String status) {
    }

    private DataSource dataSource;
    private ReplyPolicy policy;
    private NamedSql eventOfMeeting;
    private NamedSql lockBookings;
    private NamedSql latestReply;
    private NamedSql updateBooking;
    private NamedSql recordReply;
    private NamedSql recordFirstReply;

    public ReplyResult apply(MeetingReply reply) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // each statement must see what other instances committed meanwhile, whatever the server's default
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setAutoCommit(false);
            try {
                ReplyResult result = applyInTransaction(connection, reply);
                connection.commit();
                return result;
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

    private ReplyResult applyInTransaction(Connection connection, MeetingReply reply) throws SQLException {
        Optional<Meeting> meeting = meetingOf(connection, reply.uid());
        if (meeting.isEmpty()) {
            return ReplyResult.notOurMeeting(reply);
        }
        String eventId = meeting.get().eventId();
        if (meeting.get().cancelled()) {
            return ReplyResult.unchanged(reply, ReplyOutcome.EVENT_CANCELLED, eventId, List.of());
        }
        if (reply.outOfDate() && !policy.appliesOutOfDate()) {
            return ReplyResult.unchanged(reply, ReplyOutcome.OUT_OF_DATE, eventId, List.of());
        }
        Map<String, Object> values = values(reply, eventId);
        List<Booking> bookings = lockBookings(connection, values);
        List<String> statuses = bookings.stream().map(Booking::status).toList();
        if (bookings.isEmpty()) {
            return ReplyResult.unchanged(reply, ReplyOutcome.NOT_ON_ROSTER, eventId, statuses);
        }
        ReplyOutcome outcome = againstLatest(connection, values);
        if (outcome != ReplyOutcome.APPLIED) {
            return ReplyResult.unchanged(reply, outcome, eventId, statuses);
        }
        int updated = updateActive(connection, bookings, values);
        if (update(connection, recordReply, values) == 0) {
            update(connection, recordFirstReply, values);
        }
        if (updated == 0) {
            return ReplyResult.unchanged(reply, ReplyOutcome.NO_ACTIVE_BOOKING, eventId, statuses);
        }
        return new ReplyResult(reply, ReplyOutcome.APPLIED, eventId, updated, (String) values.get("status"),
                (String) values.get("response"), statuses);
    }

    private Optional<Meeting> meetingOf(Connection connection, String uid) throws SQLException {
        try (PreparedStatement statement = eventOfMeeting.prepare(connection, Map.of("uid", uid == null ? "" : uid));
             ResultSet meetings = statement.executeQuery()) {
            return meetings.next()
                    ? Optional.of(new Meeting(meetings.getString("event_id"), "CANCELLED".equals(meetings.getString("state"))))
                    : Optional.empty();
        }
    }

    /** Locks the learner's booking rows on the event until commit; none means the learner is not on the roster. */
    private List<Booking> lockBookings(Connection connection, Map<String, Object> values) throws SQLException {
        List<Booking> bookings = new ArrayList<>();
        try (PreparedStatement statement = lockBookings.prepare(connection, values);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                bookings.add(new Booking(rows.getObject("booking_id"), String.valueOf(rows.getString("status"))));
            }
        }
        return bookings;
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

    /** Updates the learner's active bookings (one, normally), never a cancelled one; returns the rows changed. */
    private int updateActive(Connection connection, List<Booking> bookings, Map<String, Object> values)
            throws SQLException {
        int updated = 0;
        for (Booking booking : bookings) {
            if (policy.isActive(booking.status())) {
                values.put("bookingId", booking.id());
                updated += update(connection, updateBooking, values);
            }
        }
        return updated;
    }

    private static int update(Connection connection, NamedSql sql, Map<String, Object> values) throws SQLException {
        try (PreparedStatement statement = sql.prepare(connection, values)) {
            return statement.executeUpdate();
        }
    }

    private Map<String, Object> values(MeetingReply reply, String eventId) {
        Map<String, Object> values = new HashMap<>();
        values.put("eventId", eventId);
        values.put("learner", reply.attendee());
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

    public void setEventOfMeeting(String sql) {
        this.eventOfMeeting = new NamedSql("sql.event-of-meeting", sql);
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
