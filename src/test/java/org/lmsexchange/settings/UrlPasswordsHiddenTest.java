package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A password inside lms.jdbc.url (the way many operators write it) is shown nowhere: not in the settings summary the
 * connector logs at start-up, not in the failure that stops start-up, not in what {@code check} prints about a
 * database it cannot reach or does not support.
 * The jar's own logging, as a user runs it.
 */
class UrlPasswordsHiddenTest {

    private static final String SECRET = "Sekret-In-Url-4f9q";

    @Test
    void theStartUpSummaryMasksThePasswordInsideTheJdbcUrl() throws Exception {
        // H2 takes the password from the URL too, as long as it equals lms.jdbc.password
        Map<String, String> environment = Map.of(
                "LMS_JDBC_URL", "jdbc:h2:mem:lms;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;PASSWORD=" + SECRET,
                "LMS_JDBC_PASSWORD", SECRET,
                "CAMEL_MANAGEMENT_HOST", "127.0.0.1",
                "CAMEL_MANAGEMENT_PORT", String.valueOf(freePort()));

        try (ConnectorProcess connector = ConnectorProcess.start(Path.of("").toAbsolutePath(), environment, List.of())) {
            connector.awaitOutput("Meeting created for event EVT-1001", Duration.ofSeconds(60));

            assertThat(connector.output())
                    .contains("lms.jdbc.url = jdbc:h2:mem:lms;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;PASSWORD=xxxxxx")
                    .doesNotContain(SECRET);
        }
    }

    /** MariaDB's driver reads user:password@host as host:port; Flyway's start-up failure quotes the "port". */
    @Test
    void aStartUpFailureQuotingThePasswordShowsItMasked() throws Exception {
        Map<String, String> environment = Map.of(
                "LMS_JDBC_URL", "jdbc:mariadb://connector:" + SECRET + "@127.0.0.1:" + freePort() + "/lms",
                "LMS_DEMO_DATA", "false",
                "CAMEL_COMPONENT_EWS_URL", "https://127.0.0.1:" + freePort() + "/EWS/Exchange.asmx",
                "CAMEL_MANAGEMENT_HOST", "127.0.0.1",
                "CAMEL_MANAGEMENT_PORT", String.valueOf(freePort()));

        try (ConnectorProcess connector = ConnectorProcess.start(Path.of("").toAbsolutePath(), environment, List.of())) {

            assertThat(connector.exitCode(Duration.ofSeconds(60))).as("exit code of:%n%s", connector.output()).isEqualTo(1);
            assertThat(connector.output()).contains("xxxxxx@127.0.0.1").doesNotContain(SECRET);
        }
    }

    @Test
    void checkShowsNoPasswordOfAnUnreachableOrUnsupportedDatabaseUrl() throws Exception {
        int closed = freePort();
        for (String url : List.of(
                "jdbc:postgresql://127.0.0.1:" + closed + "/lms?user=connector&password=" + SECRET,
                "jdbc:mariadb://connector:" + SECRET + "@127.0.0.1:" + closed + "/lms",
                "jdbc:sqlserver://127.0.0.1:" + closed + ";databaseName=lms;password=" + SECRET)) {
            try (ConnectorProcess check = ConnectorProcess.start(Path.of("").toAbsolutePath(), Map.of(
                    "LMS_JDBC_URL", url, "LMS_DEMO_DATA", "false", "LMS_POOL_CONNECTION_TIMEOUT_MS", "2000"),
                    List.of(), "check")) {

                assertThat(check.exitCode(Duration.ofSeconds(60))).as("exit code of:%n%s", check.output()).isEqualTo(1);
                assertThat(check.output()).as(url).contains("[FAIL] LMS database").doesNotContain(SECRET);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
