package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.http.FaultKind;

/**
 * /observe/health of the running connector with the settings as shipped: the server listens on 127.0.0.1 only (not
 * on another address of this machine, here 127.0.0.2), a caller on this machine sees why a check is DOWN, and a
 * login that is sent is checked. What a caller from elsewhere gets is {@code ManagementGuardTest}'s part.
 */
@Tag("exchange-side")
class HealthAccessTest extends ConnectorTestSupport {

    private static final String USER = "ops";
    private static final String PASSWORD = "Health-Pw-3v8n";
    private final int healthPort = freePort();

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.setProperty("camel.management.enabled", "true");
        settings.setProperty("camel.management.port", Integer.toString(healthPort));
        settings.setProperty("connector.management.user", USER);
        settings.setProperty("connector.management.password", PASSWORD);
        return settings;
    }

    @Test
    void byDefaultTheHealthServerListensOnLoopbackOnlyAndShowsDetailsToLocalAndSignedInCallers() throws Exception {
        sandbox.faults().failNext(10_000, FaultKind.PERMISSION_MISSING);
        lms.event("EVT-HEALTH").booked("ada@example.com").insert();
        eventually().until(() -> health(null).statusCode() == 503);
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.2", healthPort), 2000))
                    .as("the health server must not listen on 127.0.0.2").isInstanceOf(ConnectException.class);
        }

        assertThat(health(null).body()).contains("\"exchange\"", "Exchange is unavailable");
        assertThat(health(basic(USER, PASSWORD)).body()).contains("Exchange is unavailable");
        HttpResponse<String> wrongLogin = health(basic(USER, "wrong"));
        assertThat(wrongLogin.statusCode()).isEqualTo(401);
        assertThat(wrongLogin.body()).doesNotContain("Exchange is unavailable");

        sandbox.faults().clear();
    }

    private HttpResponse<String> health(String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + healthPort + "/observe/health"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
