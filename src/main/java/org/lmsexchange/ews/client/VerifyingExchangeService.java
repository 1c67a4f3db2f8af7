package org.lmsexchange.ews.client;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import microsoft.exchange.webservices.data.core.CookieProcessingTargetAuthenticationStrategy;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.exception.service.local.ServiceLocalException;
import microsoft.exchange.webservices.data.core.request.HttpWebRequest;
import org.apache.http.config.Registry;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.BasicHttpClientConnectionManager;
import org.apache.http.protocol.HttpContext;

/**
 * The ExchangeService the connector calls Exchange with:
 * <ul>
 * <li>its HTTPS connections are verified against the given trust (the JDK's trust store or the configured one), with
 * host-name verification. ews-java-api 2.0's own trust manager accepts any self-signed certificate after checking
 * only its dates (upstream issue #442), so it is replaced here;</li>
 * <li>each request keeps to its {@link RequestLimits}: one deadline for all of it, and a cap on the size of its answer
 * as received and after decompression, so that a slow or hostile server can neither hold a route nor exhaust the
 * heap.</li>
 * </ul>
 */
final class VerifyingExchangeService extends ExchangeService {

    /**
     * The base constructor asks for the socket factories before this object's fields are set, so they are handed
     * over on the constructing thread.
     */
    private static final ThreadLocal<Setup> SETUP = new ThreadLocal<>();

    private final Setup setup;
    private final RequestLimits limits;

    private VerifyingExchangeService(Setup setup) {
        super(ExchangeVersion.Exchange2010_SP2);
        this.setup = setup;
        this.limits = setup.limits();
        // the library's client, built in the base constructor, has no connection yet. Its replacement is built as the
        // library builds it (ExchangeServiceBase.initializeHttpClient), with the cap on decompressed answers added
        closeQuietly();
        httpClient = HttpClients.custom()
                .setConnectionManager(new BasicHttpClientConnectionManager(createConnectionSocketFactoryRegistry()))
                .setTargetAuthenticationStrategy(new CookieProcessingTargetAuthenticationStrategy())
                .addInterceptorLast(new DecodedSizeCap(limits))
                .build();
    }

    static ExchangeService trusting(SSLContext tls, long timeoutMillis, long maxResponseBytes) {
        SETUP.set(new Setup(tls, new RequestLimits(timeoutMillis, maxResponseBytes)));
        try {
            return new VerifyingExchangeService(SETUP.get());
        } finally {
            SETUP.remove();
        }
    }

    /** The limit the failed request of {@code service} broke, if it is one of these services and broke one. */
    static Optional<IOException> limitExceeded(ExchangeService service) {
        return service instanceof VerifyingExchangeService own ? own.limits.exceeded() : Optional.empty();
    }

    // first called from the base constructor, before this object's fields are set
    @Override
    protected Registry<ConnectionSocketFactory> createConnectionSocketFactoryRegistry() {
        Setup setup = SETUP.get() != null ? SETUP.get() : this.setup;
        RequestLimits limits = setup.limits();
        return RegistryBuilder.<ConnectionSocketFactory>create()
                .register("http", new PlainConnectionSocketFactory() {
                    @Override
                    public Socket createSocket(HttpContext context) {
                        return new LimitedSocket(limits);
                    }
                })
                .register("https", new SSLConnectionSocketFactory(setup.tls(), new DefaultHostnameVerifier()) {
                    @Override
                    public Socket createSocket(HttpContext context) {
                        return new LimitedSocket(limits); // TLS is layered over it once it is connected
                    }
                })
                .build();
    }

    /** Every EWS request is prepared here right before it is sent: its deadline starts now. */
    @Override
    protected HttpWebRequest prepareHttpWebRequestForUrl(URI url, boolean acceptGzipEncoding, boolean allowAutoRedirect)
            throws ServiceLocalException, URISyntaxException {
        limits.startRequest();
        return super.prepareHttpWebRequestForUrl(url, acceptGzipEncoding, allowAutoRedirect);
    }

    private void closeQuietly() {
        try {
            httpClient.close();
        } catch (IOException e) {
            // nothing was open
        }
    }

    private record Setup(SSLContext tls, RequestLimits limits) {
    }
}
