package org.lmsexchange.sandbox.oauth;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lmsexchange.sandbox.http.BearerTokenValidator;
import org.lmsexchange.sandbox.http.Principal;

/**
 * Issues the sandbox's access tokens, shaped like Exchange Online's app-only tokens from Entra ID (RS256, signed
 * with a key the sandbox makes at start; aud https://outlook.office365.com; appid, tid, roles; iat/nbf/exp by the
 * sandbox's clock), and checks them on the EWS endpoint: signature, audience, validity time, and the
 * full_access_as_app role, without which Exchange Online answers 401.
 */
public final class TokenIssuer implements BearerTokenValidator {

    public static final String AUDIENCE = "https://outlook.office365.com";

    private final KeyPair key;
    private final Clock clock;
    private final Duration lifetime;
    private final String keyId = UUID.randomUUID().toString();

    public TokenIssuer(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            this.key = rsa.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no RSA", e);
        }
    }

    /** How long a token is valid, as expires_in tells the client. */
    Duration lifetime() {
        return lifetime;
    }

    /** A signed access token for the app; {@code certificate}: whether it proved itself with a certificate. */
    String issue(OAuthApp app, boolean certificate) {
        Instant now = clock.instant();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", "JWT");
        header.put("alg", "RS256");
        header.put("kid", keyId);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", AUDIENCE);
        claims.put("iss", "https://sts.windows.net/" + app.tenant() + "/");
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put("appid", app.clientId());
        claims.put("appidacr", certificate ? "2" : "1");
        claims.put("roles", List.copyOf(app.roles()));
        claims.put("tid", app.tenant());
        claims.put("ver", "1.0");
        claims.put("uti", UUID.randomUUID().toString());
        return Jwt.sign(header, claims, key.getPrivate());
    }

    @Override
    public Optional<Principal> validate(String token) {
        Jwt jwt;
        try {
            jwt = Jwt.parse(token);
        } catch (Jwt.Malformed e) {
            return Optional.empty();
        }
        long now = clock.instant().getEpochSecond();
        Long notBefore = jwt.seconds("nbf");
        Long expires = jwt.seconds("exp");
        boolean valid = jwt.signedBy(key.getPublic()) && AUDIENCE.equals(jwt.claim("aud"))
                && notBefore != null && expires != null && notBefore <= now && now < expires
                && jwt.claims().get("roles") instanceof List<?> roles && roles.contains(OAuthApp.FULL_ACCESS_AS_APP);
        return valid
                ? Optional.of(new Principal("app " + jwt.claim("appid") + " (full_access_as_app)", null, Set.of(), true))
                : Optional.empty();
    }
}
