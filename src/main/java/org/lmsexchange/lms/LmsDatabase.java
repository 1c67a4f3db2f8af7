package org.lmsexchange.lms;

import java.util.Map;
import org.lmsexchange.settings.UrlSecrets;

/**
 * The kinds of LMS database the connector runs on, told apart by the JDBC URL, and what differs between them:
 * the column type that holds an instant, and the driver settings that keep times in UTC.
 */
public enum LmsDatabase {

    H2("jdbc:h2:", "H2", "jdbc:h2:./lms-db;DATABASE_TO_LOWER=TRUE", "TIMESTAMP WITH TIME ZONE", Map.of()),
    POSTGRESQL("jdbc:postgresql:", "PostgreSQL", "jdbc:postgresql://host:5432/database", "TIMESTAMP WITH TIME ZONE",
            Map.of()),
    /*
     * MariaDB has no time-zone-aware column type: a DATETIME holds wall time. By default its driver writes and
     * reads that wall time in the JVM's zone, so the same instant would be stored differently by JVMs in
     * different zones and differ from what the LMS wrote. These settings make it UTC wall time both ways, and the
     * session's zone UTC (CURRENT_TIMESTAMP in SQL).
     */
    MARIADB("jdbc:mariadb:", "MariaDB", "jdbc:mariadb://host:3306/database", "DATETIME(6)", Map.of(
            "connectionTimeZone", "UTC",
            "preserveInstants", "true",
            "forceConnectionTimeZoneToSession", "true"));

    private final String urlPrefix;
    private final String displayName;
    private final String urlExample;
    private final String timestampType;
    private final Map<String, String> driverProperties;

    LmsDatabase(String urlPrefix, String displayName, String urlExample, String timestampType,
                Map<String, String> driverProperties) {
        this.urlPrefix = urlPrefix;
        this.displayName = displayName;
        this.urlExample = urlExample;
        this.timestampType = timestampType;
        this.driverProperties = driverProperties;
    }

    /** Why a URL of another database is refused, naming the supported ones. */
    static final String NOT_SUPPORTED = "is not supported: it must start with jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:";

    /** The database a JDBC URL points at; an unsupported one is refused, naming the supported ones. */
    public static LmsDatabase of(String jdbcUrl) {
        for (LmsDatabase database : values()) {
            if (jdbcUrl != null && jdbcUrl.startsWith(database.urlPrefix)) {
                return database;
            }
        }
        // the URL is quoted masked: it may carry a password (?password=..., user:password@), and this message is
        // logged and printed by check
        throw new IllegalArgumentException("lms.jdbc.url '" + UrlSecrets.mask(jdbcUrl) + "' " + NOT_SUPPORTED);
    }

    /** Its name for people: "PostgreSQL". */
    public String displayName() {
        return displayName;
    }

    /** What a URL of this database looks like, for messages about one that is not. */
    public String urlExample() {
        return urlExample;
    }

    /** The column type of an instant, for the connector's migrations and the demo schema. */
    public String timestampType() {
        return timestampType;
    }

    /** Driver settings every connection needs so that times are stored and read in UTC. */
    public Map<String, String> driverProperties() {
        return driverProperties;
    }
}
