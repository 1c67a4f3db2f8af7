package org.lmsexchange;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.apache.camel.health.HealthCheckRegistry;
import org.lmsexchange.demo.DemoLms;
import org.lmsexchange.demo.DemoSandbox;
import org.lmsexchange.demo.ScriptedDemoChange;
import org.lmsexchange.ews.EwsComponent;
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.ews.EwsOption;
import org.lmsexchange.lms.ClaimTimings;
import org.lmsexchange.lms.ConnectorTables;
import org.lmsexchange.lms.LmsDatabase;
import org.lmsexchange.lms.LmsUrl;
import org.lmsexchange.lms.PoolShutdown;
import org.lmsexchange.lms.RecordedSwitchOn;
import org.lmsexchange.lms.SqlValues;
import org.lmsexchange.management.ManagementGuard;
import org.lmsexchange.outage.OutageHealthChecks;
import org.lmsexchange.outage.OutageWatch;
import org.lmsexchange.settings.EnvironmentSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares everything the routes need before they are created: the connector's own tables (migrated), the
 * switch-on time, and in the demo the embedded LMS data, the built-in EWS sandbox and the scripted LMS change. A
 * database that cannot be reached yet does not stop start-up: that work waits for it ({@link DatabaseStartup}).
 */
public class ConnectorSetup implements CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorSetup.class);

    // no defaultValue here: the settings files the jar carries (application.properties, demo/demo.properties) hold
    // every default, once

    @PropertyInject(value = "lms.demo-data")
    private String demoData;
    @PropertyInject(value = "lms.jdbc.url")
    private String lmsUrl;
    @PropertyInject(value = "connector.table-prefix")
    private String tablePrefix;
    @PropertyInject(value = "connector.switch-on-time")
    private String switchOnTime;
    @PropertyInject(value = "connector.events.stale-claim-after-s")
    private long staleClaimAfterSeconds;
    @PropertyInject(value = "connector.events.retry-after-s")
    private long retryAfterSeconds;

    @Override
    public void configure(CamelContext context) throws Exception {
        DataSource lms = context.getRegistry().lookupByNameAndType("lmsDataSource", DataSource.class);
        if (lms == null) {
            throw new IllegalStateException("No lmsDataSource: set camel.beans.lmsDataSource (see application.properties)");
        }
        LmsDatabase database = LmsUrl.check(lmsUrl);
        OutageWatch outages = watchOutages(context);
        ManagementGuard.protect(context);
        PoolShutdown.register(context);
        if (lms instanceof HikariDataSource pool) {
            // before the first connection: the pool's settings are fixed once it has started
            database.driverProperties().forEach(pool::addDataSourceProperty);
            // the pool starts without a connection, so a database that is down is met as by a running pool (a
            // call times out: an outage), not by an exception and an ERROR with stack trace at every start-up try
            pool.setInitializationFailTimeout(-1);
        }
        boolean demo = DemoLms.wanted(demoData, lmsUrl);
        // the ews component is configured after this set-up, which may point it at the demo sandbox
        boolean noExchange = context.getPropertiesComponent().resolveProperty(EwsOption.URL.propertyKey())
                .filter(url -> !url.isBlank()).isEmpty();
        if (!demo && noExchange) {
            // a real LMS must never get meetings in a sandbox that vanishes at exit: they would count as created
            String url = EwsOption.URL.propertyKey();
            throw new IllegalStateException(url + " (" + EnvironmentSettings.variableOf(url) + ") is not set. Set it "
                    + "to your Exchange's EWS endpoint, e.g. https://mail.example.com/EWS/Exchange.asmx; the built-in "
                    + "sandbox is only used with the embedded demo LMS (lms.demo-data).");
        }
        context.addStartupListener((started, alreadyStarted) -> warnOfClaimTimings(started));
        DatabaseStartup.run(context, outages, () -> prepareDatabase(context, lms, database, demo));
        if (noExchange) {
            DemoSandbox.start(context);
            // the demo LMS changes once its learners answered: a real Exchange has no scripted learners to answer
            ScriptedDemoChange.start(context, lms, database);
        }
    }

    /**
     * Warns when claims can go stale, or failed events be retried, sooner than one EWS call can take: with the ews
     * component configured as the routes' endpoints get it (camel.component.ews.*, and its defaults).
     */
    private void warnOfClaimTimings(CamelContext context) {
        EwsConfiguration ews = context.getComponent("ews", EwsComponent.class).getConfiguration();
        ClaimTimings.EwsTimings timings = ClaimTimings.EwsTimings.of(ews);
        ClaimTimings.staleTooSoon(staleClaimAfterSeconds, timings).ifPresent(LOG::warn);
        ClaimTimings.retryTooSoon(retryAfterSeconds, timings.timeoutMillis()).ifPresent(LOG::warn);
    }

    /** The demo schema, the connector's tables, the switch-on time, the demo data: safe to run again. */
    private void prepareDatabase(CamelContext context, DataSource lms, LmsDatabase database, boolean demo)
            throws SQLException {
        if (demo) {
            DemoLms.createSchema(lms, database);
        }
        ConnectorTables tables = new ConnectorTables(lms, tablePrefix, database);
        tables.migrate();
        Instant switchOn = tables.switchOn(switchOnTime);
        if (switchOnTime == null || switchOnTime.isBlank()) {
            // the recorded time, read at each poll: the backfill command may move it back while the connector runs
            context.getRegistry().bindAsPrototype("connectorSwitchOn", OffsetDateTime.class,
                    new RecordedSwitchOn(tables, switchOn));
            LOG.info("Events created at or after {} are connected to Exchange (the switch-on time recorded at the "
                    + "first start; `backfill` moves it back)", switchOn);
        } else {
            context.getRegistry().bind("connectorSwitchOn", SqlValues.utc(switchOn));
            LOG.info("Events created at or after {} are connected to Exchange (connector.switch-on-time)", switchOn);
        }
        if (demo) {
            DemoLms.loadData(lms, database);
        }
    }

    /**
     * Hooks the outage watch (camel.beans.outages) into every call and its checks into /observe/health. camel-main
     * only picks up notifiers and health check repositories bound before it reads camel.beans, so this is done here.
     */
    private static OutageWatch watchOutages(CamelContext context) {
        OutageWatch outages = context.getRegistry().lookupByNameAndType("outages", OutageWatch.class);
        OutageHealthChecks checks = context.getRegistry().lookupByNameAndType("outageHealthChecks", OutageHealthChecks.class);
        if (outages == null || checks == null) {
            throw new IllegalStateException("No outages / outageHealthChecks beans: set camel.beans.outages and "
                    + "camel.beans.outageHealthChecks (see application.properties)");
        }
        context.getManagementStrategy().addEventNotifier(outages);
        HealthCheckRegistry.get(context).register(checks);
        return outages;
    }
}
