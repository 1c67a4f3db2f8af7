package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.lmsexchange.demo.ScriptedDemoChange;
import org.lmsexchange.ConnectorApplication;
import org.lmsexchange.ews.EwsOption;
import org.lmsexchange.sandbox.http.HttpBodies;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.view.ItemView;
import org.lmsexchange.sandbox.view.MailboxView;

/**
 * The demo as a newcomer runs it, with no Exchange settings: the embedded LMS and the built-in sandbox with Basic,
 * whatever camel.component.ews.auth says, and the scripted learners' answers land on the bookings. The demo's settings are its own,
 * in the demo/demo.properties the jar carries, not in the operator's application.properties. Once they have answered,
 * the demo LMS changes (lms.demo-changes) and the connector tells exactly the learners concerned.
 */
class DemoTest {

    private static final String NEW_REQUEST = "NewMeetingRequest";
    private static final String FULL_UPDATE = "FullUpdate";
    private static final String CANCELLATION = "cancellation";

    @Test
    void theDemoRunsOnTheScriptedLearnersOfItsOwnSettings() throws Exception {
        String lms = newLms();
        Main main = demo(lms);
        try {
            main.start();

            // the scripted learners of demo/demo.properties: chen declines, brian is tentative
            ConnectorTestSupport.eventually().untilAsserted(() -> {
                assertThat(response(lms, "EVT-1001", "chen@example.com")).isEqualTo("DECLINED");
                assertThat(response(lms, "EVT-1001", "brian@example.com")).isEqualTo("TENTATIVE");
            });
        } finally {
            main.stop();
        }
    }

    @Test
    void theDemoRunsWithTheSandboxsBasicUserEvenWhenOAuth2IsChosen() throws Exception {
        String lms = newLms();
        Main main = demo(lms);
        main.addOverrideProperty("camel.component.ews.auth", "oauth2"); // no oauth2 settings: the demo must not need them
        main.addOverrideProperty("sandbox.scripted-answers", "*=accept:0s");
        // an answer that comes at once may be read before its meeting is recorded, and is then left in the inbox
        // to be read again after this long: not the 10 minutes of the default
        main.addOverrideProperty("camel.component.ews.kept-reread-delay", "500");
        try {
            main.start();

            ConnectorTestSupport.eventually().untilAsserted(() ->
                    assertThat(response(lms, "EVT-1001", "ada@example.com")).isEqualTo("ACCEPTED"));
        } finally {
            main.stop();
        }
    }

