package org.lmsexchange.lms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connector's own tables: created and upgraded by versioned Flyway migrations (db/connector), under a table
 * prefix so they sit beside the LMS's tables without touching them (in the connection's current schema); and the
 * switch-on time recorded in them. One set of scripts serves every database: what differs is a placeholder.
 */
public class ConnectorTables {

    private static final String SWITCH_ON = "switch-on-time";

    private final DataSource dataSource;
    private final String prefix;
    private final LmsDatabase database;

    public ConnectorTables(DataSource dataSource, String prefix, LmsDatabase database) {
        if (!prefix.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("connector.table-prefix '" + prefix + "' must be letters, digits and _");
        }
        this.dataSource = dataSource;
        this.prefix = prefix;
        this.database = database;
    }

    public void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/connector")
                .table(prefix + "schema_history")
                .placeholders(Map.of("prefix", prefix, "timestamp_type", database.timestampType()))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /**
     * The switch-on time: events created earlier are left alone. A configured value wins; otherwise the time of
     * the first start, recorded once and kept across restarts.
     */
    public Instant switchOn(String configured) throws SQLException {
        if (configured != null && !configured.isBlank()) {
            try {
                return OffsetDateTime.parse(configured.trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("connector.switch-on-time '" + configured
                        + "' is not an ISO-8601 date-time with offset, e.g. 2026-01-31T08:00:00Z");
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            String recorded = readSetting(connection);
            if (recorded == null) {
                insertSetting(connection, Instant.now().toString());
                recorded = readSetting(connection); // another instance may have recorded it first
            }
            return Instant.parse(recorded);
        }
    }

    /**
     * Whether the connector has run on this database: its meeting table exists. Read from the metadata of the
     * current schema, not by a probing query (MariaDB's driver logs a failed one as a warning).
     */
    public boolean exist() throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet tables = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if ((prefix + "meeting").equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The switch-on time as configured, else as recorded at the first start; empty before that. Writes nothing. */
    public Optional<Instant> knownSwitchOn(String configured) throws SQLException {
        if (configured != null && !configured.isBlank()) {
            return Optional.of(switchOn(configured));
        }
        try (Connection connection = dataSource.getConnection()) {
            return Optional.ofNullable(readSetting(connection)).map(Instant::parse);
        }
    }

    /**
     * Moves the recorded switch-on time back to {@code earlier} (the {@code backfill} command), never forward: only
     * while the value read is still the one recorded, so that of two backfills run at once neither undoes the other.
     * Returns the time it was moved from; empty when nothing was recorded, or the recorded time is not later.
     */
    public Optional<Instant> moveSwitchOnBack(Instant earlier) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String recorded = readSetting(connection);
            if (recorded == null || !earlier.isBefore(Instant.parse(recorded))) {
                return Optional.empty();
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + prefix + "setting "
                    + "SET setting_value = ? WHERE setting_name = ? AND setting_value = ?")) {
                update.setString(1, earlier.toString());
                update.setString(2, SWITCH_ON);
                update.setString(3, recorded);
                if (update.executeUpdate() == 1) {
                    return Optional.of(Instant.parse(recorded));
                }
            }
        }
        return moveSwitchOnBack(earlier); // another backfill moved it between the read and the update: look again
    }

    private String readSetting(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT setting_value FROM " + prefix + "setting WHERE setting_name = ?")) {
            select.setString(1, SWITCH_ON);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void insertSetting(Connection connection, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + prefix + "setting (setting_name, setting_value) VALUES (?, ?)")) {
            insert.setString(1, SWITCH_ON);
            insert.setString(2, value);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
            // a duplicate key: a second instance recorded it between our read and insert, and its value stands
        }
    }
}
