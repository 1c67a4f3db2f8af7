package org.lmsexchange.ews;

import javax.net.ssl.SSLContext;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import org.apache.http.config.Registry;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;

/**
 * An ExchangeService whose HTTPS connections are verified against the given trust (the JDK's trust store or the
 * configured one), with host-name verification. ews-java-api 2.0's own trust manager accepts any self-signed
 * certificate after checking only its dates (upstream issue #442), so it is replaced here.
 */
final class VerifyingExchangeService extends ExchangeService {

    /**
     * The base constructor asks for the socket factories before this object's fields are set, so the trust is
     * handed over on the constructing thread.
     */
    private static final ThreadLocal<SSLContext> TRUST = new ThreadLocal<>();

    private VerifyingExchangeService() {
        super(ExchangeVersion.Exchange2010_SP2);
    }

    static ExchangeService trusting(SSLContext tls) {
        TRUST.set(tls);
        try {
            return new VerifyingExchangeService();
        } finally {
            TRUST.remove();
        }
    }

    // called from the base constructor: it may use nothing of this object's own state
    @Override
    protected Registry<ConnectionSocketFactory> createConnectionSocketFactoryRegistry() {
        return RegistryBuilder.<ConnectionSocketFactory>create()
                .register("http", PlainConnectionSocketFactory.getSocketFactory())
                .register("https", new SSLConnectionSocketFactory(TRUST.get(), new DefaultHostnameVerifier()))
                .build();
    }
}
