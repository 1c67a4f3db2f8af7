package org.lmsexchange.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Optional;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Endpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lmsexchange.ews.HostileEwsServer.Mode;
import org.lmsexchange.outage.Dependency;
import org.lmsexchange.outage.OutageCauses;

/**
 * The real client (ews component, ews-java-api, Apache HttpClient) against a hostile server: a call ends at its
 * time-out however slowly the answer drips in, and an answer larger than the cap, as sent or once unpacked, fails
 * that call with an error naming the limit, after reading little more than the cap.
 */
class HostileServerTest extends CamelTestSupport {

    private static final int TIMEOUT_MS = 1500;
    /** Time for the client to give up and the failure to be translated, on a busy build machine. */
    private static final Duration MARGIN = Duration.ofMillis(1500);
    private static final long ONE_MIB = 1024 * 1024;

    private Duration callTime;

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"SLOW_DRIP", "SLOW_FAULT"})
    void aCallEndsAtItsTimeOutHoweverSlowlyTheAnswerDrips(Mode mode) throws Exception {
        // a byte every 200 ms: every single read is quick, the whole answer would take 12 s
        try (HostileEwsServer server = HostileEwsServer.dripping(mode, Duration.ofMillis(200), 60)) {
            EwsCallException failure = listResponses(server, "timeout=" + TIMEOUT_MS);

            assertThat(callTime).isLessThan(Duration.ofMillis(TIMEOUT_MS).plus(MARGIN));
            assertThat(failure.getResponseCode()).isEqualTo("IO");
            assertThat(failure.getMessage()).isEqualTo("listing meeting responses failed: no complete answer within "
                    + TIMEOUT_MS + " ms (camel.component.ews.timeout)");
            // no answer in time is no answer: Exchange is unavailable, as when it cannot be reached
            assertThat(OutageCauses.unreachable(failure)).contains(Dependency.EXCHANGE);
        }
    }

    /** TLS is layered over the connector's socket: the handshake and every encrypted record keep to the deadline too. */
    @Test
    void overHttpsTooTheCallEndsAtItsTimeOut() throws Exception {
        SelfSignedCertificate certificate = TestCertificates.LOOPBACK;
        try (HostileEwsServer server = HostileEwsServer.drippingOverTls(certificate.serverContext(), Duration.ofMillis(200), 60)) {
            EwsCallException failure = listResponses(server, "timeout=" + TIMEOUT_MS,
                    "trustStore=" + certificate.trustStore("PKCS12"), "trustStorePassword=" + SelfSignedCertificate.PASSWORD);

            assertThat(callTime).isLessThan(Duration.ofMillis(TIMEOUT_MS).plus(MARGIN));
            assertThat(failure.getResponseCode()).isEqualTo("IO");
            assertThat(failure.getMessage()).endsWith("no complete answer within " + TIMEOUT_MS
                    + " ms (camel.component.ews.timeout)");
        }
    }

    @Test
    void anOversizedAnswerFailsThatCallNamingTheLimit() throws Exception {
        try (HostileEwsServer server = HostileEwsServer.sending(Mode.OVERSIZED, 64 * ONE_MIB)) {
            EwsCallException failure = listResponses(server, "maxResponseSize=" + ONE_MIB);

            assertThat(failure.getResponseCode()).isEqualTo(EwsCallException.RESPONSE_TOO_LARGE);
            assertThat(failure.getMessage()).startsWith("listing meeting responses failed: the answer is larger than "
                    + ONE_MIB + " bytes as received (camel.component.ews.max-response-size, component "
                    + "option maxResponseSize)");
            // about this call's answer, not Exchange being away: other calls go on
            assertThat(OutageCauses.unreachable(failure)).isEmpty();
            assertThat(server.bodyBytesSent()).as("bytes the client let the server send").isLessThan(16 * ONE_MIB);
        }
    }

    /** With the default cap (32 MiB): a gzip body of about 256 KiB that unpacks to 256 MiB is unpacked up to the cap only. */
    @Test
    void aGzipBombFailsAtTheCapOnWhatItUnpacksTo() throws Exception {
        try (HostileEwsServer server = HostileEwsServer.sending(Mode.GZIP_BOMB, 256 * ONE_MIB)) {
            EwsCallException failure = listResponses(server);

            assertThat(failure.getResponseCode()).isEqualTo(EwsCallException.RESPONSE_TOO_LARGE);
            assertThat(failure.getMessage()).startsWith("listing meeting responses failed: the answer is larger than "
                    + EwsConfiguration.DEFAULT_MAX_RESPONSE_SIZE + " bytes after decompression");
            // not asserted: how much the server packed. Zeros pack about 1000 to 1, so the socket buffers between the
            // two hold far more than the cap once unpacked, and the server's count depends on when the client closes
        }
    }

    @Test
    void theCapIsASetting() {
        assertThat(EwsConfiguration.DEFAULT_MAX_RESPONSE_SIZE).isEqualTo(32 * ONE_MIB);
        assertThat(new EwsConfiguration().getMaxResponseSize()).isEqualTo(32 * ONE_MIB);
    }

    /** One findResponses call at the server (its time in {@link #callTime}); its failure. */
    private EwsCallException listResponses(HostileEwsServer server, String... options) {
        String uri = "ews:svc@example.com?operation=findResponses&busyRetries=0&url=" + server.url()
                + (options.length == 0 ? "" : "&" + String.join("&", options));
        Endpoint endpoint = context.getEndpoint(uri); // set up (trust store, ...) before the clock starts
        long start = System.nanoTime();
        CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class,
                () -> template.requestBody(endpoint, (Object) null));
        callTime = Duration.ofNanos(System.nanoTime() - start);
        assertThat(failure).as("the call's failure").isNotNull();
        return Optional.ofNullable(failure.getCause()).filter(EwsCallException.class::isInstance)
                .map(EwsCallException.class::cast)
                .orElseThrow(() -> new AssertionError("not an EwsCallException", failure.getCause()));
    }
}
