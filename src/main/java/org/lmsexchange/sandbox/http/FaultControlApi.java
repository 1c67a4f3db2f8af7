package org.lmsexchange.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The HTTP control of faults, latency and counters (JSON), for tools and demos that do not run in the sandbox's JVM:
 * <pre>
 * GET    /sandbox/api/faults     the planned faults, the latency and how many requests are held
 * POST   /sandbox/api/faults     {"kind":"server-busy-fault","count":3,"operation":"CreateItem","backOffMillis":500}
 *                                {"kind":"late-answer","operation":"CreateItem","delayMillis":40000}
 * DELETE /sandbox/api/faults     drops the planned faults, lets held requests go
 * PUT    /sandbox/api/latency    {"millis":200}
 * GET    /sandbox/api/counters   requests and items per operation
 * DELETE /sandbox/api/counters   starts counting from zero (answers what was counted)
 * </pre>
 * A malformed body is 400 with {"error": "..."} naming the field at fault.
 */
public final class FaultControlApi implements HttpHandler {

    public static final String FAULTS = "/sandbox/api/faults";
    public static final String LATENCY = "/sandbox/api/latency";
    public static final String COUNTERS = "/sandbox/api/counters";

    private static final int MAX_BODY_BYTES = 64 * 1024;

    /** The body of POST /sandbox/api/faults; count, backOffMillis and delayMillis may be left out. */
    record FaultRequest(String kind, Integer count, String operation, Long backOffMillis, Long delayMillis) {
    }

    /** The body of PUT /sandbox/api/latency. */
    record LatencyRequest(Long millis) {
    }

    /** A planned fault as JSON. */
    record PendingFault(String kind, int remaining, String operation, long backOffMillis, long delayMillis) {
    }

    /** The answer of the faults and latency paths; held: the requests a no-answer or late-answer fault holds now. */
    record FaultState(long latencyMillis, List<PendingFault> pending, int held) {
    }

    /** A request the API refuses with 400. */
    private static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message);
        }
    }

    private final Faults faults;
    private final RequestCounters counters;

    private FaultControlApi(Faults faults, RequestCounters counters) {
        this.faults = faults;
        this.counters = counters;
    }

    /** Registers the API's paths on {@code server}; it shares no path with the rest of /sandbox/api. */
    public static void register(HttpServer server, Faults faults, RequestCounters counters) {
        FaultControlApi api = new FaultControlApi(faults, counters);
        List.of(FAULTS, LATENCY, COUNTERS).forEach(path -> server.createContext(path, api));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange, exchange.getRequestURI().getPath(), exchange.getRequestMethod());
        } catch (BadRequest e) {
            HttpBodies.sendJsonError(exchange, 400, e.getMessage());
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, String path, String method) throws IOException, BadRequest {
        switch (path + " " + method) {
            case FAULTS + " GET" -> HttpBodies.sendJson(exchange, 200, state());
            case FAULTS + " POST" -> {
                faults.inject(plan(read(exchange, FaultRequest.class)));
                HttpBodies.sendJson(exchange, 201, state());
            }
            case FAULTS + " DELETE" -> {
                faults.clear();
                HttpBodies.sendJson(exchange, 200, state());
            }
            case LATENCY + " GET" -> HttpBodies.sendJson(exchange, 200, state());
            case LATENCY + " PUT" -> {
                faults.latency(latency(read(exchange, LatencyRequest.class)));
                HttpBodies.sendJson(exchange, 200, state());
            }
            case COUNTERS + " GET" -> HttpBodies.sendJson(exchange, 200, counters.snapshot());
            case COUNTERS + " DELETE" -> HttpBodies.sendJson(exchange, 200, counters.reset());
            default -> refuse(exchange, path);
        }
    }

    private static void refuse(HttpExchange exchange, String path) throws IOException {
        Map<String, String> allowed = Map.of(FAULTS, "GET, POST, DELETE", LATENCY, "GET, PUT", COUNTERS, "GET, DELETE");
        if (!allowed.containsKey(path)) {
            HttpBodies.sendJsonError(exchange, 404, "no such path: " + path);
            return;
        }
        exchange.getResponseHeaders().set("Allow", allowed.get(path));
        HttpBodies.sendJsonError(exchange, 405, path + " takes " + allowed.get(path));
    }

    private static FaultPlan plan(FaultRequest request) throws BadRequest {
        FaultKind kind = FaultKind.fromWireName(request.kind()).orElseThrow(() -> new BadRequest(
                "field 'kind' must be one of " + FaultKind.wireNames() + ", not " + request.kind()));
        int count = request.count() == null ? 1 : request.count();
        if (count < 1) {
            throw new BadRequest("field 'count' must be at least 1, not " + count);
        }
        long backOff = request.backOffMillis() == null ? FaultPlan.DEFAULT_BACK_OFF.toMillis() : request.backOffMillis();
        if (backOff < 0) {
            throw new BadRequest("field 'backOffMillis' cannot be negative");
        }
        long delay = request.delayMillis() == null ? FaultPlan.DEFAULT_DELAY.toMillis() : request.delayMillis();
        if (delay < 0 || delay > Faults.MAX_HOLD.toMillis()) {
            throw new BadRequest("field 'delayMillis' must be between 0 and " + Faults.MAX_HOLD.toMillis());
        }
        return new FaultPlan(kind, count, request.operation(), Duration.ofMillis(backOff), Duration.ofMillis(delay));
    }

    private static Duration latency(LatencyRequest request) throws BadRequest {
        if (request.millis() == null || request.millis() < 0) {
            throw new BadRequest("field 'millis' must be a number of milliseconds, 0 or more");
        }
        return Duration.ofMillis(request.millis());
    }

    private FaultState state() {
        return new FaultState(faults.latency().toMillis(), faults.pending().stream()
                .map(p -> new PendingFault(p.kind().wireName(), p.count(), p.operation(), p.backOff().toMillis(),
                        p.delay().toMillis()))
                .toList(), faults.held());
    }

    /** Reads the JSON body; mistakes become a BadRequest that names the field. */
    private static <T> T read(HttpExchange exchange, Class<T> type) throws IOException, BadRequest {
        T body;
        try {
            body = HttpBodies.readJson(exchange, MAX_BODY_BYTES, type);
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequest("unknown field '" + e.getPropertyName() + "'; known fields: "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        } catch (JsonMappingException e) {
            String field = fieldName(e);
            throw new BadRequest(field.isEmpty() ? "the body must be a JSON object"
                    : "field '" + field + "' has the wrong type");
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (HttpBodies.TooLarge e) {
            throw new BadRequest(e.getMessage());
        }
        if (body == null) {
            throw new BadRequest("the body must be a JSON object");
        }
        return body;
    }

    private static String fieldName(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(Objects::nonNull).collect(Collectors.joining("."));
    }
}
