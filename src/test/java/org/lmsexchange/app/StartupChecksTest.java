package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.UUID;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ConnectorApplication;
import org.lmsexchange.ews.TestCertificates;

/** Settings that would do harm stop the connector at start-up, with one message naming the setting. */
class StartupChecksTest {

    private static final String SECRET = "Xq8~s3cret-value-NOT-for-logs";

    @Test
    void aRealLmsWithoutAnExchangeUrlDoesNotStartTheSandboxButStops() {
        Main main = withoutHealthServer();
        main.addOverrideProperty("lms.jdbc.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        main.addOverrideProperty("lms.demo-data", "false");
        main.addOverrideProperty("ews.url", "");

        Throwable failure = catchThrowable(main::start);
        main.stop();

        assertThat(failure).hasStackTraceContaining("ews.url (EWS_URL) is not set")
                .hasStackTraceContaining("only used with the embedded demo LMS");
    }

    @Test
    void oauth2WithoutAClientIdStopsStartUpNamingTheSetting() {
        Main main = realLms();
        main.addOverrideProperty("ews.auth", "oauth2");
        main.addOverrideProperty("ews.oauth2.tenant", "contoso.onmicrosoft.com");
        main.addOverrideProperty("ews.oauth2.client-secret", SECRET);

        Throwable failure = startFailure(main);

        assertThat(failure).hasStackTraceContaining("ews.oauth2.client-id (EWS_OAUTH2_CLIENT_ID) is not set: "
                + "ews.auth=oauth2 needs it (the app registration's Application (client) ID)");
        assertThat(stackTrace(failure)).doesNotContain(SECRET);
    }

    @Test
    void anUnknownAuthenticationStopsStartUpNamingTheChoices() {
        Main main = realLms();
        main.addOverrideProperty("ews.auth", "kerberos");

        assertThat(startFailure(main)).hasStackTraceContaining("ews.auth (EWS_AUTH) is 'kerberos': use basic");
    }

    @Test
    void aWrongTrustStorePasswordStopsStartUpWithoutQuotingIt() throws Exception {
        Main main = realLms();
        main.addOverrideProperty("ews.tls.trust-store", TestCertificates.LOOPBACK.trustStore("PKCS12").toString());
        main.addOverrideProperty("ews.tls.trust-store-password", SECRET);

        Throwable failure = startFailure(main);

        assertThat(failure).hasStackTraceContaining("ews.tls.trust-store-password (EWS_TLS_TRUST_STORE_PASSWORD) does "
                + "not open the trust store");
        assertThat(stackTrace(failure)).doesNotContain(SECRET);
    }

    /** A connector on a real (non-demo) LMS and an Exchange URL, whose start-up the test's settings should stop. */
    private static Main realLms() {
        Main main = withoutHealthServer();
        main.addOverrideProperty("lms.jdbc.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        main.addOverrideProperty("lms.demo-data", "false");
        main.addOverrideProperty("ews.url", "https://mail.example.com/EWS/Exchange.asmx");
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
