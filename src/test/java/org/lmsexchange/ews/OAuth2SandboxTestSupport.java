package org.lmsexchange.ews;

import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.oauth.OAuthApp;

/**
 * The ews component against a sandbox on HTTPS (self-signed certificate, trusted through a configured trust store)
 * with its OAuth2 token endpoint, where the connector's app is registered with a secret and a certificate.
 */
abstract class OAuth2SandboxTestSupport extends EwsSandboxTestSupport {

    static final String TENANT = "contoso.onmicrosoft.com";
    static final String CLIENT_ID = "6e1c9d42-connector-app";
    static final String SECRET = "Xq8~s3cret-value-NOT-for-logs";

    protected final AdjustableClock clock = new AdjustableClock();
    protected final SelfSignedCertificate serverCertificate = TestCertificates.LOOPBACK;
    protected final SelfSignedCertificate appCertificate = TestCertificates.APP;

    @Override
    protected EwsSandbox.Builder sandboxSettings() throws Exception {
        return super.sandboxSettings().tls(serverCertificate.serverContext()).clock(clock).oauthApp(app().build());
    }

    /** The registered app; a test class may change it (e.g. its roles). */
    protected OAuthApp.Builder app() {
        return OAuthApp.builder(TENANT, CLIENT_ID).secret(SECRET).certificate(appCertificate.certificate());
    }

    /** Settings that work: oauth2 with the secret, the sandbox's certificate in a PKCS12 trust store. */
    protected EwsConfiguration oauth2() throws Exception {
        EwsConfiguration configuration = new EwsConfiguration();
        configuration.setMailbox(ORGANIZER);
        configuration.setUrl(sandbox.ewsUrl().toString());
        configuration.setAuth("oauth2");
        configuration.setOauth2AuthorityHost(sandbox.authorityHost().toString());
        configuration.setOauth2Tenant(TENANT);
        configuration.setOauth2ClientId(CLIENT_ID);
        configuration.setOauth2ClientSecret(SECRET);
        configuration.setTrustStore(serverCertificate.trustStore("PKCS12").toString());
        configuration.setTrustStorePassword(SelfSignedCertificate.PASSWORD);
        return configuration;
    }
}
