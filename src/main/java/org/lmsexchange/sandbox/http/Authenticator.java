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
 * Basic authentication against the configured users and, when a {@link BearerTokenValidator} is configured,
 * OAuth2 bearer tokens. A request without valid credentials gets 401 with a {@code WWW-Authenticate} challenge
 * per scheme, which is what makes the 2.0 client send its Basic credentials at all. Neither passwords nor tokens
 * ever appear in an answer or a log line.
 */
public final class Authenticator {

    private static final String REALM = "realm=\"EWS sandbox\"";

    /** A configured Basic user: its password and the mailboxes it may act for besides its own. */
    public record BasicUser(String password, String ownMailbox, Set<String> mayActFor) {

        @Override
        public String toString() {
            return "BasicUser[" + ownMailbox + ", mayActFor=" + mayActFor + "]"; // never the password
        }
    }

    private final Map<String, BasicUser> users;
    private final Optional<BearerTokenValidator> bearerTokens;

    public Authenticator(Map<String, BasicUser> users, Optional<BearerTokenValidator> bearerTokens) {
        this.users = Map.copyOf(users);
        this.bearerTokens = bearerTokens;
    }

    public Optional<Principal> authenticate(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        if (hasScheme(header, "Basic")) {
            return basic(header.substring(6).trim());
        }
        if (hasScheme(header, "Bearer")) {
            String token = header.substring(7).trim();
            return bearerTokens.flatMap(validator -> validator.validate(token));
        }
        return Optional.empty();
    }

    /** Answers 401 with one challenge per accepted scheme; a rejected bearer token is named invalid_token (RFC 6750). */
    public void challenge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Basic " + REALM);
        if (bearerTokens.isPresent()) {
            String header = exchange.getRequestHeaders().getFirst("Authorization");
            boolean tokenRejected = header != null && hasScheme(header, "Bearer");
            exchange.getResponseHeaders().add("WWW-Authenticate",
                    "Bearer " + REALM + (tokenRejected ? ", error=\"invalid_token\"" : ""));
        }
        HttpBodies.send(exchange, 401, "text/plain", "401 Unauthorized: send valid credentials");
    }

    private Optional<Principal> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
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

    private static boolean hasScheme(String header, String scheme) {
        return header.length() > scheme.length()
                && header.regionMatches(true, 0, scheme, 0, scheme.length())
                && header.charAt(scheme.length()) == ' ';
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
