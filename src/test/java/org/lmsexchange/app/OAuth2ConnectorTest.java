package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.TestCertificates;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.oauth.OAuthApp;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * The whole connector as an Exchange Online customer runs it: camel.component.ews.auth=oauth2 with a client secret, tokens from the
 * sandbox's token endpoint over HTTPS (a self-signed certificate, trusted through camel.component.ews.trust-store), meetings
 * created and answers applied by the app impersonating the service mailbox.
 */
@Tag("exchange-side")
class OAuth2ConnectorTest extends ConnectorTestSupport {

    private static final String TENANT = "contoso.onmicrosoft.com";
    private static final String CLIENT_ID = "6e1c9d42-connector-app";
    private static final String SECRET = "Xq8~s3cret-value-NOT-for-logs";
    private static final String ADA = "ada@example.com";

    @Override
    protected EwsSandbox.Builder sandboxSettings() {
        try {
            return super.sandboxSettings().tls(TestCertificates.LOOPBACK.serverContext())
                    .oauthApp(OAuthApp.builder(TENANT, CLIENT_ID).secret(SECRET).build());
        } catch (Exception e) {
            throw new IllegalStateException("cannot serve HTTPS", e);
        }
    }

    @Override
    protected Properties settings() {
        return oauth2Settings(TENANT, CLIENT_ID, SECRET);
    }

    @Test
    void meetingsAreCreatedAndAnswersAppliedWithAnAppToken() {
        lms.event("EVT-OAUTH").title("Ladder safety").timeZone("Europe/Berlin").booked(ADA).insert();

        String uid = awaitMeeting("EVT-OAUTH");
        assertThat(sandbox.received(ADA)).extracting(ItemView::uid).containsExactly(uid);

        sandbox.learner(ADA).accept(uid);

        eventually().untilAsserted(() -> {
            Map<String, Object> booking = lms.booking("EVT-OAUTH", ADA);
            assertThat(booking).containsEntry("status", "BOOKED").containsEntry("response", "ACCEPTED");
        });
        eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
        // the token is cached across the polls of both routes
        assertThat(sandbox.tokensIssued()).isEqualTo(1);
    }
}
