package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lmsexchange.ews.client.ExchangeServices;
import org.lmsexchange.ews.client.MailboxSession;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * An Exchange with a self-signed certificate is refused with the JDK's trust store and accepted once its
 * certificate is in the configured trust store (PKCS12, JKS or PEM); a trusted certificate for another host name
 * is still refused.
 */
class ConfiguredTrustTest {

    @ParameterizedTest
    @ValueSource(strings = {"PKCS12", "JKS", "PEM"})
    void aSelfSignedCertificateInTheConfiguredTrustStoreIsAccepted(String type) throws Exception {
        try (EwsSandbox sandbox = sandbox(TestCertificates.LOOPBACK)) {
            EwsConfiguration configuration = basic(sandbox);
            configuration.setTrustStore(TestCertificates.LOOPBACK.trustStore(type).toString());
            configuration.setTrustStoreType(type);
            configuration.setTrustStorePassword(type.equals("PEM") ? null : SelfSignedCertificate.PASSWORD);

            create(configuration, "TRUST-" + type);

            assertThat(sandbox.meetings()).extracting(ItemView::subject).containsExactly("Event TRUST-" + type);
        }
    }

    @Test
    void withoutTheTrustStoreTheSameCertificateIsRefused() throws Exception {
        try (EwsSandbox sandbox = sandbox(TestCertificates.LOOPBACK)) {
            EwsCallException failure = catchThrowableOfType(EwsCallException.class,
                    () -> create(basic(sandbox), "TRUST-JDK"));

            assertThat(failure.getMessage()).containsIgnoringCase("certification path");
            assertThat(sandbox.meetings()).isEmpty();
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
        try (EwsSandbox sandbox = sandbox(TestCertificates.OTHER_HOST)) {
            EwsConfiguration configuration = basic(sandbox);
            configuration.setTrustStore(TestCertificates.OTHER_HOST.trustStore("PKCS12").toString());
            configuration.setTrustStorePassword(SelfSignedCertificate.PASSWORD);

            EwsCallException failure = catchThrowableOfType(EwsCallException.class, () -> create(configuration, "TRUST-HOST"));

            assertThat(failure.getMessage()).contains("127.0.0.1").contains("mail.elsewhere.example");
            assertThat(sandbox.meetings()).isEmpty();
        }
    }

    private static EwsSandbox sandbox(SelfSignedCertificate certificate) throws Exception {
        return EwsSandbox.builder().organizer(EwsSandboxTestSupport.ORGANIZER).tls(certificate.serverContext()).start();
    }

    private static EwsConfiguration basic(EwsSandbox sandbox) {
        EwsConfiguration configuration = new EwsConfiguration();
        configuration.setMailbox(EwsSandboxTestSupport.ORGANIZER);
        configuration.setUrl(sandbox.ewsUrl().toString());
        configuration.setUsername(EwsSandboxTestSupport.ORGANIZER);
        configuration.setPassword(EwsSandboxTestSupport.PASSWORD);
        return configuration;
    }

    private static void create(EwsConfiguration configuration, String eventId) {
        ExchangeServices services = ExchangeServices.create(configuration);
        try (MailboxSession mailbox = services.session()) {
            mailbox.createMeeting(EwsSandboxTestSupport.meeting(eventId, "Europe/Berlin", EwsSandboxTestSupport.ANNA));
        }
    }
}
