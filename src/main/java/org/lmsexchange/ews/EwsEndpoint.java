package org.lmsexchange.ews;

import org.apache.camel.Category;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.util.ObjectHelper;
import org.lmsexchange.ews.client.ExchangeServices;
import org.lmsexchange.ews.client.ItemWarnings;

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
        ExchangeServices.checkUrl(configuration);
        if (configuration.getPageSize() < 1) {
            throw new IllegalArgumentException("pageSize is " + configuration.getPageSize() + "; it must be at least 1");
        }
        if (configuration.getSentTimeTolerance() < 0) {
            throw new IllegalArgumentException("sentTimeTolerance is " + configuration.getSentTimeTolerance()
                    + "; it must be 0 or more milliseconds");
        }
        exchangeServices = ((EwsComponent) getComponent()).exchangeServices(configuration);
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
