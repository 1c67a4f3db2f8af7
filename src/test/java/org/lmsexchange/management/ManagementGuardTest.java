package org.lmsexchange.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.settings.SettingsException;

/**
 * The guard in front of the management server, on a real HTTP server on loopback. A test cannot call from another
 * machine, so the guard is told which addresses are this machine's: none, to stand for a remote caller; loopback,
 * as in production. Behind it stands what Camel's health handler answers a trusted caller: the outage's details.
 */
class ManagementGuardTest {

    private static final String DETAILS = "Exchange is unavailable since 2026-11-30T12:00:00Z: "
            + "mail.internal.example:8443 refused the connection (event EVT-4711)";
    private static final String USER = "ops";
    private static final String PASSWORD = "Mgmt-Pw-7x2k";
    private static final Predicate<InetAddress> EVERY_CALLER_REMOTE = address -> false;

    private final Vertx vertx = Vertx.vertx();
    private final CamelContext camel = contextWithExchangeDown();
    private HttpServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        camel.stop();
    }

    @Test
    void aRemoteCallerWithoutLoginGetsEachChecksStatusButNoDetails() throws Exception {
        int port = start(new ManagementCaller(USER, PASSWORD, EVERY_CALLER_REMOTE));

        for (String path : new String[] {"/observe/health?exposureLevel=full&stackTrace=true&data=true",
                "/observe/health/ready", "/observe/health/"}) {
            HttpResponse<String> health = get(port, path, Map.of());
            assertThat(health.statusCode()).as(path).isEqualTo(503);
            assertThat(health.body()).as(path)
                    .isEqualTo("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"exchange\",\"status\":\"DOWN\"}]}");
        }
        assertThat(get(port, "/observe/health/live", Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> other = get(port, "/observe/jolokia/read/java.lang:type=Memory", Map.of());
        assertThat(other.statusCode()).isEqualTo(401);
        assertThat(other.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm="));
    }

    @Test
    void aRemoteCallerSignedInWithTheManagementLoginGetsTheDetails() throws Exception {
        int port = start(new ManagementCaller(USER, PASSWORD, EVERY_CALLER_REMOTE));

        HttpResponse<String> health = get(port, "/observe/health", Map.of("Authorization", basic(USER, PASSWORD)));

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains(DETAILS);
    }

    @Test
    void aWrongLoginIsRefusedAndShowsNothing() throws Exception {
        int port = start(new ManagementCaller(USER, PASSWORD, EVERY_CALLER_REMOTE));

        for (String authorization : new String[] {basic(USER, "wrong"), basic("admin", PASSWORD), "Basic !!!",
                "Bearer " + PASSWORD}) {
            HttpResponse<String> health = get(port, "/observe/health", Map.of("Authorization", authorization));
            assertThat(health.statusCode()).as(authorization).isEqualTo(401);
            assertThat(health.body()).as(authorization).doesNotContain("exchange", "mail.internal");
        }
    }

    @Test
    void withoutAConfiguredLoginNoRemoteCallerSeesDetails() throws Exception {
        int port = start(new ManagementCaller("", "", EVERY_CALLER_REMOTE));

        HttpResponse<String> health = get(port, "/observe/health", Map.of("Authorization", basic("", "")));

        assertThat(health.body()).doesNotContain("mail.internal");
    }

    @Test
    void aCallerOnThisMachineGetsTheDetailsWithoutLogin() throws Exception {
        int port = start(new ManagementCaller(USER, PASSWORD));

        HttpResponse<String> health = get(port, "/observe/health", Map.of());

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains(DETAILS);
    }

    @Test
    void forwardedHeadersDoNotMakeACallerLocal() throws Exception {
        int port = start(new ManagementCaller(USER, PASSWORD, EVERY_CALLER_REMOTE));

        HttpResponse<String> health = get(port, "/observe/health",
                Map.of("X-Forwarded-For", "127.0.0.1", "Forwarded", "for=127.0.0.1"));

        assertThat(health.body()).doesNotContain("mail.internal");
    }

    @Test
    void aLoginNeedsBothUserAndPassword() {
        assertThatThrownBy(() -> new ManagementCaller(USER, ""))
                .isInstanceOf(SettingsException.class)
                .hasMessageContainingAll("connector.management.user", "connector.management.password", "only the user");
        assertThatThrownBy(() -> new ManagementCaller(" ", PASSWORD))
                .hasMessageContaining("only the password").hasMessageNotContaining(PASSWORD);
    }

    /** The guard first, then a stand-in for Camel's health handler answering with the details. */
    private int start(ManagementCaller callers) throws Exception {
        Router router = Router.router(vertx);
        router.route("/observe/health*").handler(routing -> routing.response().setStatusCode(503)
                .end("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"exchange\",\"message\":\"" + DETAILS + "\"}]}"));
        new ManagementGuard(camel, callers, "/observe/health").install(router);
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return server.actualPort();
    }

    private static HttpResponse<String> get(int port, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A context whose one readiness check, exchange, is DOWN with a message naming a host, port and event. */
    private static CamelContext contextWithExchangeDown() {
        CamelContext context = new DefaultCamelContext();
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(new AbstractHealthCheck("connector", "exchange") {
            @Override
            public boolean isLiveness() {
                return false;
            }

            @Override
            protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
                builder.down().message(DETAILS);
            }
        });
        context.start();
        // the check is registered and callable: what the guard's own answer reports
        assertThat(HealthCheckHelper.invoke(context)).isNotEmpty();
        return context;
    }
}
