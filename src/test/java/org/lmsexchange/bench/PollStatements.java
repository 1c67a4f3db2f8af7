package org.lmsexchange.bench;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements a poll runs, as the jar's application.properties writes them (placeholders resolved, named
 * parameters bound as the routes bind them), each timed on one connection.
 */
final class PollStatements {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^}]+)}}");
    private static final Pattern PARAMETER = Pattern.compile(":\\?(\\w+)");

    static final int SLOW_SECONDS = 5;
    static final int TIMEOUT_SECONDS = 60;

    private final Properties settings = new Properties();

    PollStatements() throws IOException {
        try (InputStream in = PollStatements.class.getClassLoader().getResourceAsStream("application.properties")) {
            settings.load(in);
        }
    }

    /** The statement of setting {@code name}, its {{placeholders}} resolved, its parameters still named. */
    String sql(String name) {
        String value = settings.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("no setting " + name);
        }
        Matcher matcher = PLACEHOLDER.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(sql(matcher.group(1))));
        }
        return matcher.appendTail(resolved).toString();
    }

    /**
     * Runs the statement {@code times} times after one run to warm up; each run's wall time, sorted, and its rows.
     * Each run binds values of its own, as each poll does (the time now): H2 would otherwise hand back the result of
     * the previous run of the same statement with the same values, the tables unchanged, without running it. A first
     * run longer than {@value #SLOW_SECONDS} s is the only one; one longer than {@value #TIMEOUT_SECONDS} s is cancelled
     * (empty).
     */
    Optional<Timing> time(Connection connection, String sql, Supplier<Map<String, Object>> values, int times)
            throws SQLException {
        long first = System.nanoTime();
        int firstRows;
        try {
            firstRows = run(connection, sql, values.get());
        } catch (SQLException cancelled) {
            // 57014: the statement was cancelled (PostgreSQL and H2 alike), as the query timeout asked
            if (cancelled instanceof SQLTimeoutException || "57014".equals(cancelled.getSQLState())) {
                return Optional.empty();
            }
            throw cancelled;
        }
        first = System.nanoTime() - first;
        if (first > SLOW_SECONDS * 1_000_000_000L) {
            return Optional.of(new Timing(new long[] {first}, firstRows));
        }
        long[] nanos = new long[times];
        int rows = 0;
        for (int i = 0; i < times; i++) {
            Map<String, Object> bound = values.get();
            long started = System.nanoTime();
            rows = run(connection, sql, bound);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return Optional.of(new Timing(nanos, rows));
    }

    /** PostgreSQL's plan of the statement, its parameters bound: as run ({@code analyze}), or as planned. */
    List<String> explain(Connection connection, String sql, Map<String, Object> values, boolean analyze)
            throws SQLException {
        List<String> plan = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, (analyze ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ")
                + sql, values);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                plan.add(rs.getString(1));
            }
        }
        return plan;
    }

    /** Rows read (a query) or changed (an update). */
    private static int run(Connection connection, String sql, Map<String, Object> values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            if (!statement.execute()) {
                return statement.getUpdateCount();
            }
            int rows = 0;
            try (ResultSet rs = statement.getResultSet()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Map<String, Object> values)
            throws SQLException {
        Matcher matcher = PARAMETER.matcher(sql);
        List<Object> bound = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            if (!values.containsKey(matcher.group(1))) {
                throw new IllegalArgumentException("no value for :?" + matcher.group(1));
            }
            bound.add(values.get(matcher.group(1)));
            matcher.appendReplacement(jdbc, "?");
        }
        PreparedStatement statement = connection.prepareStatement(matcher.appendTail(jdbc).toString());
        statement.setQueryTimeout(TIMEOUT_SECONDS);
        for (int i = 0; i < bound.size(); i++) {
            statement.setObject(i + 1, bound.get(i));
        }
        return statement;
    }

    /** Wall times of the runs, sorted, in nanoseconds; the rows of the last run. */
    record Timing(long[] nanos, int rows) {

        double medianMillis() {
            return nanos[nanos.length / 2] / 1e6;
        }

        int runs() {
            return nanos.length;
        }

        double minMillis() {
            return nanos[0] / 1e6;
        }
    }
}