    @Test
    void afterTheFirstAnswersTheDemoLmsChangesAndOnlyTheLearnersConcernedAreTold() throws Exception {
        String lms = newLms();
        Main main = demo(lms);
        try {
            main.start();

            // the scripted change: Dana's booking on EVT-1002 cancelled, Frida booked there and her answer applied
            ConnectorTestSupport.eventually().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
                assertThat(booking(lms, "EVT-1002", "dana@example.com")).isEqualTo("CANCELLED / ACCEPTED");
                assertThat(booking(lms, "EVT-1002", "frida@example.com")).isEqualTo("BOOKED / ACCEPTED");
            });
            String moved = meetingUid(lms, "EVT-1001");
            String rebooked = meetingUid(lms, "EVT-1002");
            ConnectorTestSupport.eventually().untilAsserted(() -> {
                // EVT-1001 moved by an hour: in the LMS, on the meeting, and in the update every attendee received
                Instant invited = mail(main, "ada@example.com", moved).get(0).start();
                Instant newStart = invited.plus(Duration.ofHours(1));
                // (Exchange keeps whole seconds)
                assertThat(eventStart(lms, "EVT-1001").truncatedTo(ChronoUnit.SECONDS)).isEqualTo(newStart);
                assertThat(meeting(main, moved).start()).isEqualTo(newStart);
                for (String attendee : List.of("ada@example.com", "brian@example.com", "chen@example.com")) {
                    List<ItemView> mail = mail(main, attendee, moved);
                    assertThat(mail).as(attendee).extracting(DemoTest::kindOf).containsExactly(NEW_REQUEST, FULL_UPDATE);
                    assertThat(mail.get(1).start()).as(attendee).isEqualTo(newStart);
                }
                // on EVT-1002 the new learner alone is invited, the removed learner alone told
                assertThat(mail(main, "frida@example.com", rebooked)).extracting(DemoTest::kindOf)
                        .containsExactly(NEW_REQUEST);
                assertThat(mail(main, "dana@example.com", rebooked)).extracting(DemoTest::kindOf)
                        .containsExactly(NEW_REQUEST, CANCELLATION);
                for (String attendee : List.of("ada@example.com", "emil@example.com")) {
                    assertThat(mail(main, attendee, rebooked)).as(attendee).extracting(DemoTest::kindOf)
                            .containsExactly(NEW_REQUEST);
                }
            });
        } finally {
            main.stop();
        }
    }

    @Test
    void theScriptedChangeCanBeSwitchedOff() throws Exception {
        String lms = newLms();
        Main main = demo(lms);
        main.addOverrideProperty("lms.demo-changes", "false");
        try {
            main.start();

            // every learner's answer applied: the change would come within a second or two
            ConnectorTestSupport.eventually().untilAsserted(() ->
                    assertThat(single(lms, "SELECT COUNT(*) FROM lms_booking WHERE response IS NULL")).isEqualTo("0"));
            // nothing looks for the moment to change the demo LMS, which keeps its data: no booking added, none
            // cancelled (no wait for something not to happen)
            assertThat(main.getCamelContext().hasService(ScriptedDemoChange.class)).isNull();
            assertThat(single(lms, "SELECT COUNT(*) FROM lms_booking")).isEqualTo("6");
            assertThat(booking(lms, "EVT-1002", "dana@example.com")).isEqualTo("BOOKED / ACCEPTED");
        } finally {
            main.stop();
        }
    }

    private static String newLms() {
        return "jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
    }

    /** The demo as the README's first command runs it, on its own embedded LMS, polling faster. */
    private static Main demo(String lms) {
        Main main = ConnectorApplication.newMain();
        main.addOverrideProperty("lms.jdbc.url", lms);
        // test classes run side by side: the health server's port is not this test's to take
        main.addOverrideProperty("camel.management.enabled", "false");
        main.addOverrideProperty("camel.component.ews.url", "");
        main.addOverrideProperty("connector.events.poll-period-ms", "500");
        main.addOverrideProperty("connector.responses.cron", "0/1 * * * * ?");
        return main;
    }

    private static String booking(String url, String eventId, String learner) throws SQLException {
        return single(url, "SELECT status || ' / ' || COALESCE(response, '-') FROM lms_booking WHERE event_id = ? "
                + "AND learner_email = ?", eventId, learner);
    }

    private static String meetingUid(String url, String eventId) throws SQLException {
        return single(url, "SELECT uid FROM connector_meeting WHERE event_id = ?", eventId);
    }

    private static Instant eventStart(String url, String eventId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement query = connection.prepareStatement("SELECT starts_at FROM lms_event WHERE id = ?")) {
            query.setString(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    private static String single(String url, String sql, String... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** What one learner received about one meeting, as the demo's sandbox shows their mailbox. */
    private static List<ItemView> mail(Main main, String learner, String uid) throws Exception {
        MailboxView mailbox = HttpBodies.JSON.readValue(sandboxApi(main, "mailboxes/" + learner), MailboxView.class);
        return mailbox.items("inbox").stream()
                .filter(mail -> uid.equals(mail.uid()))
                .filter(mail -> mail.kind() == ItemKind.MEETING_REQUEST || mail.kind() == ItemKind.MEETING_CANCELLATION)
                .toList();
    }

    /** The meeting in the organizer's calendar, as the demo's sandbox shows it. */
    private static ItemView meeting(Main main, String uid) throws Exception {
        for (JsonNode meeting : HttpBodies.JSON.readTree(sandboxApi(main, "meetings")).path("meetings")) {
            if (uid.equals(meeting.path("uid").asText())) {
                return HttpBodies.JSON.treeToValue(meeting, ItemView.class);
            }
        }
        throw new AssertionError("no meeting with uid " + uid + " in the sandbox");
    }

    /** GET on the demo sandbox's inspection API, found where the demo pointed the ews component. */
    private static String sandboxApi(Main main, String path) throws Exception {
        URI ews = URI.create(main.getCamelContext().getPropertiesComponent()
                .resolveProperty(EwsOption.URL.propertyKey()).orElseThrow());
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(ews.resolve("/sandbox/api/" + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET /sandbox/api/%s", path).isEqualTo(200);
        return response.body();
    }

    private static String kindOf(ItemView mail) {
        return mail.kind() == ItemKind.MEETING_CANCELLATION ? CANCELLATION : mail.meetingRequestType();
    }

    private static String response(String url, String eventId, String learner) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement query = connection.prepareStatement(
                     "SELECT response FROM lms_booking WHERE event_id = ? AND learner_email = ?")) {
            query.setString(1, eventId);
            query.setString(2, learner);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
