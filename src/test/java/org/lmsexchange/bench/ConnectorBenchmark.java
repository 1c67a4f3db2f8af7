package org.lmsexchange.bench;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.camel.main.Main;
import org.awaitility.Awaitility;
import org.h2.jdbcx.JdbcDataSource;
import org.lmsexchange.ConnectorApplication;
import org.lmsexchange.demo.DemoLms;
import org.lmsexchange.lms.LmsDatabase;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.http.RequestCounts;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.ScriptSpec;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * Figures of the connector (a benchmark, not a test): the wall time of the demo loop, and the EWS requests it takes
 * per created meeting and per processed reply. Boots the real application (application.properties, the YAML routes)
 * against a sandbox and an in-memory H2 LMS.
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.lmsexchange.bench.ConnectorBenchmark
 * </pre>
 */
public final class ConnectorBenchmark {

    private static final int DEMO_BOOKINGS = 6;
    private static final int EVENTS = 20;
    private static final int LEARNERS_PER_EVENT = 10;
    private static final List<String> EWS_OPERATIONS = List.of("CreateItem", "GetItem", "FindItem", "DeleteItem");

    private ConnectorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        demoLoop();
        meetingsAndReplies();
    }

    /** The demo as shipped: 2 events, 5 learners, the scripted answers of the demo's settings. */
    private static void demoLoop() throws Exception {
        EwsSandbox.Builder builder = EwsSandbox.builder();
        ScriptSpec.apply(demoSettings().getProperty("sandbox.scripted-answers"), builder);
        try (EwsSandbox sandbox = builder.start()) {
            String db = "jdbc:h2:mem:bench-demo;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
            Instant started = Instant.now();
            Main connector = start(sandbox, db, "true");
            awaitUntil(() -> count(db, "SELECT COUNT(*) FROM lms_booking WHERE response IS NOT NULL") == DEMO_BOOKINGS
                    && sandbox.mailbox(sandbox.organizer()).items("inbox").isEmpty());
            System.out.printf("Demo loop (2 events, 5 learners, scripted answers after 2-4 s): %d ms from start to "
                    + "every booking updated and every reply deleted%n", Duration.between(started, Instant.now()).toMillis());
            connector.stop();
        }
    }

    /** EWS requests per created meeting and per processed reply, for a batch of events and answers. */
    private static void meetingsAndReplies() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder().start()) {
            String db = "jdbc:h2:mem:bench-batch;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
            insertEvents(db);
            Instant started = Instant.now();
            Main connector = start(sandbox, db, "false");
            awaitUntil(() -> count(db, "SELECT COUNT(*) FROM connector_meeting WHERE state = 'CREATED'") == EVENTS);
            long meetingMillis = Duration.between(started, Instant.now()).toMillis();
            RequestCounts meetings = sandbox.counters().reset();
            print(EVENTS + " meetings (" + LEARNERS_PER_EVENT + " attendees each) in " + meetingMillis + " ms",
                    meetings, EVENTS, "per created meeting");

            answerEveryInvitation(sandbox);
            int replies = EVENTS * LEARNERS_PER_EVENT;
            started = Instant.now();
            awaitUntil(() -> count(db, "SELECT COUNT(*) FROM connector_reply") == replies
                    && sandbox.mailbox(sandbox.organizer()).items("inbox").isEmpty());
            long replyMillis = Duration.between(started, Instant.now()).toMillis();
            print(replies + " replies applied and deleted in " + replyMillis + " ms (including up to one cron period)",
                    sandbox.counters().reset(), replies, "per processed reply");
            connector.stop();
        }
    }

    private static Main start(EwsSandbox sandbox, String db, String demoData) {
        Main main = ConnectorApplication.newMain();
        main.addOverrideProperty("lms.jdbc.url", db);
        main.addOverrideProperty("camel.management.enabled", "false"); // a running connector may hold its port
        main.addOverrideProperty("lms.demo-data", demoData);
        main.addOverrideProperty("camel.component.ews.url", sandbox.ewsUrl().toString());
        main.addOverrideProperty("camel.component.ews.username", sandbox.organizer());
        main.addOverrideProperty("camel.component.ews.password", EwsSandbox.Builder.DEFAULT_PASSWORD);
        main.addOverrideProperty("connector.events.poll-period-ms", "500");
        main.addOverrideProperty("connector.responses.cron", "0/1 * * * * ?");
        Thread thread = new Thread(() -> {
            try {
                main.run();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "connector");
        thread.setDaemon(true);
        thread.start();
        return main;
    }

    private static void insertEvents(String db) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(db);
        dataSource.setUser("sa");
        DemoLms.createSchema(dataSource, LmsDatabase.H2);
        try (Connection c = dataSource.getConnection();
             PreparedStatement event = c.prepareStatement("INSERT INTO lms_event (id, title, location, starts_at, ends_at, "
                     + "time_zone, status, created_at) VALUES (?, ?, 'Room 1', ?, ?, 'Europe/Berlin', 'SCHEDULED', ?)");
             PreparedStatement booking = c.prepareStatement("INSERT INTO lms_booking (id, event_id, learner_email, "
                     + "learner_name, status) VALUES (?, ?, ?, ?, 'BOOKED')")) {
            Instant start = Instant.now().plus(Duration.ofDays(7));
            for (int e = 0; e < EVENTS; e++) {
                event.setString(1, "EVT-" + e);
                event.setString(2, "Course " + e);
                event.setObject(3, start.atOffset(ZoneOffset.UTC));
                event.setObject(4, start.plus(Duration.ofHours(2)).atOffset(ZoneOffset.UTC));
                event.setObject(5, Instant.now().plus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC));
                event.executeUpdate();
                for (int l = 0; l < LEARNERS_PER_EVENT; l++) {
                    booking.setLong(1, e * 1000L + l);
                    booking.setString(2, "EVT-" + e);
                    booking.setString(3, "learner" + l + "@example.com");
                    booking.setString(4, "Learner " + l);
                    booking.executeUpdate();
                }
            }
        }
    }

    private static void answerEveryInvitation(EwsSandbox sandbox) {
        Answer[] answers = Answer.values();
        for (ItemView meeting : sandbox.meetings()) {
            for (int l = 0; l < LEARNERS_PER_EVENT; l++) {
                sandbox.learner("learner" + l + "@example.com").answer(meeting.uid(), answers[l % answers.length]);
            }
        }
    }

    private static void print(String what, RequestCounts counts, int units, String per) {
        StringBuilder line = new StringBuilder(what).append(": ");
        long total = 0;
        for (String operation : EWS_OPERATIONS) {
            total += counts.requests(operation);
            line.append(operation).append(' ').append(counts.requests(operation)).append(", ");
        }
        System.out.printf("%s%d EWS requests = %.2f %s%n", line, total, (double) total / units, per);
    }

    private static long count(String db, String sql) {
        try (Connection c = DriverManager.getConnection(db, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException notYet) {
            return -1; // the tables appear when the connector has started
        }
    }

    private static void awaitUntil(BooleanSupplier done) {
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(done::getAsBoolean);
    }

    private static Properties demoSettings() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ConnectorBenchmark.class.getClassLoader().getResourceAsStream("demo/demo.properties")) {
            properties.load(in);
        }
        return properties;
    }
}
