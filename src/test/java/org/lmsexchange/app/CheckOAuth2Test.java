package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lmsexchange.check.CheckCommand;
import org.lmsexchange.ews.SelfSignedCertificate;
import org.lmsexchange.ews.TestCertificates;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.oauth.OAuthApp;

/**
 * {@code check} as an Exchange Online customer runs it: camel.component.ews.auth=oauth2 against the sandbox's token endpoint over
 * HTTPS with a self-signed certificate. Each Exchange-side mistake is named, and no secret is ever printed.
 */
@Tag("exchange-side")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckOAuth2Test {

    private static final String ORGANIZER = "training@example.com";
    private static final String TENANT = "contoso.onmicrosoft.com";
    private static final String CLIENT_ID = "8f2c4b6e-connector";
    private static final String NO_EWS_CLIENT_ID = "1d9e7a3c-no-ews-permission";
    private static final String SECRET = "Recognisable-Client-Secret-91c2";
    private static final String WRONG_SECRET = "Recognisable-Wrong-Secret-5d0e";
    private static final String TRUST_STORE_PASSWORD = SelfSignedCertificate.PASSWORD;

    private final EwsSandbox sandbox = start(TestCertificates.LOOPBACK);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @AfterEach
    void clearOutput() {
        printed.reset();
    }

    @AfterAll
    void close() {
        sandbox.close();
    }

    @Test
    void aTokenIsIssuedAndAcceptedAndTheMailboxIsReadable() throws Exception {
        int exit = check(settings(sandbox, TestCertificates.LOOPBACK), "--write");

        assertThat(output()).contains(
                "[ OK ] EWS URL " + sandbox.ewsUrl() + " reachable, certificate trusted",
                "[ OK ] Authentication: OAuth2 token issued to client " + CLIENT_ID + " (tenant " + TENANT
                        + ") and accepted by Exchange",
                "[ OK ] Mailbox " + ORGANIZER + ": calendar and inbox readable",
                "[ OK ] Test meeting without attendees created")
                .doesNotContain("[FAIL]", SECRET, TRUST_STORE_PASSWORD);
        assertThat(exit).isZero();
        assertThat(sandbox.mailbox(ORGANIZER).items("calendar")).isEmpty();
    }

    @Test
    void aWrongSecretNamesTheSecretSettingAndIsNotPrinted() throws Exception {
        Map<String, String> settings = settings(sandbox, TestCertificates.LOOPBACK);
        settings.put("camel.component.ews.oauth2-client-secret", WRONG_SECRET);

        assertThat(check(settings)).isEqualTo(1);
        assertThat(output()).contains("[FAIL] Authentication: no token", "AADSTS7000215", "camel.component.ews.oauth2-client-secret",
                "[SKIP] Mailbox").doesNotContain(WRONG_SECRET, SECRET);
    }

    @Test
    void anAppWithoutEwsPermissionIsToldSo() throws Exception {
        Map<String, String> settings = settings(sandbox, TestCertificates.LOOPBACK);
        settings.put("camel.component.ews.oauth2-client-id", NO_EWS_CLIENT_ID);

        assertThat(check(settings)).isEqualTo(1);
        assertThat(output()).contains("[FAIL] Authentication: refused", "Exchange refused the app's token (HTTP 401)",
                "full_access_as_app");
    }

    @Test
    void aMailboxThatDoesNotExistIsAWrongMailbox() throws Exception {
        Map<String, String> settings = settings(sandbox, TestCertificates.LOOPBACK);
        settings.put("ews.mailbox", "trainnig@example.com");

        assertThat(check(settings)).isEqualTo(1);
        assertThat(output()).contains("[ OK ] Authentication: OAuth2 token issued",
                "[FAIL] Mailbox trainnig@example.com not readable",
                "no mailbox has the address trainnig@example.com: wrong mailbox", "ews.mailbox");
        assertThat(sandbox.mailboxes()).doesNotContain("trainnig@example.com");
    }

    @Test
    void aSelfSignedCertificateIsUntrustedUntilItsTrustStoreIsNamed() throws Exception {
        Map<String, String> settings = settings(sandbox, TestCertificates.LOOPBACK);
        settings.remove("camel.component.ews.trust-store");
        settings.remove("camel.component.ews.trust-store-password");

        assertThat(check(settings)).isEqualTo(1);
        assertThat(output()).contains("[FAIL] EWS URL " + sandbox.ewsUrl() + " not reachable",
                "Exchange's certificate is not trusted", "camel.component.ews.trust-store");
    }

    @Test
    void aCertificateForAnotherHostIsAHostNameMismatch() throws Exception {
        try (EwsSandbox otherHost = start(TestCertificates.OTHER_HOST)) {
            assertThat(check(settings(otherHost, TestCertificates.OTHER_HOST))).isEqualTo(1);
            assertThat(output()).contains("[FAIL] EWS URL " + otherHost.ewsUrl() + " not reachable",
                    "host name mismatch");
        }
    }

    private static EwsSandbox start(SelfSignedCertificate certificate) {
        try {
            return EwsSandbox.builder().organizer(ORGANIZER).tls(certificate.serverContext())
                    .oauthApp(OAuthApp.builder(TENANT, CLIENT_ID).secret(SECRET).build())
                    .oauthApp(OAuthApp.builder(TENANT, NO_EWS_CLIENT_ID).secret(SECRET).roles().build())
                    .start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> settings(EwsSandbox sandbox, SelfSignedCertificate certificate) throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.put("lms.demo-data", "false");
        settings.put("camel.component.ews.url", sandbox.ewsUrl().toString());
        settings.put("ews.mailbox", ORGANIZER);
        settings.put("camel.component.ews.auth", "oauth2");
        settings.put("camel.component.ews.oauth2-authority-host", sandbox.authorityHost().toString());
        settings.put("camel.component.ews.oauth2-tenant", TENANT);
        settings.put("camel.component.ews.oauth2-client-id", CLIENT_ID);
        settings.put("camel.component.ews.oauth2-client-secret", SECRET);
        settings.put("camel.component.ews.trust-store", certificate.trustStore("PKCS12").toString());
        settings.put("camel.component.ews.trust-store-password", TRUST_STORE_PASSWORD);
        settings.put("camel.component.ews.timeout", "5000");
        return settings;
    }

    private int check(Map<String, String> settings, String... args) {
        return CheckCommand.run(args, settings, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
