package org.lmsexchange.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.lmsexchange.lms.LmsDatabase;

/**
 * A database of the benchmark's own, dropped when it is done: H2 in memory, or a new database on the PostgreSQL
 * server named by {@code -Dbench.postgres.url} (default the local server, {@code jdbc:postgresql://127.0.0.1:5432/postgres},
 * user {@code -Dbench.postgres.user}, default postgres, no password).
 */
record BenchDatabase(LmsDatabase kind, String url, String user, String password, String server, String name)
        implements AutoCloseable {

    static BenchDatabase create(LmsDatabase kind) throws SQLException {
        String name = "bench_changes_" + UUID.randomUUID().toString().substring(0, 8);
        if (kind == LmsDatabase.H2) {
            return new BenchDatabase(kind, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE", "sa", "",
                    null, name);
        }
        String server = System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("bench.postgres.user", "postgres");
        execute(server, user, "CREATE DATABASE " + name);
        return new BenchDatabase(kind, server.replaceFirst("/[^/?]+(\\?.*)?$", "/" + name), user, "", server, name);
    }

    /** A pool on this database (for the schema, the rows and the timed statements); the caller closes it. */
    HikariDataSource dataSource() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(2);
        pool.setPoolName("bench");
        return pool;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Drops the database: an in-memory H2 one goes with its last connection's SHUTDOWN. */
    @Override
    public void close() throws SQLException {
        if (kind == LmsDatabase.H2) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        } else {
            execute(server, user, "DROP DATABASE " + name + " WITH (FORCE)");
        }
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
