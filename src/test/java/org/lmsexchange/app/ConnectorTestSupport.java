package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.apache.camel.test.main.junit5.Configure;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.lmsexchange.ConnectorSetup;
import org.lmsexchange.ews.SelfSignedCertificate;
import org.lmsexchange.ews.TestCertificates;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.view.ItemView;
import org.lmsexchange.settings.SettingsFiles;

/**
 * Boots the real connector as {@code java -jar} does: the top-level application.properties and the YAML routes in
 * routes/ as the jar carries them (the build copies them onto the classpath), and the ConnectorSetup configuration. Each test class gets its own EWS sandbox (any free port) and its
 * own LMS database (in-memory H2, or a fresh one on PostgreSQL or MariaDB: see TestDatabase), and fast timings (events polled every 500 ms, the inbox read every second).
 * <p>
 * The per-class settings (sandbox URL, database name) are only known at run time, so they are handed to camel-main
 * the way a deployment hands it mounted secrets: a properties file named by camel.main.file-configurations, whose
 * values override application.properties before any bean or configuration class reads them.
 */
@CamelMainTest(propertyPlaceholderLocations = SettingsFiles.DEFAULTS, configurationClasses = ConnectorSetup.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConnectorTestSupport implements CamelContextAware {

    static final String ORGANIZER = EwsSandbox.Builder.DEFAULT_ORGANIZER;

    /** Events created before this are left alone; the test's events are created after it. */
    protected final Instant switchOn = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
    protected final EwsSandbox sandbox = sandboxSettings().start();
    protected final TestLms lms;

    protected final TestDatabase database;
    private final Path settingsDirectory;
    private CamelContext camelContext;

    protected ConnectorTestSupport() {
        database = TestDatabase.create(getClass().getSimpleName());
        lms = new TestLms(database);
        try {
            settingsDirectory = Files.createTempDirectory("connector-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sandbox of this test class; a subclass may change it (e.g. HTTPS, OAuth2 apps). Called while the object is
     * constructed: it may use no instance field of the subclass.
     */
    protected EwsSandbox.Builder sandboxSettings() {
        return EwsSandbox.builder().organizer(ORGANIZER);
    }

    /** Settings of this test class on top of application.properties; subclasses add their own. */
    protected Properties settings() {
        return commonSettings();
    }

    private Properties commonSettings() {
        return testSettings(database, sandbox, switchOn);
    }

    /**
     * What every test's connector runs with on top of application.properties: its own database and sandbox, events
     * created after {@code switchOn}, fast polls and back-offs, and no HTTP port. Also for tests that start
     * camel-main themselves.
     */
    static Properties testSettings(TestDatabase database, EwsSandbox sandbox, Instant switchOn) {
        Properties settings = new Properties();
        settings.setProperty("lms.jdbc.url", database.url());
        settings.setProperty("lms.jdbc.user", database.user());
        settings.setProperty("lms.jdbc.password", database.password());
        // the test creates the demo schema itself, without the demo's events and learners
        settings.setProperty("lms.demo-data", "false");
        settings.setProperty("camel.component.ews.url", sandbox.ewsUrl().toString());
        settings.setProperty("ews.mailbox", ORGANIZER);
        settings.setProperty("camel.component.ews.username", ORGANIZER);
        settings.setProperty("camel.component.ews.password", EwsSandbox.Builder.DEFAULT_PASSWORD);
        settings.setProperty("connector.switch-on-time", switchOn.toString());
        settings.setProperty("connector.events.poll-period-ms", "500");
        settings.setProperty("connector.events.retry-after-s", "1");
        settings.setProperty("connector.responses.cron", "0/1 * * * * ?");
        settings.setProperty("connector.outage.first-back-off-ms", "500");
        settings.setProperty("connector.outage.max-back-off-ms", "2000");
        // test classes share a JVM (two JVMs run side by side): no HTTP port of their own unless a test needs it
        settings.setProperty("camel.management.enabled", "false");
        return settings;
    }

    /** A setting as application.properties (the top-level file) has it, placeholders and all. */
    static String defaultSetting(String key) {
        Properties defaults = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("application.properties"))) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Objects.requireNonNull(defaults.getProperty(key), key + " is not in application.properties");
    }

    /** A poll query with one of its columns selected differently, e.g. a value of another type. */
    static String withColumn(String query, String column, String replacement) {
        if (!query.contains(column)) {
            throw new IllegalArgumentException("the query has no '" + column + "': " + query);
        }
        return query.replace(column, replacement);
    }

    /**
     * Settings that sign in as an app with a client secret (camel.component.ews.auth=oauth2) at this test's sandbox,
     * served over HTTPS with the loopback test certificate, which the connector trusts through its trust-store option.
     */
    protected Properties oauth2Settings(String tenant, String clientId, String secret) {
        Properties settings = commonSettings();
        settings.remove("camel.component.ews.username");
        settings.remove("camel.component.ews.password");
        settings.setProperty("camel.component.ews.auth", "oauth2");
        settings.setProperty("camel.component.ews.oauth2-authority-host", sandbox.authorityHost().toString());
        settings.setProperty("camel.component.ews.oauth2-tenant", tenant);
        settings.setProperty("camel.component.ews.oauth2-client-id", clientId);
        settings.setProperty("camel.component.ews.oauth2-client-secret", secret);
        try {
            settings.setProperty("camel.component.ews.trust-store", TestCertificates.LOOPBACK.trustStore("PKCS12").toString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the trust store", e);
        }
        settings.setProperty("camel.component.ews.trust-store-password", SelfSignedCertificate.PASSWORD);
        return settings;
    }

    @Configure
    void useTestSettings(MainConfigurationProperties configuration) throws IOException, SQLException {
        lms.createSchema();
        Path file = settingsDirectory.resolve("test.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            settings().store(out, "settings of " + getClass().getSimpleName());
        }
        configuration.setFileConfigurations(settingsDirectory + "/*.properties");
    }

    @AfterAll
    void stopConnectorThenSandboxAndDatabase() throws IOException {
        // the connector first, so that its last polls do not meet a closed sandbox or a dropped database
        camelContext.stop();
        sandbox.close();
        lms.close();
        database.drop();
        try (var files = Files.list(settingsDirectory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(settingsDirectory);
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    /** How long the connector may take: a few polls. */
    static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100));
    }

    /** The organizer's inbox: answers not yet processed and all the other mail. */
    List<ItemView> inbox() {
        return sandbox.mailbox(ORGANIZER).items("inbox");
    }

    List<String> inboxIds() {
        return inbox().stream().map(ItemView::id).toList();
    }

    /** The meeting the connector recorded for an event, looked up in the sandbox by the recorded uid. */
    ItemView meetingOf(String eventId) {
        Map<String, Object> row = lms.meeting(eventId);
        String uid = (String) row.get("uid");
        return sandbox.meetings().stream().filter(m -> uid.equals(m.uid())).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting with uid " + uid + " in the sandbox"));
    }

    /** Stops reading the inbox: answers sent now are read after what the test does next to the LMS. */
    void holdAnswers() throws Exception {
        getCamelContext().getRouteController().stopRoute("exchange-responses-to-lms");
    }

    void releaseAnswers() throws Exception {
        getCamelContext().getRouteController().startRoute("exchange-responses-to-lms");
    }

    /** The learner's booking on the event has this status and response. */
    void assertBooking(String eventId, String learner, String status, String response) {
        assertThat(lms.booking(eventId, learner))
                .as("booking of %s on %s", learner, eventId)
                .containsEntry("status", status).containsEntry("response", response);
    }

    /** Waits until the connector has created and recorded the meeting of an event; returns its uid. */
    String awaitMeeting(String eventId) {
        eventually().until(() -> {
            Map<String, Object> row = lms.meeting(eventId);
            return row != null && "CREATED".equals(row.get("state"));
        });
        return (String) lms.meeting(eventId).get("uid");
    }
}
