package org.lmsexchange.lms;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * The switch-on time recorded in the connector's table, as the events route reads it at each poll (the bean
 * {@code connectorSwitchOn}, a SQL parameter): read again at each poll, so that a {@code backfill}, which moves the
 * recorded time back, is taken on by every running instance at its next poll, without a restart. One read of one
 * row by its key, beside the poll's own query.
 */
public final class RecordedSwitchOn implements Supplier<Object> {

    private final ConnectorTables tables;
    private volatile OffsetDateTime lastRead;

    public RecordedSwitchOn(ConnectorTables tables, Instant recorded) {
        this.tables = tables;
        this.lastRead = SqlValues.utc(recorded);
    }

    @Override
    public Object get() {
        try {
            tables.knownSwitchOn("").ifPresent(recorded -> lastRead = SqlValues.utc(recorded));
        } catch (SQLException e) {
            // the database is away: the poll's own query meets the outage next and reports it, once; until the
            // database is back, the time last read stands (it only ever moves back, by a backfill)
        }
        return lastRead;
    }
}
