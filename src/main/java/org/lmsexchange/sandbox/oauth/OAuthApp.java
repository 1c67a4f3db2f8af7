package org.lmsexchange.sandbox.oauth;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An app registered with the sandbox's token endpoint, like an Entra ID app registration: its tenant, client id,
 * client secrets and/or certificates, and the application permissions (roles) its tokens carry, by default
 * full_access_as_app (what Exchange Online needs for EWS).
 */
public final class OAuthApp {

    public static final String FULL_ACCESS_AS_APP = "full_access_as_app";

    /** A client secret, from when it is accepted (null: at once) and when it expires (null: never). */
    record Secret(String value, Instant validFrom, Instant expiresAt) {
        boolean matches(String given) {
            return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Secret[validFrom=" + validFrom + ", expiresAt=" + expiresAt + "]"; // never the value
        }
    }

    private final String tenant;
    private final String clientId;
    private final List<Secret> secrets;
    private final List<X509Certificate> certificates;
    private final Set<String> roles;

    private OAuthApp(Builder builder) {
        this.tenant = builder.tenant;
        this.clientId = builder.clientId;
        this.secrets = List.copyOf(builder.secrets);
        this.certificates = List.copyOf(builder.certificates);
        this.roles = Set.copyOf(builder.roles);
    }

    /** An app of {@code tenant} (its id or domain, compared ignoring case) with the given application (client) id. */
    public static Builder builder(String tenant, String clientId) {
        return new Builder(tenant, clientId);
    }

    public String tenant() {
        return tenant;
    }

    public String clientId() {
        return clientId;
    }

    public Set<String> roles() {
        return roles;
    }

    boolean belongsTo(String tenantInPath) {
        return tenant.toLowerCase(Locale.ROOT).equals(tenantInPath.toLowerCase(Locale.ROOT));
    }

    List<Secret> secrets() {
        return secrets;
    }

    List<X509Certificate> certificates() {
        return certificates;
    }

    @Override
    public String toString() {
        return "OAuthApp[" + tenant + ", " + clientId + ", " + secrets.size() + " secret(s), " + certificates.size()
                + " certificate(s), roles " + roles + "]";
    }

    /** The settings of an {@link OAuthApp}. */
    public static final class Builder {
        private final String tenant;
        private final String clientId;
        private final List<Secret> secrets = new ArrayList<>();
        private final List<X509Certificate> certificates = new ArrayList<>();
        private final Set<String> roles = new LinkedHashSet<>(Set.of(FULL_ACCESS_AS_APP));

        private Builder(String tenant, String clientId) {
            if (tenant == null || tenant.isBlank() || clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("an OAuth2 app needs a tenant and a client id");
            }
            this.tenant = tenant;
            this.clientId = clientId;
        }

        /** A client secret that never expires. */
        public Builder secret(String value) {
            return secret(value, null);
        }

        /** A client secret valid until {@code expiresAt} (by the sandbox's clock). */
        public Builder secret(String value, Instant expiresAt) {
            secrets.add(new Secret(value, null, expiresAt));
            return this;
        }

        /**
         * A client secret accepted only from {@code validFrom} (by the sandbox's clock): before, it is refused as
         * invalid (AADSTS7000215), as Entra ID refuses a new secret that has not reached all its servers yet.
         */
        public Builder secretValidFrom(String value, Instant validFrom) {
            secrets.add(new Secret(value, validFrom, null));
            return this;
        }

        /** A certificate whose private key signs the app's client assertions. */
        public Builder certificate(X509Certificate certificate) {
            certificates.add(certificate);
            return this;
        }

        /** The application permissions its tokens carry, instead of full_access_as_app; none for an app without. */
        public Builder roles(String... roles) {
            this.roles.clear();
            this.roles.addAll(List.of(roles));
            return this;
        }

        public OAuthApp build() {
            return new OAuthApp(this);
        }
    }
}
