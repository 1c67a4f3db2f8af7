package org.lmsexchange.sandbox.oauth;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

/**
 * A compact JSON Web Token signed with RS256 (RSASSA-PKCS1-v1_5 with SHA-256, RFC 7515/7519), with the JDK's own
 * crypto: what Entra ID issues and what msal4j signs its client assertions with.
 */
record Jwt(Map<String, Object> header, Map<String, Object> claims, byte[] signingInput, byte[] signature) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Thrown for anything that is not a well-formed JWT. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    static String sign(Map<String, Object> header, Map<String, Object> claims, PrivateKey key) {
        try {
            String input = ENCODER.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + ENCODER.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + ENCODER.encodeToString(rs256.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    static Jwt parse(String token) throws Malformed {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new Malformed("a JWT has three dot-separated parts");
        }
        try {
            TypeReference<Map<String, Object>> object = new TypeReference<>() {
            };
            return new Jwt(JSON.readValue(DECODER.decode(parts[0]), object), JSON.readValue(DECODER.decode(parts[1]), object),
                    (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), DECODER.decode(parts[2]));
        } catch (IOException | IllegalArgumentException e) {
            throw new Malformed("a JWT's parts are base64url-encoded JSON objects");
        }
    }

    /** Whether it is RS256 and signed by the key's owner. */
    boolean signedBy(PublicKey key) {
        if (!"RS256".equals(header.get("alg"))) {
            return false;
        }
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update(signingInput);
            return rs256.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    String claim(String name) {
        Object value = claims.get(name);
        return value == null ? null : String.valueOf(value);
    }

    /** A NumericDate claim (seconds since the epoch), or null when absent or not a number. */
    Long seconds(String name) {
        return claims.get(name) instanceof Number n ? n.longValue() : null;
    }
}
