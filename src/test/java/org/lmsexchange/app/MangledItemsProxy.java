package org.lmsexchange.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hostile EWS server for the tests: a loopback HTTP relay to the sandbox that passes every request and answer
 * through, except that the items a test names (by any text in them, e.g. the From address, so that the rule stands
 * before the item arrives) are mangled in every GetItem answer that carries them: an element removed, a value no
 * client can read. The inbox's listing (FindItem) stays intact. The sandbox itself stays faithful to Exchange; the relay plays the broken or malicious
 * server in front of it.
 */
final class MangledItemsProxy implements AutoCloseable {

    /** Headers the relay's HTTP client sets itself, or that no longer fit once the body is changed. */
    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "host", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "accept-encoding", "content-encoding", "date");
    private static final Pattern ITEM = Pattern.compile("<t:(MeetingResponse|MeetingRequest|Message|CalendarItem)\\b.*?</t:\\1>",
            Pattern.DOTALL);

    private final URI target;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, UnaryOperator<String>> mangled = new ConcurrentHashMap<>();

    MangledItemsProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::relay);
        server.start();
    }

    /** The relay's URL for the sandbox's {@code url} (same path). */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + target.getPath());
    }

    /** Every item holding {@code marker} is shown without the element (e.g. "t:From"), as if it had none. */
    MangledItemsProxy withoutElement(String marker, String element) {
        Pattern pattern = Pattern.compile("<" + element + "\\b[^>]*?(/>|>.*?</" + element + ">)", Pattern.DOTALL);
        mangled.put(marker, xml -> pattern.matcher(xml).replaceAll(""));
        return this;
    }

    /** Every item holding {@code marker} shows the element's text as {@code value}, e.g. a date no client reads. */
    MangledItemsProxy withText(String marker, String element, String value) {
        Pattern pattern = Pattern.compile("(<" + element + ">).*?(</" + element + ">)", Pattern.DOTALL);
        mangled.put(marker, xml -> pattern.matcher(xml).replaceAll("$1" + Matcher.quoteReplacement(value) + "$2"));
        return this;
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            boolean getItem = new String(requestBody, StandardCharsets.UTF_8).contains(":GetItem>");
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().getRawPath()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(requestBody));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] body = (getItem ? mangle(answer.body()) : answer.body()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String mangle(String xml) {
        if (mangled.isEmpty()) {
            return xml;
        }
        Matcher items = ITEM.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (items.find()) {
            String item = items.group();
            for (Map.Entry<String, UnaryOperator<String>> rule : mangled.entrySet()) {
                if (item.contains(rule.getKey())) {
                    item = rule.getValue().apply(item);
                }
            }
            items.appendReplacement(out, Matcher.quoteReplacement(item));
        }
        items.appendTail(out);
        return out.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
