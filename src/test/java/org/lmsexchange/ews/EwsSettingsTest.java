package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.client.ExchangeServices;
import org.lmsexchange.ews.model.ReplyAnswer;

/**
 * Settings that cannot work are refused before anything is sent, in one message naming every bad setting by the key
 * the user edits, and never quoting a secret.
 */
class EwsSettingsTest {

    private static final String SECRET = "Xq8~s3cret-value-NOT-for-logs";

    @Test
    void basicWithTheJdkTrustStoreIsValid() {
        EwsConfiguration configuration = basic();

        assertThat(ExchangeServices.create(configuration).usesOAuth2()).isFalse();
    }

    @Test
    void anUnknownAuthenticationIsNamedWithTheChoices() {
        EwsConfiguration configuration = basic();
        configuration.setAuth("ntlm");

        assertThat(problem(configuration)).isEqualTo("camel.component.ews.auth is 'ntlm': use basic (user name and password, "
                + "on-premises Exchange) or oauth2 (app-only token, Exchange Online)");
    }

    @Test
    void aResponseCapBelowOneByteIsNamed() {
        EwsConfiguration configuration = basic();
        configuration.setMaxResponseSize(0);

        assertThat(problem(configuration)).isEqualTo("camel.component.ews.max-response-size is 0; it must be "
                + "a number of bytes, at least 1");
    }

    @Test
    void aMarkerPropertyIsAGuidAndANameOrIsNamed() {
        EwsConfiguration notAGuid = basic();
        notAGuid.setMarkerPropertySet("lms-events");
        EwsConfiguration noName = basic();
        noName.setMarkerPropertyName(" ");

        assertThat(problem(notAGuid)).isEqualTo("camel.component.ews.marker-property-set is 'lms-events': it must be "
                + "a GUID, e.g. 6f1c3a52-8d4e-4b7a-9c15-2e0d7f4b8a31");
        assertThat(problem(noName)).isEqualTo("camel.component.ews.marker-property-name is empty: it names the "
                + "property that marks each meeting");
    }

    @Test
    void theConsumersAnswersAreKnownAnswersOrAreNamed() {
        EwsConfiguration configuration = basic();
        configuration.setAnswers("accept, decline");
        assertThat(configuration.answerSet()).containsExactly(ReplyAnswer.ACCEPT, ReplyAnswer.DECLINE);

        configuration.setAnswers("ACCEPT,MAYBE");
        assertThatThrownBy(configuration::answerSet).isInstanceOf(EwsSettingsException.class)
                .hasMessage("camel.component.ews.answers is 'ACCEPT,MAYBE': list one or more of ACCEPT,TENTATIVE,DECLINE");
    }

    @Test
    void oauth2WithoutTenantAndClientIdNamesBothInOneMessage() {
        EwsConfiguration configuration = oauth2();
        configuration.setOauth2Tenant("");
        configuration.setOauth2ClientId(null);

        EwsSettingsException failure = catchThrowableOfType(EwsSettingsException.class,
                () -> ExchangeServices.create(configuration));

        assertThat(failure.getProblems()).hasSize(2);
        assertThat(failure.getMessage()).startsWith("The Exchange settings have 2 problems: ")
                .contains("camel.component.ews.oauth2-tenant is not set")
                .contains("camel.component.ews.oauth2-client-id is not set");
    }

    @Test
    void aTenantIsOneNameNotAPath() {
        EwsConfiguration configuration = oauth2();
        configuration.setOauth2Tenant("contoso.onmicrosoft.com/oauth2");

        assertThat(problem(configuration)).isEqualTo("camel.component.ews.oauth2-tenant is "
                + "'contoso.onmicrosoft.com/oauth2': it must be a tenant id (a GUID) or a domain such as "
                + "contoso.onmicrosoft.com, without slashes");
    }

    @Test
    void oauth2NeedsExactlyOneCredential() {
        EwsConfiguration both = oauth2();
        both.setOauth2Certificate(TestCertificates.APP.keyStore().toString());
        EwsConfiguration neither = oauth2();
        neither.setOauth2ClientSecret(" ");

        assertThat(problem(both)).startsWith("both camel.component.ews.oauth2-client-secret and "
                + "camel.component.ews.oauth2-certificate are set").doesNotContain(SECRET);
        assertThat(problem(neither)).startsWith("neither camel.component.ews.oauth2-client-secret nor "
                + "camel.component.ews.oauth2-certificate is set");
    }

