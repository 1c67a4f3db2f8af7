package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.search.ItemView;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmsexchange.sandbox.EwsSandbox;

/**
 * HTTPS is verified against the JDK's trust store: a self-signed certificate is refused, although ews-java-api's
 * own trust manager would accept it (upstream issue #442).
 */
class VerifiedTlsTest extends EwsSandboxTestSupport {

    @TempDir
    Path keys;

    @Override
    protected EwsSandbox.Builder sandboxSettings() throws Exception {
        return super.sandboxSettings().tls(SelfSignedCertificate.serverContext(keys));
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to(ews("createMeeting"));
            }
        };
    }

    @Test
    void aSelfSignedCertificateIsRefusedAndNothingIsSent() {
        assertThat(sandbox.ewsUrl().getScheme()).isEqualTo("https");

        CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class,
                () -> template.requestBody("direct:create", meeting("TLS-1", "Europe/Kyiv", ANNA)));

        assertThat(failure.getCause()).isInstanceOfSatisfying(EwsCallException.class,
                e -> assertThat(e.getMessage()).contains("creating the meeting for event TLS-1")
                        .containsIgnoringCase("certification path"));
        assertThat(sandbox.meetings()).isEmpty();
        assertThat(sandbox.received(ANNA)).isEmpty();
    }

    @Test
    void theLibrarysOwnTrustManagerWouldHaveAcceptedIt() throws Exception {
        try (ExchangeService unverified = new ExchangeService(ExchangeVersion.Exchange2010_SP2)) {
            unverified.setUrl(sandbox.ewsUrl());
            unverified.setCredentials(new WebCredentials(ORGANIZER, PASSWORD));

            assertThat(unverified.findItems(WellKnownFolderName.Inbox, new ItemView(1)).getTotalCount()).isZero();
        }
    }
}
