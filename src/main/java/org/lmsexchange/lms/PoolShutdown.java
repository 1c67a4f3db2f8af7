package org.lmsexchange.lms;

import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Closes the LMS connection pool (camel.beans.lmsDataSource) when the CamelContext stops, after its routes:
 * camel-main creates the beans of camel.beans.* but never closes them, and an open pool keeps its connections
 * (and the database server's connection slots) until the JVM exits.
 */
public final class PoolShutdown extends ServiceSupport {

    private final AutoCloseable pool;

    private PoolShutdown(AutoCloseable pool) {
        this.pool = pool;
    }

    /** Closes {@code context}'s lmsDataSource when the context stops, if it is a pool that can be closed. */
    public static void register(CamelContext context) throws Exception {
        DataSource lms = context.getRegistry().lookupByNameAndType("lmsDataSource", DataSource.class);
        if (lms instanceof AutoCloseable pool) {
            context.addService(new PoolShutdown(pool));
        }
    }

    @Override
    protected void doStop() throws Exception {
        pool.close();
    }
}
