package org.lmsexchange.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reading request bodies with a size limit and writing responses, for the sandbox's HTTP handlers. */
final class HttpBodies {

    private HttpBodies() {
    }

    /** Thrown when a request body is larger than the configured limit. */
    static final class TooLarge extends IOException {
        TooLarge(int limit) {
            super("the request is larger than the sandbox's limit of " + limit + " bytes");
        }
    }

    static byte[] read(HttpExchange exchange, int limit) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
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

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
