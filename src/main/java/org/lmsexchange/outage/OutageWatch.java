package org.lmsexchange.outage;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.model.BeanDefinition;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSendingEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSentEvent;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.processor.DelegateAsyncProcessor;

/**
 * Watches every call the routes make to the LMS database (jdbc:) and to Exchange (ews:): a call that fails because
 * the dependency is unreachable starts or extends its {@link Outage}, a call that succeeds ends it. The routes ask
 * {@link #mayTry()} before they start work, so an outage costs one failing call per back-off, not one per record,
 * and is logged once; the health checks read the same outages.
 * <p>
 * A call is seen however the route makes it: a call to an endpoint ({@code to: jdbc:}, {@code to: ews:},
 * {@code to: bean:}) as an event, a bean step ({@code - bean:}, which sends no event) by wrapping the step. Camel
 * main finds both roles of the {@code outages} bean in the registry.
 */
public class OutageWatch extends EventNotifierSupport implements InterceptStrategy {

    // set from connector.outage.* (application.properties holds the defaults)
    private Duration firstBackOff;
    private Duration maxBackOff;
    private final Map<Dependency, Outage> outages = new EnumMap<>(Dependency.class);
    private volatile boolean startUpPending;

    /** The first wait after a dependency was found unreachable, in milliseconds; it doubles after each failed try. */
    public void setFirstBackOffMs(long millis) {
        this.firstBackOff = Duration.ofMillis(millis);
    }

    /** The longest wait between two tries during an outage, in milliseconds. */
    public void setMaxBackOffMs(long millis) {
        this.maxBackOff = Duration.ofMillis(millis);
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (firstBackOff == null || maxBackOff == null) {
            throw new IllegalStateException("the outage back-offs are not set (connector.outage.first-back-off-ms, "
                    + "connector.outage.max-back-off-ms: see camel.beans.outages in application.properties)");
        }
        for (Dependency dependency : Dependency.values()) {
            outages.put(dependency, new Outage(dependency, firstBackOff, maxBackOff, Clock.systemUTC()));
        }
    }

    public Outage outage(Dependency dependency) {
        return outages.get(dependency);
    }

    /**
     * False while the back-off of an ongoing outage runs, or while start-up's own work on the LMS database waits for
     * it: the route skips its work until the next try is due.
     */
    public boolean mayTry() {
        return !startUpPending && outages.values().stream().allMatch(Outage::mayTry);
    }

    /**
     * Holds the routes back ({@link #mayTry()} false) until {@link #startUpDone()}: start-up could not prepare the
     * LMS database (its tables migrated, the switch-on time), and the routes need it prepared.
     */
    public void startUpPending() {
        startUpPending = true;
    }

    /** Start-up's work on the LMS database is done: the routes may work. */
    public void startUpDone() {
        startUpPending = false;
    }

    /** Whether {@code failure} is an outage, which is logged once by its Outage, not once per record. */
    public boolean isOutage(Throwable failure) {
        return failure != null && OutageCauses.unreachable(failure).isPresent();
    }

    /** Sending events too: Camel only times a call, and reports it as sent, when a notifier wants the sending. */
    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof ExchangeSendingEvent || event instanceof ExchangeSentEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        if (!(event instanceof ExchangeSentEvent sent)) {
            return;
        }
        Exception failure = sent.getExchange().getException();
        if (failure == null) {
            succeeded(sent.getEndpoint());
        } else if (isCallOut(sent.getEndpoint())) {
            // counted where it happened only: the same failure passes back through every direct: call above it
            failed(failure);
        }
    }

    /**
     * Wraps each bean step ({@code - bean:}): a bean that runs SQL (BookingReplies) reaches the database without an
     * endpoint, so no event tells of its failure. Only its failures count, as for {@code to: bean:}.
     */
    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
                                                 Processor nextTarget) {
        if (!(definition instanceof BeanDefinition)) {
            return target;
        }
        return new DelegateAsyncProcessor(target) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                return super.process(exchange, doneSync -> {
                    if (exchange.getException() != null) {
                        failed(exchange.getException());
                    }
                    callback.done(doneSync);
                });
            }
        };
    }

    /** A call to (or a poll of) the endpoint succeeded: the outage of what it reaches, if any, is over. */
    public void succeeded(Endpoint endpoint) {
        calledDependency(endpoint).ifPresent(dependency -> outages.get(dependency).succeeded());
    }

    /** A call failed: if the failure shows a dependency unreachable, its outage starts or goes on. */
    public void failed(Throwable failure) {
        OutageCauses.unreachable(failure)
                .ifPresent(dependency -> outages.get(dependency).failed(OutageCauses.reason(failure)));
    }

    /** A call that leaves the routes: to the database (jdbc:, or a bean running SQL) or to Exchange (ews:). */
    private static boolean isCallOut(Endpoint endpoint) {
        String uri = endpoint.getEndpointUri();
        return uri.startsWith("jdbc:") || uri.startsWith("ews:") || uri.startsWith("bean:");
    }

    private static Optional<Dependency> calledDependency(Endpoint endpoint) {
        String uri = endpoint.getEndpointUri();
        if (uri.startsWith("jdbc:")) {
            return Optional.of(Dependency.LMS_DATABASE);
        }
        return uri.startsWith("ews:") ? Optional.of(Dependency.EXCHANGE) : Optional.empty();
    }
}
