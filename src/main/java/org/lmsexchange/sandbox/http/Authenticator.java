package org.lmsexchange.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Basic authentication against the configured users. A request without valid credentials gets 401 with
 * {@code WWW-Authenticate: Basic}, which is what makes the 2.0 client send its credentials at all.
 */
public final class Authenticator {

    /** A configured Basic user: its password and the mailboxes it may act for besides its own. */
    public record BasicUser(String password, String ownMailbox, Set<String> mayActFor) {
    }

    private final Map<String, BasicUser> users;

    public Authenticator(Map<String, BasicUser> users) {
        this.users = Map.copyOf(users);
    }

    public Optional<Principal> authenticate(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String name = decoded.substring(0, colon);
        BasicUser user = users.get(name);
        if (user == null || !constantTimeEquals(user.password(), decoded.substring(colon + 1))) {
            return Optional.empty();
        }
        return Optional.of(new Principal(name, user.ownMailbox(), user.mayActFor(), false));
    }

    public void challenge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"EWS sandbox\"");
        HttpBodies.send(exchange, 401, "text/plain", "401 Unauthorized: send valid credentials");
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
