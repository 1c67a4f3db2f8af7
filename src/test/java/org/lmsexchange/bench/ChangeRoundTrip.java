package org.lmsexchange.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.apache.camel.main.Main;
import org.awaitility.Awaitility;
import org.lmsexchange.ConnectorApplication;
import org.lmsexchange.lms.SqlValues;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.http.RequestCounts;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * One event among many changes in the LMS; how long until the meeting in the sandbox has its new time. The real
 * application (application.properties, the YAML routes, the default poll period) runs against the benchmark's
 * database and a sandbox; it creates the changing event's meeting itself, the others are recorded as sent.
 */
final class ChangeRoundTrip implements AutoCloseable {

    static final List<String> EWS_OPERATIONS = List.of("GetItem", "UpdateItem", "FindItem", "CreateItem");
    private static final long POLL_PERIOD_MS = 5000; // connector.events.poll-period-ms's default, left as it is

    private final BenchDatabase database;
    private final EwsSandbox sandbox = EwsSandbox.builder().start();
    private final Main connector;
    private final String uid;

    ChangeRoundTrip(BenchDatabase database) throws Exception {
        this.database = database;
        connector = ConnectorApplication.newMain();
        connector.addOverrideProperty("lms.jdbc.url", database.url());
        connector.addOverrideProperty("lms.jdbc.user", database.user());
        connector.addOverrideProperty("lms.jdbc.password", database.password());
        connector.addOverrideProperty("camel.management.enabled", "false"); // a running connector may hold its port
        connector.addOverrideProperty("lms.demo-data", "false");
        connector.addOverrideProperty("connector.switch-on-time", Instant.now().minus(Duration.ofDays(1)).toString());
        connector.addOverrideProperty("camel.component.ews.url", sandbox.ewsUrl().toString());
        connector.addOverrideProperty("camel.component.ews.username", sandbox.organizer());
        connector.addOverrideProperty("camel.component.ews.password", EwsSandbox.Builder.DEFAULT_PASSWORD);
        Thread thread = new Thread(() -> {
            try {
                connector.run();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "connector");
        thread.setDaemon(true);
        thread.start();
        awaitUntil(() -> sentAttendees() == ActiveEvents.LEARNERS);
        uid = sandbox.meetings().get(0).uid();
        // no answers come in: the inbox's polls would only add their FindItem requests to the change's
        connector.getCamelContext().getRouteController().stopRoute("exchange-responses-to-lms");
    }

    /** Moves the event by an hour, with each EWS request delayed by {@code latency}; the time until the sandbox shows it. */
    Result moveByAnHour(Duration latency) throws SQLException, InterruptedException {
        // at a random moment of the poll period: right after a recorded change, the next poll is a known time away
        Thread.sleep(ThreadLocalRandom.current().nextLong(POLL_PERIOD_MS));
        sandbox.faults().latency(latency);
        Instant start = meeting().start().plus(Duration.ofHours(1));
        sandbox.counters().reset();
        try (Connection c = database.connect(); PreparedStatement move = c.prepareStatement(
                "UPDATE lms_event SET starts_at = ?, ends_at = ? WHERE id = ?")) {
            move.setObject(1, SqlValues.utc(start));
            move.setObject(2, SqlValues.utc(start.plus(Duration.ofHours(2))));
            move.setString(3, ActiveEvents.CHANGING);
            move.executeUpdate();
        }
        long moved = System.nanoTime();
        awaitUntil(() -> meeting().start().equals(start));
        Duration visible = Duration.ofNanos(System.nanoTime() - moved);
        // recorded as sent before the next move: the requests are then the change's, all of them
        awaitUntil(() -> start.equals(sentStart().orElse(null)));
        RequestCounts counts = sandbox.counters().reset();
        sandbox.faults().latency(Duration.ZERO);
        return new Result(visible, counts, latency);
    }

    private ItemView meeting() {
        return sandbox.meetings().stream().filter(m -> uid.equals(m.uid())).findFirst().orElseThrow();
    }

    private long sentAttendees() {
        try (Connection c = database.connect(); PreparedStatement count = c.prepareStatement(
                "SELECT COUNT(*) FROM connector_attendee WHERE event_id = ?")) {
            count.setString(1, ActiveEvents.CHANGING);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException notYet) {
            return -1;
        }
    }

    private Optional<Instant> sentStart() {
        try (Connection c = database.connect(); PreparedStatement sent = c.prepareStatement(
                "SELECT sent_start FROM connector_meeting WHERE event_id = ? AND change_claimed_at IS NULL")) {
            sent.setString(1, ActiveEvents.CHANGING);
            try (ResultSet rs = sent.executeQuery()) {
                return rs.next() ? Optional.ofNullable(SqlValues.instant(rs.getObject(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitUntil(BooleanSupplier done) {
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(done::getAsBoolean);
    }

    @Override
    public void close() throws Exception {
        connector.stop();
        sandbox.close();
    }

    /** From the LMS update to the new time in the sandbox; the EWS requests the change made. */
    record Result(Duration visible, RequestCounts counts, Duration latency) {

        /** One poll period, and every request of the change at the injected latency. */
        Duration floor() {
            return Duration.ofMillis(POLL_PERIOD_MS).plus(latency.multipliedBy(counts.totalRequests()));
        }

        String requests() {
            StringBuilder line = new StringBuilder();
            for (String operation : EWS_OPERATIONS) {
                if (counts.requests(operation) > 0) {
                    line.append(operation).append(' ').append(counts.requests(operation)).append(", ");
                }
            }
            return line.append(counts.totalRequests()).append(" in all").toString();
        }
    }
}
