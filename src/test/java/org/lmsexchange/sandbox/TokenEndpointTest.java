package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceRequestException;
import microsoft.exchange.webservices.data.search.ItemView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.AdjustableClock;
import org.lmsexchange.ews.TestCertificates;
import org.lmsexchange.sandbox.oauth.OAuthApp;

/**
 * The sandbox's OAuth2 token endpoint over HTTPS, spoken to as raw HTTP: signed short-lived tokens for registered
 * apps, Entra ID's error shape for everything else, and an EWS endpoint that accepts its tokens only while they
 * are valid and only with full_access_as_app.
 */
class TokenEndpointTest {

    private static final String TENANT = "contoso.onmicrosoft.com";
    private static final String APP = "connector-app";
    private static final String NO_ROLE_APP = "reporting-app";
    private static final String SECRET = "app-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AdjustableClock clock = new AdjustableClock();
    private final EwsSandbox sandbox = start();
    private final HttpClient http = trustingClient();

    private EwsSandbox start() {
        try {
            return EwsSandbox.builder().tls(TestCertificates.LOOPBACK.serverContext()).clock(clock)
                    .tokenLifetime(Duration.ofMinutes(10))
                    .oauthApp(OAuthApp.builder(TENANT, APP).secret(SECRET).build())
                    .oauthApp(OAuthApp.builder(TENANT, NO_ROLE_APP).secret(SECRET).roles().build())
                    .start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void aRegisteredAppGetsASignedShortLivedTokenForExchange() throws Exception {
        HttpResponse<String> response = tokenRequest(TENANT, "grant_type=client_credentials&client_id=" + APP
                + "&client_secret=" + SECRET + "&scope=https%3A%2F%2Foutlook.office365.com%2F.default");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(answer.path("expires_in").asLong()).isEqualTo(600);
        String[] jwt = answer.path("access_token").asText().split("\\.");
        assertThat(decode(jwt[0]).path("alg").asText()).isEqualTo("RS256");
        JsonNode claims = decode(jwt[1]);
        assertThat(claims.path("aud").asText()).isEqualTo("https://outlook.office365.com");
        assertThat(claims.path("appid").asText()).isEqualTo(APP);
        assertThat(claims.path("tid").asText()).isEqualTo(TENANT);
        assertThat(claims.path("roles")).extracting(JsonNode::asText).containsExactly("full_access_as_app");
        assertThat(claims.path("exp").asLong() - claims.path("nbf").asLong()).isEqualTo(600);
        assertThat(sandbox.tokensIssued()).isEqualTo(1);
    }

    @Test
    void refusalsComeInEntraIdsShape() throws Exception {
        HttpResponse<String> unknownTenant = tokenRequest("fabrikam.example",
                "grant_type=client_credentials&client_id=" + APP + "&client_secret=" + SECRET);

        assertThat(unknownTenant.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(unknownTenant.body());
        assertThat(error.path("error").asText()).isEqualTo("invalid_request");
        assertThat(error.path("error_description").asText()).startsWith("AADSTS90002: Tenant 'fabrikam.example' not found.")
                .contains("\r\nTrace ID: ").contains("\r\nCorrelation ID: ");
        assertThat(error.path("error_codes")).extracting(JsonNode::asInt).containsExactly(90002);

        HttpResponse<String> wrongSecret = tokenRequest(TENANT, "grant_type=client_credentials&client_id=" + APP
                + "&client_secret=nope&scope=https%3A%2F%2Foutlook.office365.com%2F.default");
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrongSecret.body()).path("error").asText()).isEqualTo("invalid_client");
        assertThat(wrongSecret.body()).contains("AADSTS7000215").doesNotContain("nope");

        HttpResponse<String> password = tokenRequest(TENANT, "grant_type=password&client_id=" + APP);
        assertThat(JSON.readTree(password.body()).path("error").asText()).isEqualTo("unsupported_grant_type");
        assertThat(sandbox.tokensIssued()).isZero();
    }

    @Test
    void exchangeAcceptsTheTokenUntilItExpires() throws Exception {
        String token = token(APP);
        try (ExchangeService service = Clients.bearerClient(sandbox, token, "svc@example.com")) {
            assertThat(service.findItems(WellKnownFolderName.Inbox, new ItemView(1)).getTotalCount()).isZero();

            clock.advance(Duration.ofMinutes(10));

            assertThatThrownBy(() -> service.findItems(WellKnownFolderName.Inbox, new ItemView(1)))
                    .isInstanceOf(ServiceRequestException.class).hasMessageContaining("(401)");
        }
    }

    @Test
    void exchangeRefusesATokenWithoutFullAccessAsAppOrWithAForgedSignature() throws Exception {
        String noRole = token(NO_ROLE_APP);
        String[] parts = token(APP).split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + token(APP).split("\\.")[2].substring(0, 10) + "AAAA";

        for (String token : new String[] {noRole, forged}) {
            try (ExchangeService service = Clients.bearerClient(sandbox, token, "svc@example.com")) {
                assertThatThrownBy(() -> Clients.bindInboxOutcome(service))
                        .isInstanceOf(ServiceRequestException.class).hasMessageContaining("(401)");
            }
        }
    }

    @Test
    void exchangeRefusesTokensOfAnotherSandbox() throws Exception {
        try (EwsSandbox other = EwsSandbox.builder().tls(TestCertificates.LOOPBACK.serverContext())
                .oauthApp(OAuthApp.builder(TENANT, APP).secret(SECRET).build()).start();
             ExchangeService service = Clients.bearerClient(sandbox, token(other, APP), "svc@example.com")) {
            assertThatThrownBy(() -> Clients.bindInboxOutcome(service))
                    .isInstanceOf(ServiceRequestException.class).hasMessageContaining("(401)");
        }
    }

    @Test
    void theTokenEndpointNeedsHttps() {
        assertThatThrownBy(() -> EwsSandbox.builder().oauthApp(OAuthApp.builder(TENANT, APP).secret(SECRET).build()).start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs HTTPS");
    }

    private String token(String app) throws Exception {
        return token(sandbox, app);
    }

    private String token(EwsSandbox target, String app) throws Exception {
        HttpResponse<String> response = send(target.tokenEndpoint(TENANT), "grant_type=client_credentials&client_id="
                + app + "&client_secret=" + SECRET + "&scope=https%3A%2F%2Foutlook.office365.com%2F.default");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private HttpResponse<String> tokenRequest(String tenant, String form) throws Exception {
        return send(sandbox.tokenEndpoint(tenant), form);
    }

    private HttpResponse<String> send(URI endpoint, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode decode(String part) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }

    private static HttpClient trustingClient() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("sandbox", TestCertificates.LOOPBACK.certificate());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
