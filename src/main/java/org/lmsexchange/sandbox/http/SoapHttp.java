package org.lmsexchange.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.lmsexchange.sandbox.soap.EwsException;

/**
 * The HTTP side of SOAP messages: request bodies with a size limit, compressed ({@code Content-Encoding: gzip} or
 * {@code deflate}) or not, and responses compressed with gzip when the client asks for it, as the 2.0 client does.
 */
final class SoapHttp {

    static final String XML = "text/xml; charset=utf-8";

    /** The most of a too large body that is read (and thrown away) before the sandbox gives up on the client. */
    static final long DISCARD_LIMIT = 64L * 1024 * 1024;

    private SoapHttp() {
    }

    /**
     * The request body, decompressed. A body announced or found to be larger than {@code limit} fails with
     * {@link HttpBodies.TooLarge} before more than {@code limit} bytes are held; the limit applies to the
     * decompressed size too, so a small gzip bomb cannot fill the memory.
     */
    static byte[] readRequest(HttpExchange exchange, int limit) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && announcedLength(length) > limit) {
            throw new HttpBodies.TooLarge(limit);
        }
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        try {
            return HttpBodies.read(decoded(exchange.getRequestBody(), encoding), limit);
        } catch (ZipException | EOFException e) {
            throw EwsException.schemaValidation("the request body is not valid " + encoding + " data");
        }
    }

    /**
     * Reads and throws away what is left of a refused request body, at most {@code limit} bytes. A client still
     * sending its body when the server closes the connection gets a reset instead of the answer (401, 413);
     * reading the rest first lets it see the answer. Nothing is kept, so this costs time, never memory.
     */
    static void discardBody(HttpExchange exchange, long limit) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            long discarded = 0;
            int n;
            while (discarded < limit && (n = in.read(buffer)) != -1) {
                discarded += n;
            }
        } catch (IOException alreadyClosedOrGone) {
            // the body was closed while reading it, or the client went away: nothing left to discard
        }
    }

    /** Sends a SOAP envelope, gzip-compressed when the request's Accept-Encoding names gzip. */
    static void send(HttpExchange exchange, int status, String envelope) throws IOException {
        byte[] body = envelope.getBytes(StandardCharsets.UTF_8);
        if (acceptsGzip(exchange)) {
            body = gzip(body);
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.getResponseHeaders().set("Content-Type", XML);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static long announcedLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // the server itself rejects malformed lengths; nothing to check here
        }
    }

    private static InputStream decoded(InputStream body, String encoding) throws IOException {
        String name = encoding == null ? "identity" : encoding.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "identity", "" -> body;
            case "gzip", "x-gzip" -> new GZIPInputStream(body);
            case "deflate" -> new InflaterInputStream(body);
            default -> throw EwsException.schemaValidation("the sandbox cannot read Content-Encoding " + encoding);
        };
    }

    private static boolean acceptsGzip(HttpExchange exchange) {
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        return accepted != null && Arrays.stream(accepted.split(","))
                .map(token -> token.split(";")[0].trim())
                .anyMatch(coding -> coding.equalsIgnoreCase("gzip"));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(data.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(data);
        }
        return compressed.toByteArray();
    }
}
