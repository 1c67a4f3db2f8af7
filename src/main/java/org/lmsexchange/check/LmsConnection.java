package org.lmsexchange.check;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.lmsexchange.lms.LmsDatabase;

/**
 * The LMS database as the connector connects to it (its data source lmsDataSource, with the driver properties the
 * connector sets), tried once. Shared by {@code check} and {@code backfill}, so that both report a database they
 * cannot use in the same words, naming the settings to change.
 *
 * @param product the database's product name and version, as its driver reports them
 */
public record LmsConnection(DataSource dataSource, LmsDatabase database, String product) {

    static final String NAME = "LMS database";
    private static final String CONNECTION_SETTINGS = "lms.jdbc.url, lms.jdbc.user, lms.jdbc.password "
            + "(LMS_JDBC_URL, LMS_JDBC_USER, LMS_JDBC_PASSWORD)";

    /** Connects once and closes the connection again; a database that cannot be used is a failed check line. */
    public static LmsConnection open(ConnectorSettings settings) throws Unusable {
        String url = settings.property("lms.jdbc.url").orElse("");
        LmsDatabase database;
        try {
            database = LmsDatabase.of(url);
        } catch (IllegalArgumentException e) {
            throw new Unusable(CheckResult.fail(NAME + ": not supported", e.getMessage(), "lms.jdbc.url (LMS_JDBC_URL)"));
        }
        DataSource dataSource = settings.context().getRegistry().lookupByNameAndType("lmsDataSource", DataSource.class);
        if (dataSource instanceof HikariDataSource pool) {
            // as the connector does: MariaDB connections in UTC, set before the pool's first connection
            database.driverProperties().forEach(pool::addDataSourceProperty);
        }
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            return new LmsConnection(dataSource, database,
                    metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion());
        } catch (SQLException | RuntimeException e) {
            throw new Unusable(CheckResult.fail(NAME + ": cannot connect", "wrong database address, user or password, "
                    + "or the server is down: " + e.getMessage(), CONNECTION_SETTINGS));
        }
    }

    /** The database cannot be used: why, and the settings to change, as a check line. */
    public static final class Unusable extends Exception {

        private final transient CheckResult result;

        private Unusable(CheckResult result) {
            super(result.text());
            this.result = result;
        }

        CheckResult result() {
            return result;
        }

        /** As {@code check} prints it, any password inside a URL masked. */
        public void print(PrintStream out) {
            result.print(out);
        }
    }
}
