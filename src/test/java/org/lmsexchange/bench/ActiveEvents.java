package org.lmsexchange.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.lmsexchange.demo.DemoLms;
import org.lmsexchange.lms.ConnectorTables;
import org.lmsexchange.lms.LmsDatabase;
import org.lmsexchange.lms.SqlValues;

/**
 * An LMS with many active events whose meetings the connector has already created, and a history of past ones: the
 * demo schema, the connector's tables (its own Flyway migrations), each event with {@value #LEARNERS} learners booked,
 * and its meeting recorded as sent (connector_meeting.sent_* equal to the LMS, connector_attendee the learners),
 * written directly by SQL: these meetings are never touched, as nothing about them changes. The past events (ended,
 * their meetings recorded too) are what a real LMS holds after some years, and what the connector's tables keep:
 * the search must not grow with them. One more event, {@value #CHANGING}, is left without a meeting, for the running
 * connector to create a real one in the sandbox that a change can then reach.
 */
final class ActiveEvents {

    static final String CHANGING = "EVT-CHANGING";
    static final int LEARNERS = 20;
    private static final int BATCH = 1000;
    private static final String DESCRIPTION = "Bring safety shoes and your badge. ".repeat(6);

    private ActiveEvents() {
    }

    /**
     * {@code active} events with their meetings recorded as sent, {@code past} ended ones likewise, and the changing
     * event without a meeting yet.
     */
    static void fill(DataSource dataSource, LmsDatabase kind, int active, int past) throws SQLException {
        DemoLms.createSchema(dataSource, kind);
        new ConnectorTables(dataSource, "connector_", kind).migrate();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement event = c.prepareStatement("INSERT INTO lms_event (id, title, description, "
                    + "location, starts_at, ends_at, time_zone, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?)");
                 PreparedStatement booking = c.prepareStatement("INSERT INTO lms_booking (id, event_id, learner_email, "
                         + "learner_name, status) VALUES (?, ?, ?, ?, 'BOOKED')");
                 PreparedStatement meeting = c.prepareStatement("INSERT INTO connector_meeting (event_id, state, item_id, "
                         + "change_key, uid, attempts, claimed_at, updated_at, sent_recorded, sent_subject, sent_body, "
                         + "sent_location, sent_start, sent_end, sent_time_zone) "
                         + "VALUES (?, 'CREATED', ?, 'CK', ?, 1, ?, ?, 1, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement attendee = c.prepareStatement(
                         "INSERT INTO connector_attendee (event_id, email, name) VALUES (?, ?, ?)")) {
                int recorded = active + past;
                for (int e = 0; e <= recorded; e++) {
                    boolean changing = e == recorded;
                    String id = changing ? CHANGING : (e < active ? "EVT-" : "PAST-") + e;
                    String title = "Course " + e;
                    String location = "Room " + (e % 40);
                    // spread over the coming year, as a training calendar is; past ones over the years before
                    Instant start = e < active || changing
                            ? now.plus(Duration.ofDays(1 + e % 365)).plus(Duration.ofHours(e % 8))
                            : now.minus(Duration.ofDays(2 + e % 1500)).plus(Duration.ofHours(e % 8));
                    Instant end = start.plus(Duration.ofHours(2));
                    event.setString(1, id);
                    event.setString(2, title);
                    event.setString(3, DESCRIPTION);
                    event.setString(4, location);
                    event.setObject(5, SqlValues.utc(start));
                    event.setObject(6, SqlValues.utc(end));
                    event.setString(7, "Europe/Berlin");
                    event.setObject(8, SqlValues.utc(now));
                    event.addBatch();
                    for (int l = 0; l < LEARNERS; l++) {
                        String email = "learner" + ((e * LEARNERS + l) % 5000) + "@example.com";
                        booking.setLong(1, (long) e * LEARNERS + l);
                        booking.setString(2, id);
                        booking.setString(3, email);
                        booking.setString(4, "Learner " + l);
                        booking.addBatch();
                        if (!changing) {
                            attendee.setString(1, id);
                            attendee.setString(2, email);
                            attendee.setString(3, "Learner " + l);
                            attendee.addBatch();
                        }
                    }
                    if (!changing) {
                        meeting.setString(1, id);
                        meeting.setString(2, "item-" + e);
                        meeting.setString(3, "uid-" + e);
                        meeting.setObject(4, SqlValues.utc(now));
                        meeting.setObject(5, SqlValues.utc(now));
                        meeting.setString(6, title);
                        meeting.setString(7, DESCRIPTION);
                        meeting.setString(8, location);
                        meeting.setObject(9, SqlValues.utc(start));
                        meeting.setObject(10, SqlValues.utc(end));
                        meeting.setString(11, "Europe/Berlin");
                        meeting.addBatch();
                    }
                    if (e % BATCH == 0 || changing) {
                        // events before their bookings and meetings: the bookings' foreign key
                        event.executeBatch();
                        booking.executeBatch();
                        meeting.executeBatch();
                        attendee.executeBatch();
                    }
                }
            }
            c.commit();
        }
        analyze(dataSource, kind);
    }

    /** The index on lms_booking (event_id) the demo schema lacks; its statistics renewed. */
    static void indexBookings(DataSource dataSource, LmsDatabase kind) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE INDEX lms_booking_event ON lms_booking (event_id)");
        }
        analyze(dataSource, kind);
    }

    /** Fresh statistics, as autovacuum (PostgreSQL) or the first queries (H2) would give a table filled long ago. */
    private static void analyze(DataSource dataSource, LmsDatabase kind) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(kind == LmsDatabase.POSTGRESQL ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }
}
