package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A health server that cannot listen stops start-up: one line naming camel.management.port and how to switch the
 * server off, exit code 1, no stack trace; not a connector running on without its /observe/health.
 */
class HealthPortTakenTest {

    @Test
    void aTakenHealthPortStopsStartUpWithOneLineNamingTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ConnectorProcess connector = ConnectorProcess.start(Path.of("").toAbsolutePath(), Map.of(), List.of(
                     "-Dcamel.management.host=127.0.0.1", "-Dcamel.management.port=" + taken.getLocalPort()))) {

            assertThat(connector.exitCode(Duration.ofSeconds(60))).as("exit code of:%n%s", connector.output()).isEqualTo(1);
            String output = connector.output();
            assertThat(output.lines().filter(line -> line.contains(" ERROR ")))
                    .singleElement().asString()
                    .contains("camel.management.port", "127.0.0.1:" + taken.getLocalPort(), "camel.management.enabled=false");
            assertThat(output).doesNotContain("Exception").doesNotContainPattern("(?m)^\\s+at ");
        }
    }
}
