package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;

/**
 * A route that hangs shows in health: Exchange holds the create of a meeting without answering (and the connector
 * waits, its time-out set high), so the events route stays in flight past connector.health.stuck-route-after-ms;
 * health check routes says DOWN naming the route, and UP again once the route has moved on.
 */
@Tag("exchange-side")
class StuckRouteHealthTest extends ConnectorTestSupport {

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.setProperty("camel.component.ews.timeout", "60000");
        settings.setProperty("connector.health.stuck-route-after-ms", "1000");
        return settings;
    }

    @Test
    void aRouteInFlightPastTheLimitIsReportedDownByName() {
        sandbox.faults().inject(FaultPlan.of(FaultKind.NO_ANSWER, 1).onlyFor("CreateItem"));
        try {
            lms.event("EVT-STUCK").booked("ada@example.com").insert();

            eventually().until(() -> routesHealth().getState() == HealthCheck.State.DOWN);
            HealthCheck.Result down = routesHealth();
            assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message)
                    .startsWith("Route lms-events-to-exchange has had an exchange in flight for")
                    .contains("longer than connector.health.stuck-route-after-ms (1000 ms)")
                    .doesNotContain(ORGANIZER, sandbox.ewsUrl().toString()));
            assertThat(down.getDetails()).containsEntry("route", "lms-events-to-exchange");
            assertThat(down.getCheck().isLiveness()).as("a liveness check: a restart frees a stuck route").isTrue();
        } finally {
            sandbox.faults().clear(); // the held request is dropped: the route fails the event and moves on
        }
        eventually().until(() -> routesHealth().getState() == HealthCheck.State.UP);
    }

    private HealthCheck.Result routesHealth() {
        return HealthCheckHelper.invoke(getCamelContext(), "full").stream()
                .filter(result -> result.getCheck().getId().equals("routes"))
                .findFirst().orElseThrow(() -> new AssertionError("no routes health check"));
    }
}
