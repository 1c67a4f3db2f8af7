package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.logging.log4j.Level;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lmsexchange.lms.LmsDatabase;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * The connector is (re)started while its LMS database is down: it starts all the same and waits for the database as
 * it does when the database goes away while it runs (the outage logged once, /observe/health DOWN for
 * lms-database, tried again after the outage back-off); once the database is there, start-up's work on it is done
 * (the connector's tables migrated, the switch-on time recorded) and the routes take on events.
 */
class StartWithoutDatabaseTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";

    private final Server h2Server;
    private final DatabaseProxy proxy;
    private final int healthPort = freePort();
    private final HttpClient http = HttpClient.newHttpClient();
    /** From before the connector starts: the outage begins during start-up. */
    private final CapturedLog log = CapturedLog.capture();

    StartWithoutDatabaseTest() throws IOException, SQLException {
        InetSocketAddress server;
        if (database.kind() == LmsDatabase.H2) {
            // in-memory H2 has no server to stop: serve the same database over TCP, in this JVM
            h2Server = Server.createTcpServer("-tcpPort", Integer.toString(freePort()), "-tcpDaemon").start();
            server = new InetSocketAddress("127.0.0.1", h2Server.getPort());
        } else {
            h2Server = null;
            server = database.serverAddress();
        }
        proxy = new DatabaseProxy(server);
        proxy.cut(); // down before the connector starts
    }

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.setProperty("lms.jdbc.url", database.urlThrough(new InetSocketAddress("127.0.0.1", proxy.port())));
        // the switch-on time is recorded by the connector once the database is there, not configured
        settings.setProperty("connector.switch-on-time", "");
        // a gone database fails fast instead of holding each try for the default 10 s
        settings.setProperty("lms.pool.connection-timeout-ms", "500");
        settings.setProperty("camel.management.enabled", "true");
        settings.setProperty("camel.management.host", "127.0.0.1");
        settings.setProperty("camel.management.port", Integer.toString(healthPort));
        return settings;
    }

    @AfterAll
    void closeProxyAndLog() {
        proxy.close();
        if (h2Server != null) {
            h2Server.stop();
        }
        log.close();
    }

    @Test
    void startedWhileTheDatabaseIsDownItWaitsForItThenMigratesAndWorks() throws Exception {
        assertThat(getCamelContext().isStarted()).as("started without its database").isTrue();
        eventually().untilAsserted(() -> assertThat(health().statusCode()).isEqualTo(503));
        assertThat(health().body()).contains("lms-database", "The LMS database is unavailable");
        // tried again and again (back-off 500 ms, then 1 s, 2 s), logged once
        eventually().until(() -> proxy.refused() >= 5);

        proxy.restore();

        eventually().untilAsserted(() -> assertThat(health().statusCode()).isEqualTo(200));
        lms.event("EVT-AFTER-START").booked(ADA).insert();
        String uid = awaitMeeting("EVT-AFTER-START");
        assertThat(sandbox.meetings()).extracting(ItemView::uid).containsExactly(uid);
        assertThat(lms.query("SELECT setting_value FROM connector_setting WHERE setting_name = 'switch-on-time'"))
                .as("the switch-on time recorded once the database was there").hasSize(1);
        assertThat(log.count(Level.WARN, "The LMS database is unavailable")).isEqualTo(1);
        assertThat(log.count(Level.INFO, "The LMS database is available again")).isEqualTo(1);
        assertThat(log.count(Level.INFO, "The LMS database is prepared")).isEqualTo(1);
        assertThat(log.count(Level.ERROR, "")).isZero();
    }

    private HttpResponse<String> health() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + healthPort + "/observe/health")).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
