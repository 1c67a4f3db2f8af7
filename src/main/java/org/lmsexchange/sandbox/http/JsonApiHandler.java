package org.lmsexchange.sandbox.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.stream.Collectors;
import org.lmsexchange.sandbox.learners.UnknownMeetingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The common frame of the sandbox's JSON API handlers: one JSON answer per request, and every failure turned into
 * a JSON error naming the problem (400 bad request, 404 unknown mailbox or meeting, 405, 413), never a stack trace.
 */
abstract class JsonApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JsonApiHandler.class);
    static final int MAX_REQUEST_BYTES = 1024 * 1024;

    /** The status and the body (serialized as JSON) of a successful answer. */
    record Reply(int status, Object body) {
        static Reply ok(Object body) {
            return new Reply(200, body);
        }

        static Reply created(Object body) {
            return new Reply(201, body);
        }
    }

    /** The path names nothing this handler knows, e.g. an unknown mailbox: 404. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private static final class MethodNotAllowed extends RuntimeException {
        private final String allowed;

        MethodNotAllowed(String allowed) {
            super("this resource takes " + allowed + " requests only");
            this.allowed = allowed;
        }
    }

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try {
            Reply reply = answer(exchange);
            HttpBodies.sendJson(exchange, reply.status(), reply.body());
        } catch (JsonProcessingException e) {
            HttpBodies.sendJsonError(exchange, 400, describe(e));
        } catch (HttpBodies.TooLarge e) {
            HttpBodies.sendJsonError(exchange, 413, e.getMessage());
        } catch (MethodNotAllowed e) {
            exchange.getResponseHeaders().set("Allow", e.allowed);
            HttpBodies.sendJsonError(exchange, 405, e.getMessage());
        } catch (NotFound | UnknownMeetingException e) {
            HttpBodies.sendJsonError(exchange, 404, e.getMessage());
        } catch (IllegalArgumentException e) {
            HttpBodies.sendJsonError(exchange, 400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("The sandbox's JSON API failed on {} {}",
                    exchange.getRequestMethod(), exchange.getRequestURI(), e);
            HttpBodies.sendJsonError(exchange, 500, "the sandbox failed to process the request");
        } finally {
            exchange.close();
        }
    }

    /** Answers one request; throw IllegalArgumentException for a bad request, {@link NotFound} for an unknown path. */
    abstract Reply answer(HttpExchange exchange) throws IOException;

    static void requireMethod(HttpExchange exchange, String method) {
        if (!method.equals(exchange.getRequestMethod())) {
            throw new MethodNotAllowed(method);
        }
    }

    /** The request path below {@code prefix}, without slashes at either end ("" for the prefix itself). */
    static String pathBelow(HttpExchange exchange, String prefix) {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals(prefix) && !path.startsWith(prefix + "/")) {
            throw new NotFound("no such resource: " + path);
        }
        return path.substring(prefix.length()).replaceAll("^/+|/+$", "");
    }

    /** Reads the request body as a JSON object of the given type; an empty body counts as {}. */
    static <T> T readObject(HttpExchange exchange, Class<T> type) throws IOException {
        T value = HttpBodies.readJson(exchange, MAX_REQUEST_BYTES, type);
        if (value == null) {
            throw new IllegalArgumentException("the request body must be a JSON object");
        }
        return value;
    }

    /** A field the request must have. */
    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("field '" + field + "' is required");
        }
        return value;
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'; the known fields are "
                    + unknown.getKnownPropertyIds();
        }
        if (e instanceof JsonParseException) {
            return "the request body is not valid JSON: " + e.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "field '" + fieldPath(mismatch) + "' has an invalid value";
        }
        return "the request body must be a JSON object";
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
    }
}
