package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.LearnerAnswer;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * Two connector instances against one LMS database and one mailbox, started together, as two processes would be:
 * 200 new events become exactly 200 meetings with one invitation per learner each, and every answer (including a
 * learner's later change of mind arriving first) is applied once, the latest last, with the inbox emptied.
 */
class TwoInstancesTest {

    private static final int EVENTS = 200;
    private static final String ORGANIZER = EwsSandbox.Builder.DEFAULT_ORGANIZER;
    private static final List<String> LEARNERS = List.of("ada@example.com", "brian@example.com", "chen@example.com");
    /** Accepts, then declines; the Decline reaches the inbox before the (earlier sent) Accept. */
    private static final String CHANGES_MIND = "chen@example.com";

    private final Instant switchOn = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
    private final EwsSandbox sandbox = EwsSandbox.builder().organizer(ORGANIZER).start();
    private final TestDatabase database = TestDatabase.create(getClass().getSimpleName());
    private final TestLms lms = new TestLms(database);
    private final CapturedLog log = CapturedLog.capture();
    private Main first;
    private Main second;

    @AfterEach
    void stopInstancesThenSandboxAndDatabase() {
        for (Main instance : new Main[] {first, second}) {
            if (instance != null) {
                instance.stop();
            }
        }
        log.close();
        sandbox.close();
        lms.close();
        database.drop();
    }

    @Test
    void everyMeetingInvitationAndAnswerHappensExactlyOnce() throws Exception {
        lms.createSchema();
        List<String> events = IntStream.range(0, EVENTS).mapToObj(i -> String.format("EVT-%03d", i)).toList();
        events.forEach(id -> lms.event(id).booked(LEARNERS.toArray(String[]::new)).insert());

        first = start("connector-a");
        second = start("connector-b");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                count("SELECT COUNT(*) AS n FROM connector_meeting WHERE state = 'CREATED'") == EVENTS);
        assertThat(sandbox.meetings()).hasSize(EVENTS);
        assertThat(sandbox.counters().snapshot().requests("CreateItem")).isEqualTo(EVENTS);
        for (String learner : LEARNERS) {
            assertThat(sandbox.received(learner)).extracting(ItemView::uid).hasSize(EVENTS).doesNotHaveDuplicates();
        }
        assertThat(instancesThatCreatedMeetings()).as("both instances created meetings").hasSize(2);

        Instant answeredAt = Instant.now();
        for (String event : events) {
            String uid = (String) lms.meeting(event).get("uid");
            answer("ada@example.com", uid, Answer.ACCEPT, answeredAt);
            answer("brian@example.com", uid, Answer.TENTATIVE, answeredAt);
            answer(CHANGES_MIND, uid, Answer.DECLINE, answeredAt);
            answer(CHANGES_MIND, uid, Answer.ACCEPT, answeredAt.minus(Duration.ofMinutes(5)));
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                sandbox.mailbox(ORGANIZER).items("inbox").isEmpty());
        assertThat(count("SELECT COUNT(*) AS n FROM connector_reply")).isEqualTo(EVENTS * LEARNERS.size());
        assertThat(bookings("ada@example.com", "BOOKED", "ACCEPTED")).isEqualTo(EVENTS);
        assertThat(bookings("brian@example.com", "BOOKED", "TENTATIVE")).isEqualTo(EVENTS);
        assertThat(bookings(CHANGES_MIND, "CANCELLED", "DECLINED")).isEqualTo(EVENTS);
        assertThat(count("SELECT COUNT(*) AS n FROM connector_meeting WHERE attempts <> 1"))
                .as("events claimed more than once").isZero();
        assertThat(log.count(Level.ERROR, "")).as("errors logged").isZero();
        assertThat(log.count(Level.WARN, "")).as("warnings logged").isZero();
    }

    private Main start(String name) {
        return ConnectorInstance.start(name, database, sandbox, switchOn, new Properties());
    }

    /** Camel names its threads "Camel (context) thread #n - ...": the contexts whose routes created meetings. */
    private Set<String> instancesThatCreatedMeetings() {
        return log.threads(Level.INFO, "Meeting created for event").stream()
                .map(thread -> thread.substring(0, thread.indexOf(')') + 1))
                .collect(Collectors.toSet());
    }

    private void answer(String learner, String uid, Answer answer, Instant sentAt) {
        sandbox.respond(LearnerAnswer.builder(learner, uid, answer).sentAt(sentAt).build());
    }

    private long bookings(String learner, String status, String response) {
        return count("SELECT COUNT(*) AS n FROM lms_booking WHERE learner_email = ? AND status = ? AND response = ?",
                learner, status, response);
    }

    private long count(String sql, Object... parameters) {
        Map<String, Object> row = lms.query(sql, parameters).get(0);
        return ((Number) row.get("n")).longValue();
    }
}
