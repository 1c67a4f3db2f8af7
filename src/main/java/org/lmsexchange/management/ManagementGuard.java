package org.lmsexchange.management;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.main.ManagementHttpServer;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.support.SimpleEventNotifierSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of everything the management server (camel.management.*) serves. A local or signed-in caller
 * ({@link ManagementCaller}) goes on to Camel's handlers and sees everything; anyone else gets /observe/health as
 * status only ({@link HealthStatusOnly}), and a 401 asking for the management login for anything else the server may
 * serve (the place to protect Jolokia and metrics too). A wrong login gets a 401 everywhere.
 * <p>
 * Camel's own authentication for this server (camel.management.authentication-enabled with a basic properties file)
 * asks every caller for a login, also an orchestrator's health probe and a caller on this machine; hence this guard.
 */
public final class ManagementGuard implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementGuard.class);
    private static final String REALM = "lms-exchange-connector management";
    private static final String USER = "connector.management.user";
    private static final String PASSWORD = "connector.management.password";

    private final CamelContext context;
    private final ManagementCaller callers;
    private final String healthPath;

    ManagementGuard(CamelContext context, ManagementCaller callers, String healthPath) {
        this.context = context;
        this.callers = callers;
        this.healthPath = healthPath;
    }

    /**
     * Puts the guard in front of the management server's handlers once it listens, before any route runs (so before
     * any outage has details to hide). A login with only one of user and password stops start-up, naming both.
     */
    public static void protect(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        ManagementCaller callers = new ManagementCaller(properties.resolveProperty(USER).orElse(""),
                properties.resolveProperty(PASSWORD).orElse(""));
        context.getManagementStrategy().addEventNotifier(new SimpleEventNotifierSupport() {
            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof CamelEvent.CamelContextRoutesStartingEvent;
            }

            @Override
            public void notify(CamelEvent event) {
                ManagementHttpServer server = context.hasService(ManagementHttpServer.class);
                if (server != null && server.getRouter() != null) {
                    new ManagementGuard(context, callers, server.getHealthPath()).install(server.getRouter());
                } else if (server != null) {
                    LOG.warn("The management server has no router to guard: /observe/health shows its details to "
                            + "anyone who reaches camel.management.host:port");
                }
            }
        });
    }

    /** First in line for every request the router gets. */
    void install(Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this);
    }

    @Override
    public void handle(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        switch (callers.trust(address(request.remoteAddress()), request.getHeader("Authorization"))) {
            case LOCAL, SIGNED_IN -> routing.next();
            case WRONG_LOGIN -> challenge(routing);
            case ANONYMOUS -> {
                HealthStatusOnly.Kind health = healthKind(routing.normalizedPath());
                if (health == null) {
                    challenge(routing);
                } else {
                    answerStatusOnly(routing, health);
                }
            }
        }
    }

    private HealthStatusOnly.Kind healthKind(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        if (trimmed.equals(healthPath)) {
            return HealthStatusOnly.Kind.ALL;
        } else if (trimmed.equals(healthPath + "/live")) {
            return HealthStatusOnly.Kind.LIVE;
        } else if (trimmed.equals(healthPath + "/ready")) {
            return HealthStatusOnly.Kind.READY;
        }
        return null;
    }

    private void answerStatusOnly(RoutingContext routing, HealthStatusOnly.Kind kind) {
        // health checks may block: not on the event loop, as Camel's own health handler
        routing.vertx().<HealthStatusOnly>executeBlocking(() -> HealthStatusOnly.of(context, kind), false)
                .onSuccess(health -> routing.response().setStatusCode(health.status())
                        .putHeader("content-type", "application/json").end(health.body()))
                .onFailure(routing::fail);
    }

    private static void challenge(RoutingContext routing) {
        routing.response().setStatusCode(401).putHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"")
                .putHeader("content-type", "text/plain")
                .end("401 Unauthorized: sign in with the management login (connector.management.user / password), "
                        + "or ask from this machine\n");
    }

    /** The caller's IP address: a literal, so no name lookup. Null for a caller without one (a Unix socket). */
    private static InetAddress address(SocketAddress remote) {
        if (remote == null || remote.hostAddress() == null) {
            return null;
        }
        try {
            return InetAddress.getByName(remote.hostAddress());
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
