package org.lmsexchange.app;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lmsexchange.lms.LmsDatabase;

/**
 * A fresh, empty LMS database for one test class, on the server the test run was given: {@code -Dtest.lms=h2}
 * (the default: in memory), {@code postgresql} or {@code mariadb}. The servers are named by settings, each a system
 * property or else an environment variable (docs/databases.md, "Tests on PostgreSQL and MariaDB"):
 * <ul>
 * <li>{@code test.postgres.url} / {@code TEST_POSTGRES_URL}, e.g. {@code jdbc:postgresql://127.0.0.1:5432/lmsci}:
 * each test class gets its own schema in that database;</li>
 * <li>{@code test.mariadb.url} / {@code TEST_MARIADB_URL}, e.g. {@code jdbc:mariadb://127.0.0.1:3306/lmsci}: each
 * test class gets its own database, named after that one;</li>
 * <li>{@code ...user} / {@code ...USER} and {@code ...password} / {@code ...PASSWORD} (defaults postgres / root,
 * empty password).</li>
 * </ul>
 * Test classes share one JVM, so each gets its own database, dropped when the class is done.
 */
record TestDatabase(LmsDatabase kind, String url, String user, String password, String dropSql) {

    private static final Pattern MARIADB_URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]+)(.*)");

    /** A new database for the named test class, on the server this run was given. */
    static TestDatabase create(String testName) {
        String unique = testName.toLowerCase(Locale.ROOT) + "_" + UUID.randomUUID().toString().substring(0, 8);
        String server = System.getProperty("test.lms", "h2");
        return switch (server) {
            case "h2" -> new TestDatabase(LmsDatabase.H2,
                    "jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE", "sa", "", null);
            case "postgresql" -> postgresql(unique);
            case "mariadb" -> mariadb(unique);
            default -> throw new IllegalArgumentException("test.lms must be h2, postgresql or mariadb, not " + server);
        };
    }

    /** A schema of its own in the given database; the connection's current schema, so the tables land in it. */
    private static TestDatabase postgresql(String schema) {
        String server = setting("test.postgres.url");
        String user = setting("test.postgres.user", "postgres");
        String password = setting("test.postgres.password", "");
        execute(server, user, password, "CREATE SCHEMA " + schema);
        String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(LmsDatabase.POSTGRESQL, url, user, password, "DROP SCHEMA " + schema + " CASCADE");
    }

    /** A database of its own beside the given one (in MariaDB a schema is a database), named after it. */
    private static TestDatabase mariadb(String suffix) {
        String server = setting("test.mariadb.url");
        String user = setting("test.mariadb.user", "root");
        String password = setting("test.mariadb.password", "");
        Matcher parts = MARIADB_URL.matcher(server);
        if (!parts.matches()) {
            throw new IllegalArgumentException("test.mariadb.url must name a database: jdbc:mariadb://host:port/name");
        }
        String database = (parts.group(2) + "_" + suffix);
        database = database.substring(0, Math.min(database.length(), 64));
        execute(server, user, password, "CREATE DATABASE " + database);
        return new TestDatabase(LmsDatabase.MARIADB, parts.group(1) + database + parts.group(3), user, password,
                "DROP DATABASE " + database);
    }

    /**
     * SQL that shows how a time column is stored, as UTC wall time 'yyyy-mm-dd hh:mm:ss': what another program
     * reading the LMS (or a MariaDB DATETIME read without time-zone settings) sees.
     */
    String utcText(String column) {
        return switch (kind) {
            case H2 -> "FORMATDATETIME(" + column + ", 'yyyy-MM-dd HH:mm:ss', 'en', 'UTC')";
            case POSTGRESQL -> "TO_CHAR(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')";
            case MARIADB -> "DATE_FORMAT(" + column + ", '%Y-%m-%d %H:%i:%s')";
        };
    }

    /**
     * The URL that reaches this database through another address, e.g. a relay the test can cut. An in-memory H2
     * database is reached over the H2 TCP server listening there (in this JVM, serving the same database).
     */
    String urlThrough(InetSocketAddress relay) {
        String authority = relay.getHostString() + ":" + relay.getPort();
        if (kind == LmsDatabase.H2) {
            return url.replace("jdbc:h2:mem:", "jdbc:h2:tcp://" + authority + "/mem:");
        }
        return url.replaceFirst("//[^/]+/", "//" + authority + "/");
    }

    /** The database server's address (PostgreSQL and MariaDB; H2 in memory has none). */
    InetSocketAddress serverAddress() {
        Matcher server = Pattern.compile("jdbc:\\w+://([^:/]+):(\\d+)/.*").matcher(url);
        if (!server.matches()) {
            throw new IllegalStateException("no host:port in " + url);
        }
        return new InetSocketAddress(server.group(1), Integer.parseInt(server.group(2)));
    }

    /** Drops the database, once the test class (and its connector) is done with it. */
    void drop() {
        if (dropSql != null) {
            execute(url, user, password, dropSql);
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        try (Connection c = DriverManager.getConnection(url, properties); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + url, e);
        }
    }

    private static String setting(String name) {
        String value = setting(name, "");
        if (value.isBlank()) {
            throw new IllegalStateException("test.lms=" + System.getProperty("test.lms") + " needs -D" + name + " or "
                    + environmentName(name));
        }
        return value;
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName(name));
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }

    private static String environmentName(String name) {
        return name.toUpperCase(Locale.ROOT).replace('.', '_');
    }
}
