package org.lmsexchange.outage;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a polling consumer (the ews: inbox consumer) take part in outage handling as the routes' own calls do:
 * it polls only when the back-off of an ongoing outage allows ({@link OutageWatch#mayTry()}), its poll's failure
 * starts or extends the outage of what it polls, and a poll that succeeds ends it. Used as the endpoint's
 * {@code pollStrategy} and {@code exceptionHandler}: an outage is logged once, by its {@link Outage}, not once per
 * poll; any other failure is logged in one line naming its reason.
 */
public class PollOutages implements PollingConsumerPollStrategy, ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PollOutages.class);

    private OutageWatch watch;

    public void setWatch(OutageWatch watch) {
        this.watch = watch;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return watch.mayTry();
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        watch.succeeded(endpoint);
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        watch.failed(cause);
        return false; // tried again at the next poll the back-off allows, not at once
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (watch.isOutage(exception)) {
            LOG.debug("Poll stopped by an outage: {}", OutageCauses.reason(exception));
        } else {
            LOG.warn("{}: {}", message == null ? "Polling failed" : message, OutageCauses.reason(exception));
            LOG.debug("Polling failed", exception);
        }
    }
}
