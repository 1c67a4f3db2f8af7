package org.lmsexchange.outage;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.spi.InflightRepository;
import org.apache.camel.spi.InflightRepository.InflightExchange;

/**
 * DOWN while an exchange has been in flight on a route for longer than {@link #setStuckAfterMs} allows: a route that
 * hangs (a call that never ends, a lock never released) stops its poll for good, which no outage shows, as nothing
 * fails. Every EWS request ends within its time-out (the ews timeout) and every database call within the pool's and
 * driver's, so the limit, far above what a poll's batch normally takes, is only passed by a route that is stuck. The message
 * names the route and how long, never the exchange's content or an endpoint's URI (which may carry secrets).
 * <p>
 * A liveness check as well: unlike an outage, restarting the connector is what frees a stuck route (claims and
 * unanswered responses are taken up again after a restart).
 */
final class StuckRoutesCheck extends AbstractHealthCheck {

    /** Set from connector.health.stuck-route-after-ms (application.properties holds the default). */
    private long stuckAfterMs;

    StuckRoutesCheck() {
        super("connector", "routes");
    }

    void setStuckAfterMs(long stuckAfterMs) {
        this.stuckAfterMs = stuckAfterMs;
    }

    @Override
    public boolean isLiveness() {
        return true;
    }

    @Override
    public boolean isReadiness() {
        return true;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        super.setCamelContext(camelContext);
        // Camel keeps the exchanges in flight, with their age, only when asked to
        camelContext.getInflightRepository().setInflightBrowseEnabled(true);
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        oldest().filter(exchange -> exchange.getDuration() > stuckAfterMs).ifPresentOrElse(stuck -> builder.down()
                .message("Route " + route(stuck) + " has had an exchange in flight for "
                        + Duration.ofMillis(stuck.getDuration()).toSeconds() + " s, longer than "
                        + "connector.health.stuck-route-after-ms (" + stuckAfterMs + " ms): it is stuck")
                .detail("route", stuck.getFromRouteId())
                .detail("since", Duration.ofMillis(stuck.getDuration()).toString()), builder::up);
    }

    private Optional<InflightExchange> oldest() {
        InflightRepository inflight = getCamelContext().getInflightRepository();
        return inflight.browse().stream().filter(exchange -> exchange.getFromRouteId() != null).max(Comparator.comparingLong(InflightExchange::getDuration));
    }

    /** The route the exchange came from, and the route it is in now when that is another one. */
    private static String route(InflightExchange exchange) {
        String at = exchange.getAtRouteId();
        return at == null || at.equals(exchange.getFromRouteId()) ? exchange.getFromRouteId()
                : exchange.getFromRouteId() + " (now in route " + at + ")";
    }
}
