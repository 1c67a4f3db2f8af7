package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * A change to a created meeting is applied once, as its creation is: with two instances changing the same 200
 * meetings, every attendee gets one update, every late learner one invitation, every removed learner one
 * cancellation, and every change is recorded; and after an instance died between Exchange applying an update and the
 * connector recording it, the instance that takes the stale claim over records the change without mailing anyone a
 * second time.
 */
class MeetingChangeClaimsTest {

    private static final int EVENTS = 200;
    private static final String ORGANIZER = EwsSandbox.Builder.DEFAULT_ORGANIZER;
    private static final String ADA = "ada@example.com";
    private static final String BRIAN = "brian@example.com";
    /** Booked on every event; cancelled in the LMS on every third one. */
    private static final String CHEN = "chen@example.com";
    /** Booked late on every third event. */
    private static final String DANA = "dana@example.com";
    private static final String NEW_REQUEST = "NewMeetingRequest";
    private static final String FULL_UPDATE = "FullUpdate";
    private static final String CANCELED = "Canceled";
    /** connector.events.stale-claim-after-s where an instance dies: how long its claim holds the change. */
    private static final Duration STALE_AFTER = Duration.ofSeconds(2);

    private final Instant switchOn = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
    private final EwsSandbox sandbox = EwsSandbox.builder().organizer(ORGANIZER).start();
    private final TestDatabase database = TestDatabase.create(getClass().getSimpleName());
    private final TestLms lms = new TestLms(database);
    private final CapturedLog log = CapturedLog.capture();
    private final List<Main> instances = new ArrayList<>();
    private CuttableDatabase cuttableDatabase;

    @AfterEach
    void stopInstancesThenSandboxAndDatabase() {
        instances.forEach(Main::stop);
        log.close();
        sandbox.faults().clear();
        sandbox.close();
        if (cuttableDatabase != null) {
            cuttableDatabase.close();
        }
        lms.close();
        database.drop();
    }

    @Test
    void twoInstancesChangeEachOf200MeetingsOnce() throws Exception {
        lms.createSchema();
        List<String> events = IntStream.range(0, EVENTS).mapToObj(i -> String.format("CHG-%03d", i)).toList();
        lms.insertTogether(events.stream().map(id -> lms.event(id).booked(ADA, BRIAN, CHEN)).toArray(TestLms.Event[]::new));
        start("connector-a", new Properties()); // creates the connector's tables before its routes start
        try (RecordWatch watch = new RecordWatch()) {
            start("connector-b", new Properties());
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                    count("SELECT COUNT(*) AS n FROM connector_meeting WHERE state = 'CREATED' AND sent_recorded = 1")
                            == EVENTS);

            // in one transaction, as an LMS commits a batch: every event moved and renamed; on every third a learner
            // booked late, on the next one a booking cancelled
            List<String> late = IntStream.range(0, EVENTS).filter(i -> i % 3 == 0).mapToObj(events::get).toList();
            List<String> cancelled = IntStream.range(0, EVENTS).filter(i -> i % 3 == 1).mapToObj(events::get).toList();
            Instant movedTo = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
            List<List<Object>> change = new ArrayList<>();
            change.add(List.of("UPDATE lms_event SET title = CONCAT(title, ' (moved)'), starts_at = ?, ends_at = ?",
                    movedTo, movedTo.plus(Duration.ofHours(3))));
            late.forEach(event -> change.add(lms.bookStatement(event, DANA)));
            cancelled.forEach(event -> change.add(List.of("UPDATE lms_booking SET status = 'CANCELLED' "
                    + "WHERE event_id = ? AND learner_email = ?", event, CHEN)));
            lms.updateTogether(change);

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                    count("SELECT COUNT(*) AS n FROM connector_meeting m JOIN lms_event e ON e.id = m.event_id "
                            + "WHERE m.sent_subject = e.title AND m.sent_start = e.starts_at AND m.sent_end = e.ends_at "
                            + "AND m.change_claimed_at IS NULL") == EVENTS
                    && rosterDifferences() == 0);
            assertThat(watch.incompleteRecords()).as("meetings seen recorded, and free to change, without their "
                    + "attendees (another instance would send them a change)").isEmpty();

