package org.lmsexchange.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.lmsexchange.lms.LmsDatabase;

/**
 * The demo LMS: a small schema and sample data (two events in different time zones, five learners) for the
 * embedded database, from the classpath folder demo/ (the sample data, one script of events per kind of database,
 * since each writes its date arithmetic differently). Only ever loaded into an embedded in-memory H2 database unless
 * asked for explicitly (lms.demo-data, one of the demo's own settings in demo/demo.properties), so a real LMS is
 * never touched. Once the learners have answered, the demo LMS can change its data as an administrator would
 * ({@link #applyScriptedChange}, run by {@link ScriptedDemoChange}).
 */
public final class DemoLms {

    /** The classpath folder of the demo LMS's schema and data. */
    private static final String FOLDER = "demo/";

    /** What the scripted demo change does (demo/<database>/lms-event-moved.sql, demo/lms-booking-changes.sql). */
    public static final String SCRIPTED_CHANGE = "moved event EVT-1001 'Forklift safety refresher' one hour later, "
            + "booked Frida Kahlo (frida@example.com) onto event EVT-1002 'First aid basics', and cancelled the booking "
            + "of Dana Scully (dana@example.com) on EVT-1002";

    /** The booking the scripted demo change adds (demo/lms-booking-changes.sql): once it is there, the change is made. */
    private static final int SCRIPTED_BOOKING = 7;

    private DemoLms() {
    }

    /** lms.demo-data: true, false, or auto (= only for an in-memory H2 database). */
    public static boolean wanted(String setting, String jdbcUrl) {
        return switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:mem:");
            default -> throw new IllegalArgumentException("lms.demo-data must be true, false or auto, not '" + setting + "'");
        };
    }

    public static void createSchema(DataSource dataSource, LmsDatabase database) throws SQLException {
        if (!tableExists(dataSource)) {
            run(dataSource, read(FOLDER + "lms-schema.sql").replace("${timestamp_type}", database.timestampType()));
        }
    }

    /** The demo's events, with times in the database's own date arithmetic, then their learners (the same everywhere). */
    public static void loadData(DataSource dataSource, LmsDatabase database) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM lms_event")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        run(dataSource, read(FOLDER + database.name().toLowerCase(Locale.ROOT) + "/lms-events.sql"));
        run(dataSource, read(FOLDER + "lms-bookings.sql"));
    }

    /**
     * Whether the scripted demo change is due: every demo booking has its learner's answer (the first answers are
     * applied), and the change has not been made yet (its booking is not there; a file database keeps it across
     * restarts).
     */
    public static boolean scriptedChangeDue(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(response), "
                     + "SUM(CASE WHEN id = " + SCRIPTED_BOOKING + " THEN 1 ELSE 0 END) FROM lms_booking")) {
            rs.next();
            return rs.getLong(1) > 0 && rs.getLong(1) == rs.getLong(2) && rs.getLong(3) == 0;
        }
    }

    /**
     * The scripted demo change, in one transaction (the connector's next poll sees all of it): EVT-1001 moved an hour
     * later, Frida booked onto EVT-1002, Dana's booking on EVT-1002 cancelled ({@link #SCRIPTED_CHANGE}).
     */
    public static void applyScriptedChange(DataSource dataSource, LmsDatabase database) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                run(c, read(FOLDER + database.name().toLowerCase(Locale.ROOT) + "/lms-event-moved.sql"));
                run(c, read(FOLDER + "lms-booking-changes.sql"));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** From the metadata of the current schema, not by a probing query: MariaDB's driver logs a failed one as a warning. */
    private static boolean tableExists(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet tables = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if ("lms_event".equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Runs a script of statements separated by ';' at the end of a line; '--' comment lines are skipped. */
    private static void run(DataSource dataSource, String script) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            run(c, script);
        }
    }

    private static void run(Connection c, String script) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : script.split(";\\s*\\n")) {
                String sql = statement.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
                if (!sql.isEmpty()) {
                    s.execute(sql);
                }
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = DemoLms.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
