package org.lmsexchange.ews.client;

import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLContext;
import org.lmsexchange.ews.EwsConfiguration;

/**
 * App-only OAuth2 tokens (client-credentials grant) from msal4j's ConfidentialClientApplication. One instance serves
 * every EWS call of a configuration: msal4j's token cache hands out the same token until shortly before it expires
 * (five minutes), then fetches the next one. Thread-safe; concurrent callers that find no valid token wait for one
 * request instead of each sending their own.
 */
final class AppTokens {

    private final ConfidentialClientApplication application;
    private final Set<String> scopes;
    private final TokenFailures failures;

    AppTokens(EwsConfiguration configuration, IClientCredential credential, SSLContext tls) throws MalformedURLException {
        String authority = authorityHost(configuration) + "/" + configuration.getOauth2Tenant().trim() + "/";
        this.application = ConfidentialClientApplication.builder(configuration.getOauth2ClientId().trim(), credential)
                .authority(authority)
                // The authority is the administrator's setting, not learned from a server, so msal4j's instance
                // discovery (a call to login.microsoftonline.com to validate and alias it) adds nothing: the authority
                // is described to it instead, and one code path serves Entra ID, national clouds and the sandbox.
                .instanceDiscovery(false)
                .aadInstanceDiscoveryResponse(instanceMetadata(URI.create(authorityHost(configuration))))
                .sslSocketFactory(tls.getSocketFactory())
                .connectTimeoutForDefaultHttpClient(configuration.getTimeout())
                .readTimeoutForDefaultHttpClient(configuration.getTimeout())
                .build();
        this.scopes = Set.of(configuration.getOauth2Scope().trim());
        this.failures = new TokenFailures(configuration, credential);
    }

    /**
     * The authority as its only alias, under its host name with and without the port. msal4j files tokens under
     * the host name alone but looks them up under host and port, so an authority on an explicit port (the sandbox)
     * would never find its cached token without the two being named aliases.
     */
    private static String instanceMetadata(URI authorityHost) {
        String host = authorityHost.getHost();
        List<String> aliases = authorityHost.getPort() < 0 ? List.of(host) : List.of(host, host + ":" + authorityHost.getPort());
        Map<String, Object> entry = Map.of("preferred_network", host, "preferred_cache", host, "aliases", aliases);
        Map<String, Object> metadata = Map.of("tenant_discovery_endpoint",
                authorityHost + "/common/v2.0/.well-known/openid-configuration", "metadata", List.of(entry));
        try {
            return new ObjectMapper().writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot describe the authority to msal4j", e);
        }
    }

    static String authorityHost(EwsConfiguration configuration) {
        String host = configuration.getOauth2AuthorityHost().trim();
        return host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
    }

    /** A valid access token: the cached one, or a new one when it is about to expire. */
    synchronized String token() {
        return acquire(false);
    }

    /**
     * A token to replace {@code rejected}, which Exchange refused (HTTP 401): a new one from the authority, unless
     * another caller has already replaced it.
     */
    synchronized String renew(String rejected) {
        String cached = acquire(false);
        return cached.equals(rejected) ? acquire(true) : cached;
    }

    private String acquire(boolean skipCache) {
        ClientCredentialParameters parameters = ClientCredentialParameters.builder(scopes).skipCache(skipCache).build();
        try {
            return application.acquireToken(parameters).join().accessToken();
        } catch (CompletionException e) {
            throw failures.translate(e.getCause() != null ? e.getCause() : e);
        } catch (RuntimeException e) {
            throw failures.translate(e);
        }
    }
}
