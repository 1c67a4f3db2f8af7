package org.lmsexchange;

import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.lmsexchange.outage.Dependency;
import org.lmsexchange.outage.Outage;
import org.lmsexchange.outage.OutageCauses;
import org.lmsexchange.outage.OutageWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up's work on the LMS database (the connector's tables migrated, the switch-on time, the demo data), done at
 * once when the database is there. When it cannot be reached, start-up goes on without it, exactly as the running
 * connector meets a database that went away: an outage of the LMS database (logged once, /observe/health DOWN), the
 * work tried again after the outage back-off, and the routes held back until it is done, since they need the
 * tables. A restart while the database is down then waits for it instead of exiting.
 */
final class DatabaseStartup extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStartup.class);

    /** What start-up does with the database; safe to run again after it failed half-way. */
    interface Work {
        void run() throws Exception;
    }

    private final CamelContext context;
    private final OutageWatch watch;
    private final Work work;
    private ScheduledExecutorService retries;
    private String lastReason;

    private DatabaseStartup(CamelContext context, OutageWatch watch, Work work) {
        this.context = context;
        this.watch = watch;
        this.work = work;
    }

    /**
     * Does the work now; if the database cannot be reached, holds the routes back and tries again in the background
     * until it is done. A database that refuses the login counts as not reached too (the pool reports a connection it
     * could not get), and is shown with the database's reason. Any other failure (e.g. a migration the database
     * refuses) stops start-up, as before.
     */
    static void run(CamelContext context, OutageWatch watch, Work work) throws Exception {
        try {
            work.run();
        } catch (Exception e) {
            if (OutageCauses.unreachable(e).filter(Dependency.LMS_DATABASE::equals).isEmpty()) {
                throw e;
            }
            DatabaseStartup startup = new DatabaseStartup(context, watch, work);
            context.addService(startup); // stopped with the context, which ends the retries
            startup.waitForDatabase(e);
        }
    }

    private void waitForDatabase(Exception failure) {
        ServiceHelper.initService(watch); // its outages exist once it is initialised; Camel starts it later
        watch.startUpPending();
        retries = context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "lms-database-startup");
        failed(failure);
    }

    private void tryAgain() {
        try {
            work.run();
        } catch (Exception | LinkageError e) {
            // a failure that ended this task unseen would hold the routes back for ever: each is logged and retried
            failed(e);
            return;
        }
        outage().succeeded();
        watch.startUpDone();
        LOG.info("The LMS database is prepared (connector tables migrated, switch-on time known); the routes start work.");
        context.getExecutorServiceManager().shutdown(retries);
    }

    /** Counted as the database's outage, whatever the cause: health shows the latest reason; tried again later. */
    private void failed(Throwable e) {
        String reason = OutageCauses.reason(e);
        outage().failed(reason);
        if (OutageCauses.unreachable(e).isEmpty() && !reason.equals(lastReason)) {
            // the database answers but refuses the work: waiting alone will not help, a person must look
            LOG.error("Start-up cannot prepare the LMS database: {}. Tried again after the outage back-off.", reason);
        }
        lastReason = reason;
        if (!retries.isShutdown()) {
            retries.schedule(this::tryAgain, outage().untilNextTry().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private Outage outage() {
        return Objects.requireNonNull(watch.outage(Dependency.LMS_DATABASE), "outages not initialised");
    }

    @Override
    protected void doStop() {
        if (retries != null) {
            context.getExecutorServiceManager().shutdownNow(retries);
        }
    }
}
