package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.client.ExchangeServices;
import org.lmsexchange.ews.client.MailboxSession;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.oauth.OAuthApp;

/**
 * What an administrator reads when the token authority refuses: response code TOKEN, the AADSTS code, and the
 * setting to change; never the secret. Acquired through {@link ExchangeServices#acquireToken()}, the real msal4j
 * talking to the sandbox's token endpoint.
 */
class TokenFailuresTest extends OAuth2SandboxTestSupport {

    private static final String EXPIRED_APP = "expired-secret-app";
    private static final String EXPIRED_SECRET = "old~secret-value-NOT-for-logs";

    @Override
    protected EwsSandbox.Builder sandboxSettings() throws Exception {
        return super.sandboxSettings().oauthApp(OAuthApp.builder(TENANT, EXPIRED_APP)
                .secret(EXPIRED_SECRET, Instant.now().minus(Duration.ofDays(1))).build());
    }

    @Test
    void theRightSettingsGetATokenWithTheSecretOrTheCertificate() throws Exception {
        assertThat(ExchangeServices.create(oauth2()).acquireToken()).isNotBlank();

        EwsConfiguration withCertificate = oauth2();
        withCertificate.setOauth2ClientSecret(null);
        withCertificate.setOauth2Certificate(appCertificate.keyStore().toString());
        withCertificate.setOauth2CertificatePassword(SelfSignedCertificate.PASSWORD);
        assertThat(ExchangeServices.create(withCertificate).acquireToken()).isNotBlank();

        withCertificate.setOauth2Certificate(appCertificate.pemWithKey(null).toString());
        withCertificate.setOauth2CertificatePassword(null);
        assertThat(ExchangeServices.create(withCertificate).acquireToken()).isNotBlank();

        withCertificate.setOauth2Certificate(appCertificate.pemWithKey("pem-pass").toString());
        withCertificate.setOauth2CertificatePassword("pem-pass");
        assertThat(ExchangeServices.create(withCertificate).acquireToken()).isNotBlank();
        assertThat(sandbox.tokensIssued()).isEqualTo(4);
    }

    @Test
    void anUnknownTenantNamesTheTenantSetting() throws Exception {
        EwsConfiguration configuration = oauth2();
        configuration.setOauth2Tenant("fabrikam.onmicrosoft.com");

        assertThat(tokenFailure(configuration)).contains("AADSTS90002").contains("'fabrikam.onmicrosoft.com'")
                .contains("camel.component.ews.oauth2-tenant");
    }

    @Test
    void anUnknownClientIdNamesTheClientIdSetting() throws Exception {
        EwsConfiguration configuration = oauth2();
        configuration.setOauth2ClientId("no-such-app");

        assertThat(tokenFailure(configuration)).contains("AADSTS700016").contains("'no-such-app'")
                .contains("camel.component.ews.oauth2-client-id");
    }

    @Test
    void aWrongSecretNamesTheSecretSettingButNeverTheSecret() throws Exception {
        EwsConfiguration configuration = oauth2();
        configuration.setOauth2ClientSecret("wrong~secret-value-NOT-for-logs");

        assertThat(tokenFailure(configuration)).contains("AADSTS7000215").contains("camel.component.ews.oauth2-client-secret")
                .contains("the secret's Value, not its Secret ID").doesNotContain("wrong~secret");
    }

    @Test
    void anExpiredSecretSaysSo() throws Exception {
        EwsConfiguration configuration = oauth2();
        configuration.setOauth2ClientId(EXPIRED_APP);
        configuration.setOauth2ClientSecret(EXPIRED_SECRET);

        assertThat(tokenFailure(configuration)).contains("AADSTS7000222").contains("has expired")
                .contains("camel.component.ews.oauth2-client-secret").doesNotContain(EXPIRED_SECRET);
    }