    @Test
    void anAuthorityHostMustBeAnHttpsHostWithoutPath() {
        EwsConfiguration withTenant = oauth2();
        withTenant.setOauth2AuthorityHost("https://login.microsoftonline.com/contoso.onmicrosoft.com");
        EwsConfiguration plain = oauth2();
        plain.setOauth2AuthorityHost("http://login.example.com");

        assertThat(problem(withTenant)).startsWith("camel.component.ews.oauth2-authority-host is "
                + "'https://login.microsoftonline.com/contoso.onmicrosoft.com': it must be an https:// host without a path");
        assertThat(problem(plain)).startsWith("camel.component.ews.oauth2-authority-host is 'http://");
    }

    @Test
    void aCertificateThatCannotBeReadOrOpenedIsNamed() throws Exception {
        EwsConfiguration missing = certificate(TestCertificates.file("missing.p12").toString(), "x");
        EwsConfiguration wrongPassword = certificate(TestCertificates.APP.keyStore().toString(), "wrong-pass");
        EwsConfiguration wrongPemPassword = certificate(TestCertificates.APP.pemWithKey("pem-pass").toString(), "wrong-pass");
        EwsConfiguration noKey = certificate(TestCertificates.APP.trustStore("PEM").toString(), null);

        assertThat(problem(missing)).isEqualTo("camel.component.ews.oauth2-certificate names '"
                + TestCertificates.file("missing.p12") + "', which does not exist or cannot be read");
        assertThat(problem(wrongPassword)).isEqualTo("camel.component.ews.oauth2-certificate-password "
                + "does not open the certificate '" + TestCertificates.APP.keyStore() + "'");
        assertThat(problem(wrongPemPassword)).startsWith("camel.component.ews.oauth2-certificate-password").doesNotContain("wrong-pass");
        assertThat(problem(noKey)).startsWith("camel.component.ews.oauth2-certificate '")
                .endsWith("is not a PKCS#12 or PEM file with a certificate and its private key: it holds no PRIVATE KEY block");
    }

    @Test
    void aTrustStoreThatCannotBeReadOrOpenedIsNamed() throws Exception {
        EwsConfiguration missing = basic();
        missing.setTrustStore(TestCertificates.file("missing.p12").toString());
        EwsConfiguration wrongPassword = basic();
        wrongPassword.setTrustStore(TestCertificates.LOOPBACK.trustStore("PKCS12").toString());
        wrongPassword.setTrustStorePassword("wrong-pass");
        EwsConfiguration wrongType = basic();
        wrongType.setTrustStore(TestCertificates.LOOPBACK.trustStore("PKCS12").toString());
        wrongType.setTrustStoreType("PFX");
        EwsConfiguration notAStore = basic();
        notAStore.setTrustStore(Files.writeString(TestCertificates.file("notes.txt"), "not a key store").toString());

        assertThat(problem(missing)).isEqualTo("camel.component.ews.trust-store names '"
                + TestCertificates.file("missing.p12") + "', which does not exist or cannot be read");
        assertThat(problem(wrongPassword)).startsWith("camel.component.ews.trust-store-password "
                + "does not open the trust store").doesNotContain("wrong-pass");
        assertThat(problem(wrongType)).isEqualTo("camel.component.ews.trust-store-type is 'PFX': use "
                + "PKCS12, JKS or PEM");
        assertThat(problem(notAStore)).startsWith("camel.component.ews.trust-store '")
                .contains("cannot be read as PKCS12");
    }

    private static String problem(EwsConfiguration configuration) {
        EwsSettingsException failure = catchThrowableOfType(EwsSettingsException.class,
                () -> ExchangeServices.create(configuration));
        assertThat(failure).as("settings refused").isNotNull();
        assertThat(failure.getMessage()).doesNotContain(SECRET);
        return failure.getMessage();
    }

    private static EwsConfiguration basic() {
        EwsConfiguration configuration = new EwsConfiguration();
        configuration.setMailbox("svc@example.com");
        configuration.setUrl("https://mail.example.com/EWS/Exchange.asmx");
        configuration.setUsername("svc@example.com");
        configuration.setPassword(SECRET);
        return configuration;
    }

    private static EwsConfiguration oauth2() {
        EwsConfiguration configuration = basic();
        configuration.setAuth("oauth2");
        configuration.setOauth2Tenant("contoso.onmicrosoft.com");
        configuration.setOauth2ClientId("6e1c9d42-connector-app");
        configuration.setOauth2ClientSecret(SECRET);
        return configuration;
    }

    private static EwsConfiguration certificate(String file, String password) {
        EwsConfiguration configuration = oauth2();
        configuration.setOauth2ClientSecret(null);
        configuration.setOauth2Certificate(file);
        configuration.setOauth2CertificatePassword(password);
        return configuration;
    }
}
