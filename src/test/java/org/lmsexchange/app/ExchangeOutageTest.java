package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * Exchange refuses the service account for a while (as when its secret or permission is wrong): the routes do
 * not loop or log per event, health reports exchange DOWN with the reason, and everything goes through, once,
 * when Exchange accepts the account again.
 */
@Tag("exchange-side")
class ExchangeOutageTest extends ConnectorTestSupport {

    private static final List<String> EVENTS = List.of("EVT-OUT-1", "EVT-OUT-2", "EVT-OUT-3");

    @Test
    void refusedCallsBackOffAndEverythingGoesThroughOnceExchangeAcceptsAgain() {
        try (CapturedLog log = CapturedLog.capture()) {
            sandbox.faults().failNext(10_000, FaultKind.PERMISSION_MISSING);
            EVENTS.forEach(id -> lms.event(id).booked("ada@example.com").insert());

            eventually().until(() -> exchangeHealth().getState() == HealthCheck.State.DOWN);
            assertThat(exchangeHealth().getMessage()).hasValueSatisfying(message -> assertThat(message)
                    .startsWith("Exchange is unavailable since").contains("HTTP 401"));
            // a few tries, each after a longer wait: no tight loop, and the other events wait their turn
            long triesBefore = refusedCalls();
            eventually().until(() -> refusedCalls() >= triesBefore + 2);
            sandbox.faults().clear();

            for (String event : EVENTS) {
                awaitMeeting(event);
            }
            eventually().until(() -> exchangeHealth().getState() == HealthCheck.State.UP);
            assertThat(sandbox.meetings()).extracting(ItemView::subject)
                    .containsExactlyInAnyOrder("Course EVT-OUT-1", "Course EVT-OUT-2", "Course EVT-OUT-3");
            assertThat(sandbox.received("ada@example.com")).hasSize(EVENTS.size());
            assertThat(log.count(Level.WARN, "Exchange is unavailable")).isEqualTo(1);
            assertThat(log.count(Level.INFO, "Exchange is available again")).isEqualTo(1);
            assertThat(log.count(Level.WARN, "is not connected to Exchange")).as("per-event warnings").isZero();
            assertThat(log.count(Level.ERROR, "")).isZero();
        }
    }

    @Test
    void anUnreachableExchangeIsAnOutageToo() {
        try (CapturedLog log = CapturedLog.capture()) {
            sandbox.faults().failNext(10_000, FaultKind.DROP_CONNECTION);
            lms.event("EVT-GONE").booked("ada@example.com").insert();

            eventually().until(() -> exchangeHealth().getState() == HealthCheck.State.DOWN);
            sandbox.faults().clear();

            awaitMeeting("EVT-GONE");
            eventually().until(() -> exchangeHealth().getState() == HealthCheck.State.UP);
            assertThat(log.count(Level.WARN, "Exchange is unavailable")).isEqualTo(1);
            assertThat(log.count(Level.WARN, "is not connected to Exchange")).as("per-event warnings").isZero();
            assertThat(sandbox.meetings()).filteredOn(m -> m.subject().equals("Course EVT-GONE")).hasSize(1);
        }
    }

    private HealthCheck.Result exchangeHealth() {
        return HealthCheckHelper.invoke(getCamelContext(), "full").stream()
                .filter(result -> result.getCheck().getId().equals("exchange"))
                .findFirst().orElseThrow(() -> new AssertionError("no exchange health check"));
    }

    private long refusedCalls() {
        return 10_000 - sandbox.faults().pending().stream().mapToLong(plan -> plan.count()).sum();
    }
}
