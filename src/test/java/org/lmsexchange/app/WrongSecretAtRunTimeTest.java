package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.AdjustableClock;
import org.lmsexchange.ews.TestCertificates;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.oauth.OAuthApp;

/**
 * The connector starts with a client secret Entra ID refuses (here: a new secret that has not reached its servers
 * yet, AADSTS7000215): it backs off instead of looping, logs the outage once naming camel.component.ews.oauth2-client-secret,
 * health reports exchange DOWN with that reason, and the routes carry on by themselves once the secret is accepted.
 */
@Tag("exchange-side")
class WrongSecretAtRunTimeTest extends ConnectorTestSupport {

    private static final String TENANT = "contoso.onmicrosoft.com";
    private static final String CLIENT_ID = "2a6f8e14-connector-app";
    private static final String SECRET = "New-Secret-Not-Yet-Everywhere-4h7";
    private static final Duration PROPAGATION = Duration.ofMinutes(10);
    private static final AdjustableClock ENTRA_TIME = new AdjustableClock();

    @Override
    protected EwsSandbox.Builder sandboxSettings() {
        try {
            return super.sandboxSettings().clock(ENTRA_TIME).tls(TestCertificates.LOOPBACK.serverContext())
                    .oauthApp(OAuthApp.builder(TENANT, CLIENT_ID)
                            .secretValidFrom(SECRET, ENTRA_TIME.instant().plus(PROPAGATION)).build());
        } catch (Exception e) {
            throw new IllegalStateException("cannot serve HTTPS", e);
        }
    }

    @Override
    protected Properties settings() {
        return oauth2Settings(TENANT, CLIENT_ID, SECRET);
    }

    @Test
    void aRefusedSecretBacksOffReportsDownAndRecoversOnceAccepted() {
        try (CapturedLog log = CapturedLog.capture()) {
            lms.event("EVT-SECRET-1").booked("ada@example.com").insert();
            lms.event("EVT-SECRET-2").booked("ada@example.com").insert();

            eventually().until(() -> exchangeHealth().getState() == HealthCheck.State.DOWN);
            assertThat(exchangeHealth().getMessage()).hasValueSatisfying(message -> assertThat(message)
                    .contains("AADSTS7000215", "camel.component.ews.oauth2-client-secret").doesNotContain(SECRET));
            assertThat(sandbox.meetings()).isEmpty();

            ENTRA_TIME.advance(PROPAGATION.plusMinutes(1));

            awaitMeeting("EVT-SECRET-1");
            awaitMeeting("EVT-SECRET-2");
            eventually().until(() -> exchangeHealth().getState() == HealthCheck.State.UP);
            assertThat(sandbox.meetings()).hasSize(2);
            assertThat(log.count(Level.WARN, "Exchange is unavailable")).isEqualTo(1);
            assertThat(log.count(Level.INFO, "Exchange is available again")).isEqualTo(1);
            assertThat(log.count(Level.ERROR, "")).isZero();
            assertThat(log.count(Level.WARN, "is not connected to Exchange")).as("per-event warnings").isZero();
        }
    }

    private HealthCheck.Result exchangeHealth() {
        return HealthCheckHelper.invoke(getCamelContext(), "full").stream()
                .filter(result -> result.getCheck().getId().equals("exchange"))
                .findFirst().orElseThrow(() -> new AssertionError("no exchange health check"));
    }
}
