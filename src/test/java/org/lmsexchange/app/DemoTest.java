package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ConnectorApplication;

/**
 * The demo as a newcomer runs it, with no Exchange settings: the embedded LMS and the built-in sandbox with Basic,
 * whatever camel.component.ews.auth says, and the scripted learners' answers land on the bookings. The demo's settings are its own,
 * in the demo/demo.properties the jar carries, not in the operator's application.properties.
 */
class DemoTest {

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
