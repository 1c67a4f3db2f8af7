package org.lmsexchange.ews;

import org.apache.camel.Category;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import java.net.URI;
import java.util.Locale;
import org.apache.camel.util.ObjectHelper;

/**
 * Creates meetings in an Exchange mailbox over EWS (producer), and polls its inbox for meeting responses, deleting
 * the ones the route processed (consumer).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "ews", title = "Exchange Web Services", syntax = "ews:mailbox",
             category = { Category.MAIL }, headersClass = EwsConstants.class)
public class EwsEndpoint extends ScheduledPollEndpoint {

    @UriParam
    private EwsConfiguration configuration;
    private ExchangeServices exchangeServices;
    /** Shared by the endpoint's consumer and producers, so that each item's warning is said once. */
    private final ItemWarnings itemWarnings = new ItemWarnings();

    public EwsEndpoint(String uri, Component component, EwsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // a missing or wrong setting fails at start-up, naming it, rather than at the first message
        ObjectHelper.notNullOrEmpty(configuration.getMailbox(), "mailbox (ews:<mailbox>)");
        ObjectHelper.notNullOrEmpty(configuration.getUrl(), "url");
        checkUrl(configuration);
        if (configuration.getPageSize() < 1) {
            throw new IllegalArgumentException("pageSize is " + configuration.getPageSize() + "; it must be at least 1");
        }
        if (configuration.getSentTimeTolerance() < 0) {
            throw new IllegalArgumentException("sentTimeTolerance is " + configuration.getSentTimeTolerance()
                    + "; it must be 0 or more milliseconds");
        }
        exchangeServices = ((EwsComponent) getComponent()).exchangeServices(configuration);
    }

    /**
     * An absolute http(s) URL; plain http only to this machine, unless allowed: credentials would travel in clear.
     * Also what the {@code check} command applies, so that it refuses exactly what the routes would.
     */
    static void checkUrl(EwsConfiguration configuration) {
        URI url = URI.create(configuration.getUrl().trim());
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            throw new IllegalArgumentException("url '" + url + "' must be an absolute https:// URL of the EWS endpoint, "
                    + "e.g. https://mail.example.com/EWS/Exchange.asmx");
        }
        if (scheme.equals("http") && !isLoopback(url.getHost()) && !configuration.isAllowPlainHttp()) {
            throw new IllegalArgumentException("url '" + url + "' uses plain http to another machine: credentials would "
                    + "cross the network unencrypted. Use https, or set allowPlainHttp=true for a test server.");
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("[::1]") || host.startsWith("127.");
    }

    @Override
    public Producer createProducer() {
        return new EwsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        EwsConsumer consumer = new EwsConsumer(this, processor);
        configureConsumer(consumer);
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        return consumer;
    }

    /** Opens the configured ExchangeServices (TLS, credentials); set once the endpoint is initialised. */
    public ExchangeServices getExchangeServices() {
        return exchangeServices;
    }

    ItemWarnings getItemWarnings() {
        return itemWarnings;
    }

    /** The endpoint's settings. */
    public EwsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(EwsConfiguration configuration) {
        this.configuration = configuration;
    }
}
