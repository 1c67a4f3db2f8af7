package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmsexchange.ConnectorApplication;
import org.lmsexchange.ews.TestCertificates;
import org.lmsexchange.settings.SettingsFiles;

/** Settings that would do harm stop the connector at start-up, with one message naming the setting. */
class StartupChecksTest {

    private static final String SECRET = "Xq8~s3cret-value-NOT-for-logs";

    @TempDir
    Path workingDirectory;

    @Test
    void aRealLmsWithoutAnExchangeUrlDoesNotStartTheSandboxButStops() {
        Main main = withoutHealthServer();
        main.addOverrideProperty("lms.jdbc.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        main.addOverrideProperty("lms.demo-data", "false");
        main.addOverrideProperty("camel.component.ews.url", "");

        Throwable failure = catchThrowable(main::start);
        main.stop();

        assertThat(failure).hasStackTraceContaining("camel.component.ews.url (CAMEL_COMPONENT_EWS_URL) is not set")
                .hasStackTraceContaining("only used with the embedded demo LMS");
    }

    @Test
    void oauth2WithoutAClientIdStopsStartUpNamingTheSetting() {
        Main main = realLms();
        main.addOverrideProperty("camel.component.ews.auth", "oauth2");
        main.addOverrideProperty("camel.component.ews.oauth2-tenant", "contoso.onmicrosoft.com");
        main.addOverrideProperty("camel.component.ews.oauth2-client-secret", SECRET);

        Throwable failure = startFailure(main);

        assertThat(failure).hasStackTraceContaining("camel.component.ews.oauth2-client-id is not set: "
                + "camel.component.ews.auth=oauth2 needs it (the app registration's Application (client) ID)");
        assertThat(stackTrace(failure)).doesNotContain(SECRET);
    }

    @Test
    void anUnknownAuthenticationStopsStartUpNamingTheChoices() {
        Main main = realLms();
        main.addOverrideProperty("camel.component.ews.auth", "kerberos");

        assertThat(startFailure(main)).hasStackTraceContaining("camel.component.ews.auth is 'kerberos': use basic");
    }

    @Test
    void aWrongTrustStorePasswordStopsStartUpWithoutQuotingIt() throws Exception {
        Main main = realLms();
        main.addOverrideProperty("camel.component.ews.trust-store", TestCertificates.LOOPBACK.trustStore("PKCS12").toString());
        main.addOverrideProperty("camel.component.ews.trust-store-password", SECRET);

        Throwable failure = startFailure(main);

        assertThat(failure).hasStackTraceContaining("camel.component.ews.trust-store-password does "
                + "not open the trust store");
        assertThat(stackTrace(failure)).doesNotContain(SECRET);
    }

    /**
     * The ews component's options that bound one call (here its time-out, from its environment variable) against how
     * long a claim lasts: start-up warns, naming the option as the operator sets it.
     */
    @Test
    void aTimeoutLongerThanAClaimLastsIsWarnedOfAtStartUp() throws Exception {
        Main main = ConnectorApplication.newMain(SettingsFiles.locate(null, Map.of(), workingDirectory),
                Map.of("CAMEL_COMPONENT_EWS_TIMEOUT", "600000"));
        main.addOverrideProperty("camel.management.enabled", "false");
        try (CapturedLog log = CapturedLog.capture()) {
            main.start();
            main.stop();

            assertThat(log.count(Level.WARN, "connector.events.stale-claim-after-s (900 s) is not above the longest"))
                    .isEqualTo(1);
            assertThat(log.count(Level.WARN, "camel.component.ews.timeout=600000")).isEqualTo(1);
            assertThat(log.count(Level.WARN, "connector.events.retry-after-s (60 s) is not above "
                    + "camel.component.ews.timeout (600000 ms)")).isEqualTo(1);
        }
    }

    /** A connector on a real (non-demo) LMS and an Exchange URL, whose start-up the test's settings should stop. */
    private static Main realLms() {
        Main main = withoutHealthServer();
        main.addOverrideProperty("lms.jdbc.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        main.addOverrideProperty("lms.demo-data", "false");
        main.addOverrideProperty("camel.component.ews.url", "https://mail.example.com/EWS/Exchange.asmx");
        return main;
    }

    /** Test classes run side by side: the health server's port is not theirs to take. */
    private static Main withoutHealthServer() {
        Main main = ConnectorApplication.newMain();
        main.addOverrideProperty("camel.management.enabled", "false");
        return main;
    }

    private static Throwable startFailure(Main main) {
        Throwable failure = catchThrowable(main::start);
        main.stop();
        assertThat(failure).as("start-up stopped").isNotNull();
        return failure;
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
