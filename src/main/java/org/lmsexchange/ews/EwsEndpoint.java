package org.lmsexchange.ews;

import org.apache.camel.Category;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.ObjectHelper;

/** Creates meetings, reads meeting responses and deletes processed ones in an Exchange mailbox over EWS. */
@UriEndpoint(firstVersion = "0.1.0", scheme = "ews", title = "Exchange Web Services", syntax = "ews:mailbox",
             category = { Category.MAIL }, producerOnly = true, headersClass = EwsConstants.class)
public class EwsEndpoint extends DefaultEndpoint {

    @UriParam
    private EwsConfiguration configuration;

    public EwsEndpoint(String uri, Component component, EwsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // a missing setting fails at start-up, naming it, rather than at the first message
        ObjectHelper.notNull(configuration.getMailbox(), "mailbox (ews:<mailbox>)");
        ObjectHelper.notNull(configuration.getUrl(), "url");
    }

    @Override
    public Producer createProducer() {
        return new EwsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("The ews component is a producer only; poll with a timer or quartz route");
    }

    /** The endpoint's settings. */
    public EwsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(EwsConfiguration configuration) {
        this.configuration = configuration;
    }
}
