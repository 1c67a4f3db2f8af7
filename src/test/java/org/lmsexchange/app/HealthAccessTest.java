package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
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
    private final HealthEndpoint health = new HealthEndpoint();

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.putAll(health.settings());
        settings.setProperty("connector.management.user", USER);
        settings.setProperty("connector.management.password", PASSWORD);
        return settings;
    }

    @Test
    void byDefaultTheHealthServerListensOnLoopbackOnlyAndShowsDetailsToLocalAndSignedInCallers() throws Exception {
        sandbox.faults().failNext(10_000, FaultKind.PERMISSION_MISSING);
        lms.event("EVT-HEALTH").booked("ada@example.com").insert();
        eventually().until(() -> health.get().statusCode() == 503);
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.2", health.port()), 2000))
                    .as("the health server must not listen on 127.0.0.2").isInstanceOf(ConnectException.class);
        }

        assertThat(health.get().body()).contains("\"exchange\"", "Exchange is unavailable");
        assertThat(health.get(basic(USER, PASSWORD)).body()).contains("Exchange is unavailable");
        HttpResponse<String> wrongLogin = health.get(basic(USER, "wrong"));
        assertThat(wrongLogin.statusCode()).isEqualTo(401);
        assertThat(wrongLogin.body()).doesNotContain("Exchange is unavailable");

        sandbox.faults().clear();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
