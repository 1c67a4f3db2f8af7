package org.lmsexchange.sandbox.oauth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a client assertion: the JWT an app signs with its certificate's private key to prove itself (what msal4j
 * sends for a certificate credential). The certificate is found by the thumbprint in the header (x5t#S256 or x5t)
 * among the app's registered ones; then signature, issuer and subject (the client id), audience (the token
 * endpoint) and validity time, with five minutes of clock skew as Entra allows.
 */
final class ClientAssertions {

    private static final long SKEW_SECONDS = 300;

    private final Clock clock;

    ClientAssertions(Clock clock) {
        this.clock = clock;
    }

    /** Empty when the assertion proves the app; else the error Entra would answer. */
    Optional<EntraError> check(OAuthApp app, String assertion, String tokenPath) {
        Jwt jwt;
        try {
            jwt = Jwt.parse(assertion);
        } catch (Jwt.Malformed e) {
            return Optional.of(EntraError.malformedAssertion(e.getMessage()));
        }
        Optional<X509Certificate> certificate = app.certificates().stream()
                .filter(c -> matchesThumbprint(c, jwt)).findFirst();
        if (certificate.isEmpty()) {
            return Optional.of(EntraError.unregisteredCertificate(app.clientId()));
        }
        if (!jwt.signedBy(certificate.get().getPublicKey())) {
            return Optional.of(EntraError.invalidSignature());
        }
        if (!app.clientId().equals(jwt.claim("iss")) || !app.clientId().equals(jwt.claim("sub"))) {
            return Optional.of(EntraError.assertionForAnotherApp());
        }
        String audience = jwt.claim("aud");
        if (audience == null || !audience.toLowerCase(Locale.ROOT).startsWith("https://")
                || !audience.toLowerCase(Locale.ROOT).endsWith(tokenPath.toLowerCase(Locale.ROOT))) {
            return Optional.of(EntraError.malformedAssertion("its audience '" + audience + "' is not this token endpoint"));
        }
        long now = clock.instant().getEpochSecond();
        Long notBefore = jwt.seconds("nbf");
        Long expires = jwt.seconds("exp");
        if (expires == null || expires + SKEW_SECONDS < now || notBefore != null && notBefore - SKEW_SECONDS > now) {
            return Optional.of(EntraError.assertionOutOfTime());
        }
        return Optional.empty();
    }

    private static boolean matchesThumbprint(X509Certificate certificate, Jwt jwt) {
        Object sha256 = jwt.header().get("x5t#S256");
        Object sha1 = jwt.header().get("x5t");
        return sha256 != null && thumbprint(certificate, "SHA-256").contains(sha256)
                || sha1 != null && thumbprint(certificate, "SHA-1").contains(sha1);
    }

    /** The thumbprint as RFC 7515 writes it (base64url) and as msal4j sends it (base64 with padding). */
    private static List<String> thumbprint(X509Certificate certificate, String digest) {
        try {
            byte[] hash = MessageDigest.getInstance(digest).digest(certificate.getEncoded());
            return List.of(Base64.getUrlEncoder().withoutPadding().encodeToString(hash),
                    Base64.getEncoder().encodeToString(hash));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot take the certificate's thumbprint", e);
        }
    }
}
