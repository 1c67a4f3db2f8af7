package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.EwsSandbox;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * An error Exchange answers about one request (a meeting too large for the server, a request its front end failed
 * on) is no outage: that event fails alone, its row naming the event and the cause, and is tried again by the normal
 * retry rules; the rest of the batch goes on, and health keeps reporting Exchange UP. The same holds for the inbox:
 * a delete Exchange refuses leaves the answers for a later poll, without an outage.
 */
@Tag("exchange-side")
class RequestErrorsTest extends ConnectorTestSupport {

    /** The sandbox refuses requests above this with HTTP 413, as IIS does above maxAllowedContentLength. */
    private static final int MAX_REQUEST_BYTES = 10 * 1024;
    /** Three bytes each in UTF-8: 4,000 of them (the demo schema's limit) make a CreateItem above the limit. */
    private static final String LONG_DESCRIPTION = "€".repeat(4000);

    @Override
    protected EwsSandbox.Builder sandboxSettings() {
        return super.sandboxSettings().maxRequestBytes(MAX_REQUEST_BYTES);
    }

    @Test
    void anEventTooLargeForExchangeFailsAloneAndTheRestOfItsBatchGetsTheirMeetings() {
        try (CapturedLog log = CapturedLog.capture()) {
            // the oversized event is created first, so it comes first in the poll's batch
            lms.insertTogether(
                    lms.event("EVT-HUGE").description(LONG_DESCRIPTION).createdAt(Instant.now().minusMillis(500))
                            .booked("ada@example.com"),
                    lms.event("EVT-FINE").booked("brian@example.com"));

            awaitMeeting("EVT-FINE");
            // tried again by the normal retry rules (connector.events.retry-after-s), failing each time
            eventually().until(() -> {
                Map<String, Object> row = lms.meeting("EVT-HUGE");
                return row != null && "FAILED".equals(row.get("state")) && ((Number) row.get("attempts")).intValue() >= 2;
            });

            assertThat(exchangeHealth().getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(log.count(Level.WARN, "Exchange is unavailable")).as("outages").isZero();
            assertThat((String) lms.meeting("EVT-HUGE").get("last_error")).isEqualTo("creating the meeting for event "
                    + "EVT-HUGE failed: Exchange answered HTTP 413 Content Too Large (the request is larger than "
                    + "the server accepts)");
            assertThat(sandbox.meetings()).extracting(ItemView::subject).doesNotContain("Course EVT-HUGE");
            assertThat(sandbox.received("ada@example.com")).isEmpty();
            // told once per distinct reason, not at every retry
            assertThat(log.count(Level.WARN, "Event EVT-HUGE is not connected to Exchange: creating the meeting for "
                    + "event EVT-HUGE failed: Exchange answered HTTP 413")).isEqualTo(1);
        }
    }

    @Test
    void aPlainHttp500FailsTheEventAloneAndItsRetryGetsTheMeeting() {
        try (CapturedLog log = CapturedLog.capture()) {
            sandbox.faults().inject(FaultPlan.of(FaultKind.HTTP_500, 1).onlyFor("CreateItem"));

            awaitMeeting(lms.event("EVT-500").booked("chen@example.com").insert());

            assertThat(log.count(Level.WARN, "Exchange is unavailable")).as("outages").isZero();
            assertThat(exchangeHealth().getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(log.count(Level.WARN, "Event EVT-500 is not connected to Exchange: creating the meeting for "
                    + "event EVT-500 failed: Exchange answered HTTP 500 Internal Server Error without a SOAP fault"))
                    .isEqualTo(1);
            assertThat(sandbox.received("chen@example.com")).hasSize(1);
        }
    }

    @Test
    void aDeleteExchangeRefusesLeavesTheAnswerForALaterPollWithoutAnOutage() {
        String uid = awaitMeeting(lms.event("EVT-DELETE").booked("dora@example.com").insert());
        sandbox.faults().inject(FaultPlan.of(FaultKind.REQUEST_TOO_LARGE, 1).onlyFor("DeleteItem"));

        try (CapturedLog log = CapturedLog.capture()) {
            sandbox.learner("dora@example.com").accept(uid);

            eventually().untilAsserted(() -> assertThat(sandbox.faults().pending()).isEmpty());
            eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());

            assertThat(lms.booking("EVT-DELETE", "dora@example.com")).containsEntry("status", "BOOKED")
                    .containsEntry("response", "ACCEPTED");
            assertThat(log.count(Level.WARN, "Exchange is unavailable")).as("outages").isZero();
            assertThat(exchangeHealth().getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(log.count(Level.WARN, "deleting 1 processed meeting responses failed: Exchange answered HTTP "
                    + "413 Content Too Large")).isEqualTo(1);
        }
    }

    private HealthCheck.Result exchangeHealth() {
        return HealthCheckHelper.invoke(getCamelContext(), "full").stream()
                .filter(result -> result.getCheck().getId().equals("exchange"))
                .findFirst().orElseThrow(() -> new AssertionError("no exchange health check"));
    }
}
