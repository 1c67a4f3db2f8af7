package org.lmsexchange.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import com.zaxxer.hikari.HikariDataSource;
import org.lmsexchange.demo.DemoLms;
import org.lmsexchange.lms.LmsDatabase;

/**
 * The test's side of the LMS database: the demo LMS schema, events and bookings inserted the way an LMS would,
 * and the rows a user would look at afterwards (bookings, the connector's meeting and reply rows).
 */
final class TestLms implements AutoCloseable {

    private static final String BOOK = "INSERT INTO lms_booking (id, event_id, learner_email, learner_name, status) "
            + "VALUES (?, ?, ?, ?, 'BOOKED')";

    private final HikariDataSource dataSource = new HikariDataSource();
    private final TestDatabase database;
    private final LmsDatabase kind;
    private final AtomicLong bookingIds = new AtomicLong();

    /** Connects as the connector does, times in UTC included, so rows are written the way the connector reads them. */
    TestLms(TestDatabase database) {
        this.database = database;
        kind = database.kind();
        dataSource.setJdbcUrl(database.url());
        dataSource.setUsername(database.user());
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(2);
        dataSource.setPoolName("test-lms");
        kind.driverProperties().forEach(dataSource::addDataSourceProperty);
    }

    void createSchema() throws SQLException {
        DemoLms.createSchema(dataSource, kind);
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** A scheduled event starting in a week, two hours long, in Berlin, created now: change what the test needs. */
    Event event(String id) {
        return new Event(id);
    }

    /** Books one more learner onto an existing event. */
    void book(String eventId, String learner) {
        update(BOOK, bookingIds.incrementAndGet(), eventId, learner, "Learner " + learner);
    }

    /** Inserts the events and their bookings in one transaction: the connector's next poll sees them all at once. */
    void insertTogether(Event... events) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (Event event : events) {
                event.insertInto(c);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("inserting events " + List.of(events).stream().map(ev -> ev.id).toList(), e);
        }
    }

    /** Runs the statements, each with its parameters, in one transaction: the connector's next poll sees all or none. */
    void updateTogether(List<List<Object>> statements) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (List<Object> statement : statements) {
                try (PreparedStatement s = prepare(c, (String) statement.get(0),
                        statement.subList(1, statement.size()).toArray())) {
                    s.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("updating " + statements.size() + " statements together", e);
        }
    }

    /** The booking statement of {@link #book}, with its parameters, for {@link #updateTogether}. */
    List<Object> bookStatement(String eventId, String learner) {
        return List.of(BOOK, bookingIds.incrementAndGet(), eventId, learner, "Learner " + learner);
    }

    /** The booking of one learner on one event: status and response. */
    Map<String, Object> booking(String eventId, String learner) {
        return single("SELECT status, response FROM lms_booking WHERE event_id = ? AND learner_email = ?", eventId, learner);
    }

    /** The connector's meeting row of an event, or null when the connector never took the event on. */
    Map<String, Object> meeting(String eventId) {
        return single("SELECT state, item_id, change_key, uid, last_error, attempts FROM connector_meeting WHERE event_id = ?",
                eventId);
    }

    /** What the connector recorded as sent for an event's meeting, and the state of its change claim. */
    Map<String, Object> sent(String eventId) {
        return single("SELECT state, sent_recorded, sent_subject, sent_location, change_claimed_at, change_error "
                + "FROM connector_meeting WHERE event_id = ?", eventId);
    }

    /** The attendees the connector recorded for an event's meeting, in address order. */
    List<Object> attendees(String eventId) {
        return query("SELECT email FROM connector_attendee WHERE event_id = ? ORDER BY email", eventId).stream()
                .map(row -> row.get("email")).toList();
    }

    /** An event's time column as stored, in UTC wall time: 'yyyy-mm-dd hh:mm:ss'. */
    String storedUtc(String eventId, String column) {
        return (String) single("SELECT " + database.utcText(column) + " AS t FROM lms_event WHERE id = ?", eventId).get("t");
    }

    List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters);
             ResultSet rs = s.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Map<String, Object> single(String sql, Object... parameters) {
        List<Map<String, Object>> rows = query(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            s.setObject(i + 1, p instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : p);
        }
        return s;
    }

    /** An LMS event to insert, with its bookings; every field can be made bad on purpose. */
    final class Event {
        private final String id;
        private String title;
        private String description;
        private Instant start = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
        private Instant end = start.plus(Duration.ofHours(2));
        private String timeZone = "Europe/Berlin";
        private Instant createdAt = Instant.now();
        private final List<String> learners = new ArrayList<>();

        private Event(String id) {
            this.id = id;
            this.title = "Course " + id;
            this.description = "About " + id;
        }

        Event title(String title) {
            this.title = title;
            return this;
        }

        Event description(String description) {
            this.description = description;
            return this;
        }

        /** Starts at that instant, two hours long. */
        Event startsAt(Instant start) {
            this.start = start;
            this.end = start.plus(Duration.ofHours(2));
            return this;
        }

        Event end(Instant end) {
            this.end = end;
            return this;
        }

        Instant start() {
            return start;
        }

        String id() {
            return id;
        }

        Event timeZone(String timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        Event createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        Event booked(String... learnerEmails) {
            learners.addAll(List.of(learnerEmails));
            return this;
        }

        /** Inserts the event and its bookings in one transaction, as an LMS commits them. */
        String insert() {
            insertTogether(this);
            return id;
        }

        private void insertInto(Connection c) throws SQLException {
            try (PreparedStatement event = prepare(c, "INSERT INTO lms_event (id, title, description, location, "
                    + "starts_at, ends_at, time_zone, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?)",
                    id, title, description, "Room 1", start, end, timeZone, createdAt)) {
                event.executeUpdate();
            }
            for (String learner : learners) {
                try (PreparedStatement booking = prepare(c, BOOK, bookingIds.incrementAndGet(), id, learner,
                        "Learner " + learner)) {
                    booking.executeUpdate();
                }
            }
        }
    }
}
