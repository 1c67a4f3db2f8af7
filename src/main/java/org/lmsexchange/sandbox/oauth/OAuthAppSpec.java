package org.lmsexchange.sandbox.oauth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An OAuth2 app from the command line: {@code tenant=T,client-id=C[,secret=S][,certificate=FILE][,roles=A|B]}, the
 * certificate being the one uploaded to the app registration (PEM or DER). Every error names the field at fault.
 */
public final class OAuthAppSpec {

    private static final Set<String> FIELDS = Set.of("tenant", "client-id", "secret", "certificate", "roles");

    private OAuthAppSpec() {
    }

    public static OAuthApp parse(String spec) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] field = part.split("=", 2);
            if (field.length != 2 || !FIELDS.contains(field[0].trim())) {
                // the part is not quoted: it may be a piece of a secret (a comma in it, or a mistyped field name)
                throw new IllegalArgumentException("--oauth-app needs tenant=T,client-id=C and secret=S and/or "
                        + "certificate=FILE (roles=A|B optional), separated by commas; one part is not one of these");
            }
            fields.put(field[0].trim(), field[1].trim());
        }
        if (!fields.containsKey("tenant") || !fields.containsKey("client-id")) {
            throw new IllegalArgumentException("--oauth-app needs tenant=... and client-id=...");
        }
        if (!fields.containsKey("secret") && !fields.containsKey("certificate")) {
            throw new IllegalArgumentException("--oauth-app needs secret=... or certificate=FILE (or both)");
        }
        OAuthApp.Builder app = OAuthApp.builder(fields.get("tenant"), fields.get("client-id"));
        if (fields.containsKey("secret")) {
            app.secret(fields.get("secret"));
        }
        if (fields.containsKey("certificate")) {
            app.certificate(certificate(Path.of(fields.get("certificate"))));
        }
        if (fields.containsKey("roles")) {
            app.roles(fields.get("roles").isEmpty() ? new String[0] : fields.get("roles").split("\\|"));
        }
        return app.build();
    }

    private static X509Certificate certificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("--oauth-app certificate=" + file + " is not a readable X.509 certificate "
                    + "(PEM or DER): " + e.getMessage());
        }
    }
}
