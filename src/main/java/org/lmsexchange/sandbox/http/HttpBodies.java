package org.lmsexchange.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Reading request bodies with a size limit and writing responses (XML, text or JSON), for the sandbox's HTTP handlers. */
public final class HttpBodies {

    /** JSON of the admin API: ISO-8601 times, no nulls. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private HttpBodies() {
    }

    /** Thrown when a request body is larger than the configured limit. */
    public static final class TooLarge extends IOException {
        TooLarge(int limit) {
            super("the request is larger than the sandbox's limit of " + limit + " bytes");
        }
    }

    public static byte[] read(HttpExchange exchange, int limit) throws IOException {
        return read(exchange.getRequestBody(), limit);
    }

    /** Reads {@code in} to its end, failing with {@link TooLarge} as soon as it passes {@code limit} bytes. */
    public static byte[] read(InputStream body, int limit) throws IOException {
        try (InputStream in = body) {
            byte[] buffer = new byte[Math.min(limit + 1, 64 * 1024)];
            int length = 0;
            int n;
            while ((n = in.read(buffer, length, buffer.length - length)) != -1) {
                length += n;
                if (length > limit) {
                    throw new TooLarge(limit);
                }
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, limit + 1));
                }
            }
            return Arrays.copyOf(buffer, length);
        }
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    public static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", JSON.writeValueAsString(body));
    }

    /** A JSON error answer of the admin API: {"error": "..."}. */
    public static void sendJsonError(HttpExchange exchange, int status, String message) throws IOException {
        sendJson(exchange, status, java.util.Map.of("error", message));
    }

    /** Reads a JSON request body into {@code type}; malformed JSON is an IOException the caller answers with 400. */
    public static <T> T readJson(HttpExchange exchange, int limit, Class<T> type) throws IOException {
        byte[] body = read(exchange, limit);
        return JSON.readValue(body.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : body, type);
    }
}
