package org.lmsexchange.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an OAuth2 bearer token ({@code Authorization: Bearer <token>}) and says who it stands for. The sandbox's
 * token endpoint brings the real one (signature, audience, expiry: {@code TokenIssuer}); {@link #appToken} is the
 * simple one for tests and demos.
 */
@FunctionalInterface
public interface BearerTokenValidator {

    /** The caller the token stands for, or empty when the token is not valid. */
    Optional<Principal> validate(String token);

    /** Accepts what this validator accepts, and else what {@code other} accepts. */
    default BearerTokenValidator or(BearerTokenValidator other) {
        return token -> validate(token).or(() -> other.validate(token));
    }

    /**
     * Accepts exactly {@code token} as an app-only token with full_access_as_app: its principal has no mailbox of
     * its own and may impersonate every mailbox, like a daemon app on Exchange Online.
     */
    static BearerTokenValidator appToken(String token) {
        byte[] expected = token.getBytes(StandardCharsets.UTF_8);
        Principal app = new Principal("app (full_access_as_app)", null, Set.of(), true);
        return given -> MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))
                ? Optional.of(app) : Optional.empty();
    }
}
