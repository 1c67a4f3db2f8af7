package org.lmsexchange.management;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.Comparator;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;

/**
 * /observe/health for a caller who may not see the details: the same checks and the same HTTP status as Camel's
 * own answer (200 UP, 503 DOWN), each check with its name and state only, none of the messages, errors or data that
 * name hosts, ports and events.
 */
final class HealthStatusOnly {

    /** Which of Camel's health answers: every check, liveness or readiness checks. */
    enum Kind { ALL, LIVE, READY }

    private final int status;
    private final String body;

    private HealthStatusOnly(int status, String body) {
        this.status = status;
        this.body = body;
    }

    static HealthStatusOnly of(CamelContext context, Kind kind) {
        Collection<HealthCheck.Result> results = switch (kind) {
            case ALL -> HealthCheckHelper.invoke(context);
            case LIVE -> HealthCheckHelper.invokeLiveness(context);
            case READY -> HealthCheckHelper.invokeReadiness(context);
        };
        boolean up = HealthCheckHelper.isResultsUp(results, kind == Kind.READY);
        JsonArray checks = new JsonArray();
        results.stream().sorted(Comparator.comparing(result -> result.getCheck().getId()))
                .forEach(result -> checks.add(new JsonObject().put("name", result.getCheck().getId())
                        .put("status", result.getState().name())));
        JsonObject root = new JsonObject().put("status", up ? "UP" : "DOWN").put("checks", checks);
        return new HealthStatusOnly(up ? 200 : 503, root.encode());
    }

    int status() {
        return status;
    }

    String body() {
        return body;
    }
}
