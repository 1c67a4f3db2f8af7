package org.lmsexchange.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

/**
 * The connector's /observe/health, served by its management server on a free port of this machine. Test classes
 * switch that server off by default (ConnectorTestSupport); a test that reads its health adds {@link #settings()}.
 */
final class HealthEndpoint {

    private final int port = freePort();
    private final HttpClient http = HttpClient.newHttpClient();

    int port() {
        return port;
    }

    /**
     * The management server on, on this port; its address stays as application.properties ships it (127.0.0.1),
     * which is where this class calls it.
     */
    Properties settings() {
        Properties settings = new Properties();
        settings.setProperty("camel.management.enabled", "true");
        settings.setProperty("camel.management.port", Integer.toString(port));
        return settings;
    }

    /** GET /observe/health, as a caller on this machine without a login. */
    HttpResponse<String> get() throws IOException, InterruptedException {
        return send(request(""));
    }

    /** GET /observe/health with the given Authorization header. */
    HttpResponse<String> get(String authorization) throws IOException, InterruptedException {
        return send(request("").header("Authorization", authorization));
    }

    /** Full exposure, with stack traces and data: the most /observe/health ever shows. */
    HttpResponse<String> getInFull() throws IOException, InterruptedException {
        return send(request("?exposureLevel=full&stackTrace=true&data=true"));
    }

    private HttpRequest.Builder request(String query) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/observe/health" + query));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
