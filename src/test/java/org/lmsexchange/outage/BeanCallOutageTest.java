package org.lmsexchange.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.DefaultConfigurationConfigurer;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bean that runs SQL while the database is gone starts the LMS database's outage whether the route calls it as an
 * endpoint ({@code to: bean:}) or as a bean step ({@code - bean:}), which sends no event. The watch is found in the
 * registry as camel-main finds the connector's {@code outages} bean.
 */
class BeanCallOutageTest {

    /** Stands for a bean that runs SQL while the database is gone (BookingReplies). */
    public static final class LostDatabase {
        public void query() throws SQLTransientConnectionException {
            throw new SQLTransientConnectionException("lms - Connection is not available, request timed out");
        }
    }

    private final OutageWatch watch = OutageWatchTest.backingOff();
    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aBeanCalledAsAnEndpointStartsTheOutage() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:apply").to("bean:lostDatabase?method=query");
            }
        });

        assertOneFailureOfTheDatabase();
    }

    @Test
    void aBeanCalledAsABeanStepStartsTheOutage() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:apply").bean("lostDatabase", "query");
            }
        });

        assertOneFailureOfTheDatabase();
    }

    private void start(RouteBuilder routes) throws Exception {
        context.getRegistry().bind("outages", watch);
        context.getRegistry().bind("lostDatabase", new LostDatabase());
        // what camel-main does with the beans of camel.beans.*: event notifiers and intercept strategies join in
        DefaultConfigurationConfigurer.afterConfigure(context);
        context.addRoutes(routes);
        context.start();
    }

    private void assertOneFailureOfTheDatabase() {
        ProducerTemplate template = context.createProducerTemplate();
        assertThatThrownBy(() -> template.sendBody("direct:apply", "reply"))
                .hasRootCauseInstanceOf(SQLTransientConnectionException.class);

        assertThat(watch.outage(Dependency.LMS_DATABASE).current()).hasValueSatisfying(outage -> {
            assertThat(outage.failures()).isEqualTo(1);
            assertThat(outage.reason()).isEqualTo("lms - Connection is not available, request timed out");
        });
        assertThat(watch.mayTry()).as("backing off").isFalse();
    }
}