            Map<String, String> uids = lms.query("SELECT event_id, uid FROM connector_meeting").stream()
                    .collect(Collectors.toMap(row -> (String) row.get("event_id"), row -> (String) row.get("uid")));
            for (String event : events) {
                String uid = uids.get(event);
                for (String learner : List.of(ADA, BRIAN)) {
                    assertThat(mail(learner, uid)).as("what %s received for %s", learner, event)
                            .containsExactly(NEW_REQUEST, FULL_UPDATE);
                }
                assertThat(mail(CHEN, uid)).as("what %s received for %s", CHEN, event).containsExactlyElementsOf(
                        cancelled.contains(event) ? List.of(NEW_REQUEST, FULL_UPDATE, CANCELED) : List.of(NEW_REQUEST, FULL_UPDATE));
                assertThat(mail(DANA, uid)).as("what %s received for %s", DANA, event)
                        .containsExactlyElementsOf(late.contains(event) ? List.of(NEW_REQUEST) : List.of());
            }
            assertThat(sandbox.meetings()).hasSize(EVENTS).allSatisfy(meeting -> {
                assertThat(meeting.subject()).endsWith(" (moved)");
                assertThat(meeting.start()).isEqualTo(movedTo);
            });
            assertThat(count("SELECT COUNT(*) AS n FROM connector_meeting WHERE change_error IS NOT NULL "
                    + "OR change_failed_at IS NOT NULL OR state <> 'CREATED'")).as("changes failed").isZero();
            // the operator reads one line per change: no instance took a change on that was done already
            assertThat(log.count(Level.INFO, "changed in the LMS:")).as("changes told").isEqualTo(EVENTS);
            assertThat(instancesThatChangedMeetings()).as("both instances changed meetings").hasSize(2);
            assertThat(log.count(Level.ERROR, "")).as("errors logged").isZero();
            assertThat(log.count(Level.WARN, "")).as("warnings logged").isZero();
        }
    }

    @Test
    void anUpdateExchangeAppliedBeforeTheInstanceDiedIsRecordedByAnotherWithoutASecondUpdate() throws Exception {
        String uid = createdByAnInstanceThatWillDie("KILL-UPDATE", ADA, BRIAN);
        Instant movedTo = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.MINUTES);

        instanceDiesOnceExchangeApplied(() -> lms.update("UPDATE lms_event SET title = ?, starts_at = ?, ends_at = ? "
                + "WHERE id = ?", "Moved", movedTo, movedTo.plus(Duration.ofHours(2)), "KILL-UPDATE"));
        assertThat(meeting(uid).subject()).as("applied by Exchange").isEqualTo("Moved");

        anotherInstanceTakesTheStaleClaimOver("KILL-UPDATE");
        for (String learner : List.of(ADA, BRIAN)) {
            assertThat(mail(learner, uid)).as("what %s received", learner).containsExactly(NEW_REQUEST, FULL_UPDATE);
        }
        assertThat(sandbox.counters().snapshot().requests("UpdateItem")).as("updates sent").isEqualTo(1);
        assertThat(lms.sent("KILL-UPDATE")).containsEntry("sent_subject", "Moved");
        assertThat(log.count(Level.INFO, "has these fields already; no update sent")).isEqualTo(1);
    }

    @Test
    void aLateLearnerExchangeInvitedBeforeTheInstanceDiedIsRecordedByAnotherWithoutASecondInvitation()
            throws Exception {
        String uid = createdByAnInstanceThatWillDie("KILL-ADD", ADA, BRIAN);

        instanceDiesOnceExchangeApplied(() -> lms.book("KILL-ADD", DANA));
        assertThat(meeting(uid).attendees()).as("applied by Exchange").extracting(a -> a.address()).contains(DANA);

        anotherInstanceTakesTheStaleClaimOver("KILL-ADD");
        assertThat(mail(DANA, uid)).containsExactly(NEW_REQUEST);
        for (String learner : List.of(ADA, BRIAN)) {
            assertThat(mail(learner, uid)).as("what %s received", learner).containsExactly(NEW_REQUEST);
        }
        assertThat(sandbox.counters().snapshot().requests("UpdateItem")).as("changes sent").isEqualTo(1);
        assertThat(lms.attendees("KILL-ADD")).containsExactly(ADA, BRIAN, DANA);
    }

    /** An instance that reaches the database through a way the test can cut creates the event's meeting. */
    private String createdByAnInstanceThatWillDie(String eventId, String... learners) throws Exception {
        lms.createSchema();
        cuttableDatabase = new CuttableDatabase(database);
        Properties dying = cuttableDatabase.settings(Duration.ofSeconds(1));
        dying.setProperty("connector.events.stale-claim-after-s", Long.toString(STALE_AFTER.toSeconds()));
        // a killed process waits for nothing: its stop does not wait on the work the cut database holds up
        dying.setProperty("camel.main.shutdown-timeout", "1");
        start("connector-dying", dying);
        lms.event(eventId).booked(learners).insert();
        await().atMost(Duration.ofSeconds(20)).until(() -> lms.meeting(eventId) != null
                && "CREATED".equals(lms.meeting(eventId).get("state")));
        return (String) lms.meeting(eventId).get("uid");
    }

    /**
     * The LMS changes; the instance claims the change and sends it, and dies (kill -9) after Exchange applied it and
     * before the instance recorded it: Exchange holds the request (late-answer fault) until the instance can no
     * longer reach the database, then carries it out. The claim is left as the dead instance wrote it.
     */
    private void instanceDiesOnceExchangeApplied(Runnable lmsChange) {
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("UpdateItem"));
        lmsChange.run();
        await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.faults().held() == 1);
        cuttableDatabase.cut();
        sandbox.faults().clear();
        await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.faults().held() == 0);
        Main dead = instances.remove(0);
        dead.stop();
    }

    /** Another instance starts; once the dead one's claim is stale it takes the change and records it. */
    private void anotherInstanceTakesTheStaleClaimOver(String eventId) {
        Map<String, Object> left = lms.query("SELECT change_number, change_claimed_at FROM connector_meeting "
                + "WHERE event_id = ?", eventId).get(0);
        assertThat(left.get("change_claimed_at")).as("the dead instance's claim").isNotNull();
        assertThat(((Number) left.get("change_number")).intValue()).isEqualTo(1);
        Properties settings = new Properties();
        settings.setProperty("connector.events.stale-claim-after-s", Long.toString(STALE_AFTER.toSeconds()));
        start("connector-b", settings);
        await().atMost(Duration.ofSeconds(20)).until(() -> lms.query("SELECT change_number FROM connector_meeting "
                + "WHERE event_id = ? AND change_claimed_at IS NULL", eventId).size() == 1);
        assertThat(lms.sent(eventId)).containsEntry("change_error", null).containsEntry("state", "CREATED");
        assertThat(((Number) lms.query("SELECT change_number FROM connector_meeting WHERE event_id = ?", eventId)
                .get(0).get("change_number")).intValue()).as("taken over once").isEqualTo(2);
    }

    private ItemView meeting(String uid) {
        return sandbox.meetings().stream().filter(m -> uid.equals(m.uid())).findFirst().orElseThrow();
    }

    /** Bookings without their attendee, and attendees (who did not decline) without their booking. */
    private long rosterDifferences() {
        return count("SELECT COUNT(*) AS n FROM lms_booking b WHERE b.status = 'BOOKED' AND NOT EXISTS "
                + "(SELECT 1 FROM connector_attendee a WHERE a.event_id = b.event_id AND a.email = b.learner_email)")
                + count("SELECT COUNT(*) AS n FROM connector_attendee a WHERE NOT EXISTS (SELECT 1 FROM lms_booking b "
                + "WHERE b.event_id = a.event_id AND b.learner_email = a.email AND b.status = 'BOOKED')");
    }

    private void start(String name, Properties own) {
        instances.add(ConnectorInstance.start(name, database, sandbox, switchOn, own));
    }

    /** Camel names its threads "Camel (context) thread #n - ...": the contexts whose routes changed meetings. */
    private Set<String> instancesThatChangedMeetings() {
        return log.threads(Level.INFO, "changed in the LMS:").stream()
                .map(thread -> thread.substring(0, thread.indexOf(')') + 1))
                .collect(Collectors.toSet());
    }

    /**
     * What a learner received about one meeting, oldest first: the request type of invitations and updates,
     * "Canceled" for a cancellation.
     */
    private List<String> mail(String learner, String uid) {
        return sandbox.received(learner).stream().filter(mail -> uid.equals(mail.uid()))
                .map(mail -> mail.kind() == ItemKind.MEETING_CANCELLATION ? CANCELED : mail.meetingRequestType())
                .toList();
    }

    /**
     * Watches the connector's records while the instances work, as another instance's change pass reads them: a
     * created meeting whose change is not claimed must have its attendees recorded (every event here has two at
     * least), or that pass would take the learners for late bookings and invite them again.
     */
    private final class RecordWatch implements AutoCloseable {
        private final Set<String> incomplete = ConcurrentHashMap.newKeySet();
        private volatile boolean watching = true;
        private final Thread thread = new Thread(this::watch, "record-watch");

        RecordWatch() {
            thread.setDaemon(true);
            thread.start();
        }

        private void watch() {
            while (watching) {
                lms.query("SELECT m.event_id AS event_id FROM connector_meeting m WHERE m.state = 'CREATED' "
                        + "AND m.change_claimed_at IS NULL AND (SELECT COUNT(*) FROM connector_attendee a "
                        + "WHERE a.event_id = m.event_id) < 2").forEach(row -> incomplete.add((String) row.get("event_id")));
                // a sample every millisecond or so: the connector's two statements are that far apart, and a busy
                // loop would take a core from the instances
                LockSupport.parkNanos(1_000_000);
            }
        }

        Set<String> incompleteRecords() {
            return Set.copyOf(incomplete);
        }

        @Override
        public void close() throws InterruptedException {
            watching = false;
            thread.join();
        }
    }

    private long count(String sql, Object... parameters) {
        Map<String, Object> row = lms.query(sql, parameters).get(0);
        return ((Number) row.get("n")).longValue();
    }
}
