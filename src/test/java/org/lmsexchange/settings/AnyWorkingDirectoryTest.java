package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar started from any directory: it carries its own settings and routes; a settings file named by --config or
 * CONNECTOR_CONFIG overrides them, and environment variables override both.
 */
class AnyWorkingDirectoryTest {

    private static final Duration DEMO_LOOP = Duration.ofSeconds(60);

    @TempDir
    Path elsewhere;

    @Test
    void theDemoRunsFromAnotherDirectoryWithAConfigFileAndEnvironmentVariables() throws Exception {
        int healthPort = freePort();
        Path config = elsewhere.resolve("connector.properties");
        Files.writeString(config, """
                # every learner accepts: chen@example.com declines in the jar's own settings
                sandbox.scripted-answers = *=accept:1s
                connector.events.poll-period-ms = 500
                connector.responses.cron = 0/1 * * * * ?
                # the environment variable wins over this
                camel.management.port = %d
                """.formatted(freePort()));
        Map<String, String> environment = Map.of("CAMEL_MANAGEMENT_HOST", "127.0.0.1",
                "CAMEL_MANAGEMENT_PORT", String.valueOf(healthPort));

        try (ConnectorProcess connector = ConnectorProcess.start(workingDirectory(), environment, List.of(),
                "--config", config.toString())) {
            connector.awaitOutput("Booking of chen@example.com on event EVT-1001: answered ACCEPT", DEMO_LOOP);

            assertThat(connector.output()).contains("Meeting created for event EVT-1001", "Meeting created for event EVT-1002");
            // the demo's own settings come from the file the jar carries for them, as the settings summary says
            assertThat(connector.output()).containsPattern("\\[demo\\.properties\\]\\s+sandbox\\.host = 127\\.0\\.0\\.1");
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + healthPort + "/observe/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");
        }
    }

    @Test
    void checkRunsFromAnotherDirectoryWithTheFileNamedByConnectorConfig() throws Exception {
        String unreachable = "http://127.0.0.1:" + freePort() + "/EWS/Exchange.asmx";
        Path config = elsewhere.resolve("check.properties");
        Files.writeString(config, "camel.component.ews.url = " + unreachable + "\ncamel.component.ews.timeout = 5000\n");

        try (ConnectorProcess check = ConnectorProcess.start(workingDirectory(),
                Map.of("CONNECTOR_CONFIG", config.toString()), List.of(), "check")) {

            assertThat(check.exitCode(Duration.ofSeconds(60))).as("exit code of:%n%s", check.output()).isEqualTo(1);
            assertThat(check.output()).contains(
                    "[SKIP] LMS database: not checked, lms.jdbc.url is the demo's embedded database",
                    "[FAIL] EWS URL " + unreachable + " not reachable");
        }
    }

    /** An empty directory: no application.properties, no routes. */
    private Path workingDirectory() throws IOException {
        return Files.createDirectories(elsewhere.resolve("work"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
