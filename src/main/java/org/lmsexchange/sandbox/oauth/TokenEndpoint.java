package org.lmsexchange.sandbox.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lmsexchange.sandbox.http.HttpBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /{tenant}/oauth2/v2.0/token}: Entra ID's token endpoint for the client-credentials grant, on the
 * sandbox's HTTPS server. An app proves itself with a client secret or a client assertion signed with its
 * certificate, asks for {@code https://outlook.office365.com/.default}, and gets a signed, short-lived access token;
 * anything wrong is answered with Entra's error (AADSTS code) for it. Secrets and tokens are never logged.
 */
public final class TokenEndpoint implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpoint.class);
    private static final Pattern PATH = Pattern.compile("/([^/]+)/oauth2/v2\\.0/token");
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final int MAX_REQUEST_BYTES = 64 * 1024;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final List<OAuthApp> apps;
    private final TokenIssuer issuer;
    private final ClientAssertions assertions;
    private final Clock clock;
    private final AtomicInteger issued = new AtomicInteger();

    public TokenEndpoint(List<OAuthApp> apps, TokenIssuer issuer, Clock clock) {
        this.apps = List.copyOf(apps);
        this.issuer = issuer;
        this.assertions = new ClientAssertions(clock);
        this.clock = clock;
    }

    /** How many tokens were issued since the start. */
    public int tokensIssued() {
        return issued.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!path.matches()) {
                HttpBodies.sendJsonError(exchange, 404, "no such resource: " + exchange.getRequestURI().getPath());
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                HttpBodies.sendJsonError(exchange, 405, "the token endpoint takes POST requests only");
            } else {
                Map<String, String> form = form(HttpBodies.read(exchange, MAX_REQUEST_BYTES));
                Outcome outcome = answer(path.group(1), exchange.getRequestURI().getPath(), form);
                if (outcome.error() != null) {
                    sendError(exchange, outcome.error());
                } else {
                    issued.incrementAndGet();
                    HttpBodies.sendJson(exchange, 200, Map.of("token_type", "Bearer",
                            "expires_in", issuer.lifetime().toSeconds(), "ext_expires_in", issuer.lifetime().toSeconds(),
                            "access_token", outcome.token()));
                }
            }
        } catch (HttpBodies.TooLarge e) {
            HttpBodies.sendJsonError(exchange, 413, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("The sandbox's token endpoint failed on a request", e);
            HttpBodies.sendJsonError(exchange, 500, "the sandbox failed to process the token request");
        } finally {
            exchange.close();
        }
    }

    private record Outcome(String token, EntraError error) {
        static Outcome refused(EntraError error) {
            return new Outcome(null, error);
        }
    }

    private Outcome answer(String tenant, String tokenPath, Map<String, String> form) {
        if (apps.stream().noneMatch(app -> app.belongsTo(tenant))) {
            return Outcome.refused(EntraError.tenantNotFound(tenant));
        }
        String grant = form.get("grant_type");
        if (grant == null) {
            return Outcome.refused(EntraError.missing("grant_type"));
        }
        if (!grant.equals("client_credentials")) {
            return Outcome.refused(EntraError.unsupportedGrant(grant));
        }
        String clientId = form.get("client_id");
        if (clientId == null) {
            return Outcome.refused(EntraError.missing("client_id"));
        }
        Optional<OAuthApp> app = apps.stream()
                .filter(a -> a.belongsTo(tenant) && a.clientId().equalsIgnoreCase(clientId)).findFirst();
        if (app.isEmpty()) {
            return Outcome.refused(EntraError.unknownApp(clientId, tenant));
        }
        Optional<EntraError> scope = checkScope(form.get("scope"), tenant);
        if (scope.isPresent()) {
            return Outcome.refused(scope.get());
        }
        return authenticate(app.get(), tokenPath, form);
    }

    private static Optional<EntraError> checkScope(String scope, String tenant) {
        if (scope == null) {
            return Optional.of(EntraError.missing("scope"));
        }
        // msal4j adds the OpenID scopes itself; the resource's scope is the one with /.default
        String resource = List.of(scope.split(" ")).stream().filter(s -> !List.of("openid", "profile", "offline_access")
                .contains(s)).findFirst().orElse("");
        if (!resource.endsWith("/.default")) {
            return Optional.of(EntraError.invalidScope(scope));
        }
        String name = resource.substring(0, resource.length() - "/.default".length());
        return name.equalsIgnoreCase(TokenIssuer.AUDIENCE) ? Optional.empty()
                : Optional.of(EntraError.unknownResource(name, tenant));
    }

    private Outcome authenticate(OAuthApp app, String tokenPath, Map<String, String> form) {
        String secret = form.get("client_secret");
        String assertion = form.get("client_assertion");
        if (secret != null) {
            Optional<OAuthApp.Secret> match = app.secrets().stream().filter(s -> s.matches(secret)).findFirst();
            Instant validFrom = match.map(OAuthApp.Secret::validFrom).orElse(null);
            if (match.isEmpty() || validFrom != null && clock.instant().isBefore(validFrom)) {
                return Outcome.refused(EntraError.invalidSecret(app.clientId()));
            }
            Instant expiresAt = match.get().expiresAt();
            if (expiresAt != null && !clock.instant().isBefore(expiresAt)) {
                return Outcome.refused(EntraError.expiredSecret(app.clientId()));
            }
            return new Outcome(issuer.issue(app, false), null);
        }
        if (assertion != null) {
            if (!JWT_BEARER.equals(form.get("client_assertion_type"))) {
                return Outcome.refused(EntraError.missing("client_assertion_type"));
            }
            return assertions.check(app, assertion, tokenPath).map(Outcome::refused)
                    .orElseGet(() -> new Outcome(issuer.issue(app, true), null));
        }
        return Outcome.refused(EntraError.noCredential());
    }

    private void sendError(HttpExchange exchange, EntraError error) throws IOException {
        String correlation = Optional.ofNullable(exchange.getRequestHeaders().getFirst("client-request-id"))
                .orElse(UUID.randomUUID().toString());
        String trace = UUID.randomUUID().toString();
        String timestamp = TIMESTAMP.format(clock.instant());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.error());
        body.put("error_description", "AADSTS" + error.code() + ": " + error.description() + "\r\nTrace ID: " + trace
                + "\r\nCorrelation ID: " + correlation + "\r\nTimestamp: " + timestamp);
        body.put("error_codes", List.of(error.code()));
        body.put("timestamp", timestamp);
        body.put("trace_id", trace);
        body.put("correlation_id", correlation);
        body.put("error_uri", "https://login.microsoftonline.com/error?code=" + error.code());
        HttpBodies.sendJson(exchange, error.status(), body);
    }

    private static Map<String, String> form(byte[] body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
