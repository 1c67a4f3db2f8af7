package org.lmsexchange.ews.client;

import com.microsoft.aad.msal4j.IClientCredential;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ConnectingIdType;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.ImpersonatedUserId;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import org.lmsexchange.ews.EwsCallException;
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.ews.EwsOption;
import org.lmsexchange.ews.EwsSettingsException;

/**
 * Opens configured ExchangeServices for one ews configuration: verified TLS (the JDK's or the configured trust
 * store) and either Basic credentials or an app-only OAuth2 token for the mailbox. The client is not thread-safe, so
 * every operation opens its own service and closes it; this object is shared and thread-safe.
 * <p>
 * {@link #create} checks the settings first and fails with one {@link EwsSettingsException} naming every bad one.
 */
public final class ExchangeServices {

    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "Bearer ";

    private final EwsConfiguration configuration;
    private final SSLContext tls;
    private final Optional<AppTokens> tokens;
    private final ExtendedPropertyDefinition marker;

    private ExchangeServices(EwsConfiguration configuration, SSLContext tls, Optional<AppTokens> tokens,
                             ExtendedPropertyDefinition marker) {
        this.configuration = configuration;
        this.tls = tls;
        this.tokens = tokens;
        this.marker = marker;
    }

    /** Checks the settings, loads the trust store and the certificate, and prepares the token source (oauth2). */
    public static ExchangeServices create(EwsConfiguration configuration) {
        return create(configuration, ExchangeServices::newTokens);
    }

    /** As {@link #create(EwsConfiguration)}, with OAuth2 token sources shared, e.g. by a component's endpoints. */
    static ExchangeServices create(EwsConfiguration configuration, Function<TokenSettings, AppTokens> tokenSources) {
        List<String> problems = new ArrayList<>();
        String auth = auth(configuration, problems);
        Optional<SSLContext> tls = TrustStores.load(configuration, problems);
        Optional<ExtendedPropertyDefinition> marker = MeetingMarker.of(configuration, problems);
        Optional<IClientCredential> credential = Optional.empty();
        if (configuration.getMaxResponseSize() < 1) {
            problems.add(EwsOption.MAX_RESPONSE_SIZE + " is " + configuration.getMaxResponseSize()
                    + "; it must be a number of bytes, at least 1");
        }
        if (EwsConfiguration.AUTH_OAUTH2.equals(auth)) {
            credential = OAuth2Settings.check(configuration, problems);
        }
        if (!problems.isEmpty()) {
            throw new EwsSettingsException(problems);
        }
        Optional<AppTokens> tokens = credential.map(c -> tokenSources.apply(new TokenSettings(configuration, c, tls.get())));
        return new ExchangeServices(configuration, tls.get(), tokens, marker.get());
    }

