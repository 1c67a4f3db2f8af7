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
import org.apache.http.ssl.SSLContexts;

/**
 * An ExchangeService whose HTTPS connections are verified against the JDK's trust store, with host-name
 * verification. ews-java-api 2.0's own trust manager accepts any self-signed certificate after checking only its
 * dates (upstream issue #442), so it is replaced here.
 */
final class VerifyingExchangeService extends ExchangeService {

    VerifyingExchangeService() {
        super(ExchangeVersion.Exchange2010_SP2);
    }

    // called from the base constructor: it may use nothing of this object's own state
    @Override
    protected Registry<ConnectionSocketFactory> createConnectionSocketFactoryRegistry() {
        SSLContext tls = SSLContexts.createSystemDefault();
        return RegistryBuilder.<ConnectionSocketFactory>create()
                .register("http", PlainConnectionSocketFactory.getSocketFactory())
                .register("https", new SSLConnectionSocketFactory(tls, new DefaultHostnameVerifier()))
                .build();
    }
}
