package org.lmsexchange.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/** One failed call is one failure of the outage, however many direct: routes the failure passes back through. */
class OutageWatchTest extends CamelTestSupport {

    private final OutageWatch watch = backingOff();

    /** Stands for a bean that runs SQL while the database is gone. */
    public static final class LostDatabase {
        public void query() throws SQLTransientConnectionException {
            throw new SQLTransientConnectionException("lms - Connection is not available, request timed out");
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        context.getManagementStrategy().addEventNotifier(watch);
        context.getRegistry().bind("lostDatabase", new LostDatabase());
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:outer").to("direct:middle");
                from("direct:middle").to("direct:inner");
                from("direct:inner").to("bean:lostDatabase?method=query");
            }
        };
    }

    @Test
    void aFailedCallIsCountedOnceWhereItHappened() {
        assertThatThrownBy(() -> template.sendBody("direct:outer", "poll")).hasRootCauseInstanceOf(
                SQLTransientConnectionException.class);

        assertThat(watch.outage(Dependency.LMS_DATABASE).current()).hasValueSatisfying(outage -> {
            assertThat(outage.failures()).isEqualTo(1);
            assertThat(outage.reason()).isEqualTo("lms - Connection is not available, request timed out");
        });
        assertThat(watch.outage(Dependency.EXCHANGE).current()).isEmpty();
        assertThat(watch.mayTry()).as("backing off").isFalse();
    }

    /** The watch with the connector's default back-offs (connector.outage.*). */
    static OutageWatch backingOff() {
        OutageWatch watch = new OutageWatch();
        watch.setFirstBackOffMs(5_000);
        watch.setMaxBackOffMs(300_000);
        return watch;
    }
}