    /**
     * An absolute http(s) URL; plain http only to this machine (a host that resolves to loopback addresses only),
     * unless allowed: credentials would travel in clear.
     * Also what the {@code check} command applies, so that it refuses exactly what the routes would.
     */
    public static void checkUrl(EwsConfiguration configuration) {
        URI url = URI.create(configuration.getUrl().trim());
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            throw new IllegalArgumentException("url '" + url + "' must be an absolute https:// URL of the EWS endpoint, "
                    + "e.g. https://mail.example.com/EWS/Exchange.asmx");
        }
        if (scheme.equals("http") && !configuration.isAllowPlainHttp()) {
            LoopbackHost.check(url.getHost()).ifPresent(refusal -> {
                throw new IllegalArgumentException("url '" + url + "' uses plain http to another machine (" + refusal
                        + "): credentials would cross the network unencrypted. Use https, or set allowPlainHttp=true "
                        + "for a test server.");
            });
        }
    }

    static AppTokens newTokens(TokenSettings settings) {
        try {
            return new AppTokens(settings.configuration(), settings.credential(), settings.tls());
        } catch (MalformedURLException | IllegalArgumentException e) {
            // msal4j's own check of the authority URL that host and tenant make
            throw new EwsSettingsException(List.of(EwsOption.OAUTH2_AUTHORITY_HOST + " and " + EwsOption.OAUTH2_TENANT
                    + " do not make a valid authority URL: " + e.getMessage()));
        }
    }

    private static String auth(EwsConfiguration configuration, List<String> problems) {
        String auth = Text.isSet(configuration.getAuth()) ? configuration.getAuth().trim().toLowerCase(Locale.ROOT)
                : EwsConfiguration.AUTH_BASIC;
        if (!auth.equals(EwsConfiguration.AUTH_BASIC) && !auth.equals(EwsConfiguration.AUTH_OAUTH2)) {
            problems.add(EwsOption.AUTH + " is '" + configuration.getAuth() + "': use basic (user name and password, "
                    + "on-premises Exchange) or oauth2 (app-only token, Exchange Online)");
        }
        return auth;
    }

    /** Whether calls carry OAuth2 tokens (else Basic credentials, if any). */
    public boolean usesOAuth2() {
        return tokens.isPresent();
    }

    /**
     * A valid app-only access token (the cached one while it is valid).
     *
     * @throws EwsCallException with response code TOKEN naming the setting to check, when the authority refuses
     * @throws IllegalStateException when the configuration does not use oauth2
     */
    public String acquireToken() {
        return tokens.orElseThrow(() -> new IllegalStateException(EwsOption.AUTH + " is not oauth2")).token();
    }

    /**
     * A new ExchangeService for one operation on the configured mailbox; the caller closes it.
     *
     * @throws EwsCallException with response code TOKEN when no token can be had (oauth2)
     */
    ExchangeService open() {
        Optional<String> token = tokens.map(AppTokens::token); // first: a refused token leaves nothing to close
        ExchangeService service = VerifyingExchangeService.trusting(tls, configuration.getTimeout(),
                configuration.getMaxResponseSize());
        service.setUrl(URI.create(configuration.getUrl().trim()));
        service.setTimeout(configuration.getTimeout());
        if (token.isPresent()) {
            // app-only tokens act for the mailbox by impersonation; X-AnchorMailbox routes the call to its server
            service.getHttpHeaders().put(AUTHORIZATION, BEARER + token.get());
            service.getHttpHeaders().put("X-AnchorMailbox", configuration.getMailbox());
            service.setImpersonatedUserId(new ImpersonatedUserId(ConnectingIdType.SmtpAddress, configuration.getMailbox()));
        } else if (Text.isSet(configuration.getUsername())) {
            service.setCredentials(Text.isSet(configuration.getDomain())
                    ? new WebCredentials(configuration.getUsername(), configuration.getPassword(), configuration.getDomain())
                    : new WebCredentials(configuration.getUsername(), configuration.getPassword()));
        }
        return service;
    }

    /**
     * The calls of one operation on the configured mailbox, over a new ExchangeService; the caller closes it.
     *
     * @throws EwsCallException with response code TOKEN when no token can be had (oauth2)
     */
    public MailboxSession session() {
        ExchangeService service = open();
        return new MailboxSession(service, busyRetry(service), configuration.getMailbox(), marker);
    }

    /**
     * The busy retries for the calls of {@code service} (one {@link #open} gave): a refused OAuth2 token is renewed
     * once, and a call that broke its limits (deadline, answer size) fails saying which.
     */
    BusyRetry busyRetry(ExchangeService service) {
        return new BusyRetry(configuration, () -> renewCredentials(service),
                () -> VerifyingExchangeService.limitExceeded(service));
    }

    /**
     * After Exchange refused {@code service}'s credentials (HTTP 401): puts a new token on it and says whether trying
     * again makes sense. Basic credentials cannot be renewed.
     */
    boolean renewCredentials(ExchangeService service) {
        if (tokens.isEmpty()) {
            return false;
        }
        String rejected = service.getHttpHeaders().get(AUTHORIZATION).substring(BEARER.length());
        service.getHttpHeaders().put(AUTHORIZATION, BEARER + tokens.get().renew(rejected));
        return true;
    }

    /** What a token source is made from; equal settings share one source (and so one token cache). */
    static final class TokenSettings {
        private final EwsConfiguration configuration;
        private final IClientCredential credential;
        private final SSLContext tls;
        private final List<String> key;

        TokenSettings(EwsConfiguration configuration, IClientCredential credential, SSLContext tls) {
            this.configuration = configuration;
            this.credential = credential;
            this.tls = tls;
            this.key = List.of(AppTokens.authorityHost(configuration), configuration.getOauth2Tenant().trim(),
                    configuration.getOauth2ClientId().trim(), String.valueOf(configuration.getOauth2ClientSecret()),
                    String.valueOf(configuration.getOauth2Certificate()),
                    String.valueOf(configuration.getOauth2CertificatePassword()), String.valueOf(configuration.getTrustStore()),
                    String.valueOf(configuration.getTrustStoreType()), String.valueOf(configuration.getTrustStorePassword()),
                    configuration.getOauth2Scope().trim(), String.valueOf(configuration.getTimeout()));
        }

        EwsConfiguration configuration() {
            return configuration;
        }

        IClientCredential credential() {
            return credential;
        }

        SSLContext tls() {
            return tls;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TokenSettings settings && settings.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }

        @Override
        public String toString() {
            return "TokenSettings[" + key.get(0) + ", tenant " + key.get(1) + ", client " + key.get(2) + "]"; // no secret
        }
    }
}
