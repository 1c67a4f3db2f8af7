package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.UUID;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ConnectorApplication;

/** Settings that would do harm stop the connector at start-up, with one message naming the setting. */
class StartupChecksTest {

    @Test
    void aRealLmsWithoutAnExchangeUrlDoesNotStartTheSandboxButStops() {
        Main main = ConnectorApplication.newMain();
        main.addOverrideProperty("lms.jdbc.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        main.addOverrideProperty("lms.demo-data", "false");
        main.addOverrideProperty("ews.url", "");

        Throwable failure = catchThrowable(main::start);
        main.stop();

        assertThat(failure).hasStackTraceContaining("ews.url (EWS_URL) is not set")
                .hasStackTraceContaining("only used with the embedded demo LMS");
    }
}
