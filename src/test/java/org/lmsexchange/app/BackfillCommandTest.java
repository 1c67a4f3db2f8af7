package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lmsexchange.backfill.BackfillCommand;
import org.lmsexchange.lms.ConnectorTables;

/**
 * {@code backfill}'s refusals and errors: the real command (its in-process entry point, with the real
 * application.properties) against the test's LMS database, on which the connector has recorded its switch-on time;
 * what it prints and its exit code are what the administrator gets, and the recorded time is left as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackfillCommandTest {

    private final TestDatabase database = TestDatabase.create(getClass().getSimpleName());
    private final TestLms lms = new TestLms(database);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private Instant switchOn;

    @BeforeAll
    void lmsTheConnectorHasRunOnWithAnEventCreatedBeforeItsSwitchOn() throws SQLException {
        lms.createSchema();
        try (HikariDataSource connector = new HikariDataSource()) {
            connector.setJdbcUrl(database.url());
            connector.setUsername(database.user());
            connector.setPassword(database.password());
            database.kind().driverProperties().forEach(connector::addDataSourceProperty);
            ConnectorTables tables = new ConnectorTables(connector, "connector_", database.kind());
            tables.migrate();
            switchOn = tables.switchOn("");
        }
        lms.event("OLD-1").booked("ada@example.com").createdAt(switchOn.minus(Duration.ofDays(1))).insert();
    }

    @AfterEach
    void clearOutput() {
        printed.reset();
    }

    @AfterAll
    void close() {
        lms.close();
        database.drop();
    }

    @Test
    void aMissingInstantNamesTheOptionAndItsFormat() {
        assertThat(backfill(settings(), "--dry-run")).isEqualTo(2);
        assertThat(output()).contains("--created-after is missing", "ISO-8601 date-time with offset, "
                + "e.g. 2026-01-01T00:00:00Z", "usage: java -jar lms-exchange-connector.jar backfill --created-after");
        printed.reset();
        assertThat(backfill(settings(), "--created-after")).isEqualTo(2);
        assertThat(output()).contains("--created-after '' is not an ISO-8601 date-time with offset");
    }

    @Test
    void aMalformedInstantNamesTheExpectedFormat() {
        assertThat(backfill(settings(), "--created-after", "2026-01-01")).isEqualTo(2);
        assertThat(output()).contains("--created-after '2026-01-01' is not an ISO-8601 date-time with offset, "
                + "e.g. 2026-01-01T00:00:00Z");
        assertThat(recordedSwitchOn()).isEqualTo(switchOn);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(backfill(settings(), "--created-after", "2026-01-01T00:00:00Z", "--dryrun")).isEqualTo(2);
        assertThat(output()).contains("unknown option --dryrun", "usage:");
        assertThat(recordedSwitchOn()).isEqualTo(switchOn);
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(backfill(settings(), "--help")).isZero();
        assertThat(output()).contains("--dry-run", "Exit code: 0 done or nothing to do");
    }

    @Test
    void anUnreachableDatabaseIsReportedAsCheckReportsIt() {
        Map<String, String> settings = settings();
        settings.put("lms.jdbc.url", "jdbc:h2:./target/no-such-lms;IFEXISTS=TRUE");

        assertThat(backfill(settings, "--created-after", "2026-01-01T00:00:00Z")).isEqualTo(1);
        assertThat(output()).contains("[FAIL] LMS database: cannot connect",
                "likely cause: wrong database address, user or password, or the server is down",
                "change:       lms.jdbc.url, lms.jdbc.user, lms.jdbc.password");
    }

    @Test
    void aSwitchOnTimeSetInTheSettingsDecidesAndBackfillIsRefused() {
        Map<String, String> settings = settings();
        settings.put("connector.switch-on-time", switchOn.toString());
        String createdAfter = switchOn.minus(Duration.ofDays(2)).toString();

        assertThat(backfill(settings, "--created-after", createdAfter)).isEqualTo(1);
        assertThat(output()).contains("  OLD-1  ", "connector.switch-on-time is set in the settings",
                "the settings decide which events are connected, and backfill changes nothing",
                "set connector.switch-on-time = " + createdAfter + " and restart the connector");
        assertThat(recordedSwitchOn()).isEqualTo(switchOn);
        printed.reset();
        assertThat(backfill(settings, "--created-after", createdAfter, "--dry-run")).as("a dry run lists").isZero();
        assertThat(output()).contains("  OLD-1  ", "connector.switch-on-time is set in the settings");
    }

    @Test
    void anInstantInTheFutureOrNotBeforeTheSwitchOnLeavesNothingToDo() {
        assertThat(backfill(settings(), "--created-after", Instant.now().plus(Duration.ofDays(1)).toString())).isZero();
        assertThat(output()).contains("Nothing to do: --created-after", "is in the future");
        printed.reset();
        assertThat(backfill(settings(), "--created-after", switchOn.toString())).isZero();
        assertThat(output()).contains("Nothing to do: the events created at or after " + switchOn
                + " (the switch-on time) are connected already");
        assertThat(recordedSwitchOn()).isEqualTo(switchOn);
    }

    @Test
    void aDatabaseTheConnectorHasNotRunOnSaysSo() {
        TestDatabase fresh = TestDatabase.create("BackfillFresh");
        try {
            Map<String, String> settings = settings();
            settings.put("lms.jdbc.url", fresh.url());

            assertThat(backfill(settings, "--created-after", "2026-01-01T00:00:00Z", "--dry-run")).isEqualTo(1);
            assertThat(output()).contains("The connector has not run on this database yet: nothing to backfill",
                    "set connector.switch-on-time = 2026-01-01T00:00:00Z");
        } finally {
            fresh.drop();
        }
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("lms.jdbc.url", database.url());
        settings.put("lms.jdbc.user", database.user());
        settings.put("lms.jdbc.password", database.password());
        settings.put("lms.demo-data", "false");
        settings.put("camel.component.ews.url", "http://127.0.0.1:1/EWS/Exchange.asmx");
        settings.put("ews.mailbox", "svc@example.com");
        return settings;
    }

    private Instant recordedSwitchOn() {
        return Instant.parse((String) lms.query("SELECT setting_value FROM connector_setting WHERE setting_name = ?",
                "switch-on-time").get(0).get("setting_value"));
    }

    private int backfill(Map<String, String> settings, String... args) {
        return BackfillCommand.run(args, settings, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
