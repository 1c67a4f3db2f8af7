package org.lmsexchange.outage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * One readiness check per dependency (ids lms-database and exchange, group connector): DOWN while its outage
 * lasts, with the reason and since when. Not a liveness check: restarting the connector would not bring a database
 * back, and the routes recover by themselves. Beside them, {@link StuckRoutesCheck} (id routes) for a route that
 * hangs.
 */
public class OutageHealthChecks implements HealthCheckRepository, CamelContextAware {

    private final List<DependencyCheck> checks = Arrays.stream(Dependency.values()).map(DependencyCheck::new).toList();
    private final StuckRoutesCheck stuckRoutes = new StuckRoutesCheck();
    private OutageWatch watch;
    private CamelContext camelContext;
    private boolean enabled = true;

    public void setWatch(OutageWatch watch) {
        this.watch = watch;
    }

    /** How long an exchange may be in flight on a route before the routes check says it is stuck. */
    public void setStuckRouteAfterMs(long stuckRouteAfterMs) {
        stuckRoutes.setStuckAfterMs(stuckRouteAfterMs);
    }

    @Override
    public String getId() {
        return "connector";
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
        checks.forEach(check -> check.setCamelContext(camelContext));
        stuckRoutes.setCamelContext(camelContext);
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public Stream<HealthCheck> stream() {
        return Stream.concat(checks.stream(), Stream.of(stuckRoutes));
    }

    private final class DependencyCheck extends AbstractHealthCheck {

        private final Dependency dependency;

        DependencyCheck(Dependency dependency) {
            super("connector", dependency.healthCheckId());
            this.dependency = dependency;
        }

        @Override
        public boolean isLiveness() {
            return false;
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
            watch.outage(dependency).current().ifPresentOrElse(outage -> builder.down()
                    .message(dependency.subject() + " is unavailable since " + outage.since() + ": "
                            + outage.reason())
                    .detail("since", outage.since().toString())
                    .detail("failures", outage.failures()), builder::up);
        }
    }
}
