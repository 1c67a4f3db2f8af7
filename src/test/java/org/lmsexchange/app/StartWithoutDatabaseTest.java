package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * The connector is (re)started while its LMS database is down: it starts all the same and waits for the database as
 * it does when the database goes away while it runs (the outage logged once, /observe/health DOWN for
 * lms-database, tried again after the outage back-off); once the database is there, start-up's work on it is done
 * (the connector's tables migrated, the switch-on time recorded) and the routes take on events.
 */
class StartWithoutDatabaseTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";

    private final CuttableDatabase cuttableDatabase;
    private final HealthEndpoint health = new HealthEndpoint();
    /** From before the connector starts: the outage begins during start-up. */
    private final CapturedLog log = CapturedLog.capture();

    StartWithoutDatabaseTest() throws IOException, SQLException {
        cuttableDatabase = new CuttableDatabase(database);
        cuttableDatabase.cut(); // down before the connector starts
    }

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.putAll(cuttableDatabase.settings(Duration.ofMillis(500)));
        // the switch-on time is recorded by the connector once the database is there, not configured
        settings.setProperty("connector.switch-on-time", "");
        settings.putAll(health.settings());
        return settings;
    }

    @AfterAll
    void closeDatabaseAndLog() {
        cuttableDatabase.close();
        log.close();
    }

    @Test
    void startedWhileTheDatabaseIsDownItWaitsForItThenMigratesAndWorks() throws Exception {
        assertThat(getCamelContext().isStarted()).as("started without its database").isTrue();
        eventually().untilAsserted(() -> assertThat(health.get().statusCode()).isEqualTo(503));
        assertThat(health.get().body()).contains("lms-database", "The LMS database is unavailable");
        // tried again and again (back-off 500 ms, then 1 s, 2 s), logged once
        eventually().until(() -> cuttableDatabase.refused() >= 5);

        cuttableDatabase.restore();

        eventually().untilAsserted(() -> assertThat(health.get().statusCode()).isEqualTo(200));
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
}
