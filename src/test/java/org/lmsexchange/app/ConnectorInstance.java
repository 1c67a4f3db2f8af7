package org.lmsexchange.app;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.camel.main.Main;
import org.lmsexchange.ConnectorApplication;
import org.lmsexchange.sandbox.EwsSandbox;

/**
 * One more connector instance, as a second process would be: its own camel-main on the test's database and sandbox,
 * named so that its threads ("Camel (name) thread #n") tell which instance did what. Fast polls; a retry-after-s
 * above camel.component.ews.timeout spares start-up its warning, so that any warning counts.
 */
final class ConnectorInstance {

    private ConnectorInstance() {
    }

    /** Starts it on a thread of its own, with {@code own} over the test settings; returns once its context runs. */
    static Main start(String name, TestDatabase database, EwsSandbox sandbox, Instant switchOn, Properties own) {
        Main main = ConnectorApplication.newMain();
        Properties settings = ConnectorTestSupport.testSettings(database, sandbox, switchOn);
        settings.setProperty("camel.main.name", name);
        settings.setProperty("connector.events.poll-period-ms", "200");
        settings.setProperty("connector.events.retry-after-s", "60");
        settings.putAll(own);
        settings.forEach((key, value) -> main.addOverrideProperty((String) key, (String) value));
        Thread thread = new Thread(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(name + " failed", e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> main.getCamelContext() != null
                && main.getCamelContext().isStarted());
        return main;
    }
}
