package org.lmsexchange.demo;

import java.sql.SQLException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.lmsexchange.lms.LmsDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's second act (lms.demo-changes, in demo/demo.properties): once the learners' first answers are on their
 * bookings, the demo LMS changes its data once, as an administrator would (an event moved, a learner booked, a
 * booking cancelled), so that the demo shows the connector passing LMS changes on to exactly the learners concerned.
 * It looks every second whether the change is due, on a thread of its own, and stops looking once it is made.
 */
public final class ScriptedDemoChange extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptedDemoChange.class);
    private static final long LOOK_EVERY_MS = 1000;

    private final CamelContext context;
    private final DataSource lms;
    private final LmsDatabase database;
    private ScheduledExecutorService looker;

    private ScriptedDemoChange(CamelContext context, DataSource lms, LmsDatabase database) {
        this.context = context;
        this.lms = lms;
        this.database = database;
    }

    /** Starts looking with the CamelContext, unless lms.demo-changes is false. */
    public static void start(CamelContext context, DataSource lms, LmsDatabase database) throws Exception {
        String setting = context.getPropertiesComponent().resolveProperty("lms.demo-changes").orElseThrow(() ->
                new IllegalStateException("lms.demo-changes is not set: the jar's demo/demo.properties holds its default"));
        if (switchedOn(setting)) {
            context.addService(new ScriptedDemoChange(context, lms, database), true);
        }
    }

    private static boolean switchedOn(String setting) {
        return switch (setting.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("lms.demo-changes must be true or false, not '" + setting + "'");
        };
    }

    @Override
    protected void doStart() {
        looker = context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "demo-lms-change");
        looker.scheduleWithFixedDelay(this::changeIfDue, LOOK_EVERY_MS, LOOK_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    private void changeIfDue() {
        try {
            if (!DemoLms.scriptedChangeDue(lms)) {
                return;
            }
        } catch (SQLException e) {
            // the demo LMS is not ready yet (its database is prepared once it can be reached): looked at again later
            LOG.debug("The scripted demo change waits for the demo LMS: {}", e.getMessage());
            return;
        }
        try {
            DemoLms.applyScriptedChange(lms, database);
            LOG.info("Scripted demo change (lms.demo-changes): the demo LMS, as an administrator would, has {}",
                    DemoLms.SCRIPTED_CHANGE);
        } catch (SQLException e) {
            LOG.warn("The scripted demo change (lms.demo-changes) could not be made in the demo LMS, so the demo goes "
                    + "on without it: {}", e.getMessage());
        }
        looker.shutdown();
    }

    @Override
    protected void doStop() {
        if (looker != null) {
            context.getExecutorServiceManager().shutdownNow(looker);
        }
    }
}