    @Test
    void anUnregisteredCertificateNamesTheCertificateSetting() throws Exception {
        EwsConfiguration configuration = oauth2();
        configuration.setOauth2ClientSecret(null);
        configuration.setOauth2Certificate(TestCertificates.STRANGER.keyStore().toString());
        configuration.setOauth2CertificatePassword(SelfSignedCertificate.PASSWORD);

        assertThat(tokenFailure(configuration)).contains("AADSTS700027").contains("certificate was not accepted")
                .contains("camel.component.ews.oauth2-certificate").doesNotContain(SelfSignedCertificate.PASSWORD);
    }

    @Test
    void aScopeOtherThanExchangesNamesTheScopeSetting() throws Exception {
        EwsConfiguration configuration = oauth2();
        configuration.setOauth2Scope("https://graph.microsoft.com/.default");

        assertThat(tokenFailure(configuration)).contains("AADSTS500011").contains("camel.component.ews.oauth2-scope");
    }

    @Test
    void anAuthorityWhoseCertificateIsNotTrustedNamesTheTrustStore() throws Exception {
        EwsConfiguration configuration = oauth2();
        configuration.setTrustStore(null); // the JDK's trust store does not know the sandbox's certificate

        assertThat(tokenFailure(configuration)).contains("not trusted").contains("camel.component.ews.trust-store");
    }

    @Test
    void anAuthorityWithATrustedCertificateForAnotherHostIsRefused() throws Exception {
        try (EwsSandbox elsewhere = EwsSandbox.builder().tls(TestCertificates.OTHER_HOST.serverContext())
                .oauthApp(app().build()).start()) {
            EwsConfiguration configuration = oauth2();
            configuration.setOauth2AuthorityHost(elsewhere.authorityHost().toString());
            configuration.setTrustStore(TestCertificates.OTHER_HOST.trustStore("PEM").toString());
            configuration.setTrustStoreType("PEM");

            assertThat(tokenFailure(configuration)).contains("does not match the host name")
                    .contains("camel.component.ews.oauth2-authority-host");
            assertThat(elsewhere.tokensIssued()).isZero();
        }
    }

    @Test
    void anUnreachableAuthorityNamesTheAuthorityHost() throws Exception {
        EwsConfiguration configuration = oauth2();
        configuration.setOauth2AuthorityHost("https://127.0.0.1:" + closedPort());

        assertThat(tokenFailure(configuration)).contains("cannot be reached")
                .contains("camel.component.ews.oauth2-authority-host");
    }

    @Test
    void anAppWithoutFullAccessAsAppIsRefusedByExchangeAfterOneRenewal() throws Exception {
        try (EwsSandbox noRole = EwsSandbox.builder().tls(serverCertificate.serverContext())
                .oauthApp(OAuthApp.builder(TENANT, CLIENT_ID).secret(SECRET).roles().build()).start()) {
            EwsConfiguration configuration = oauth2();
            configuration.setUrl(noRole.ewsUrl().toString());
            configuration.setOauth2AuthorityHost(noRole.authorityHost().toString());
            ExchangeServices services = ExchangeServices.create(configuration);

            EwsCallException failure;
            try (MailboxSession mailbox = services.session()) {
                failure = catchThrowableOfType(EwsCallException.class, () -> mailbox.findMeetings("EVT-1"));
            }

            assertThat(failure.getResponseCode()).isEqualTo("HTTP_401");
            // the first token, and exactly one more after the 401
            assertThat(noRole.tokensIssued()).isEqualTo(2);
        }
    }

    private static String tokenFailure(EwsConfiguration configuration) {
        ExchangeServices services = ExchangeServices.create(configuration);
        EwsCallException failure = catchThrowableOfType(EwsCallException.class, services::acquireToken);
        assertThat(failure.getResponseCode()).isEqualTo("TOKEN");
        assertThat(OAuth2Test.stackTraceOf(failure)).doesNotContain(SECRET);
        return failure.getMessage();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
