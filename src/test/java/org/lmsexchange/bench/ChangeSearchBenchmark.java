package org.lmsexchange.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.lmsexchange.lms.LmsDatabase;
import org.lmsexchange.lms.SqlValues;

/**
 * Figures of the search for changed events (a benchmark, not a test; issue 12): the connector compares every active
 * meeting with the LMS at each poll (sql.changed-meetings), so its cost grows with the active events. On H2 and on
 * PostgreSQL, with 1,000, 5,000 and 10,000 active events of {@value ActiveEvents#LEARNERS} learners each beside a
 * history of {@value #PAST} past events, without and with an index on lms_booking (event_id): (a) the time of one
 * sql.changed-meetings with nothing changed, and of the poll's other statements; (c) how it grows; (b) at 10,000, with
 * the index, one event moved in the LMS until the meeting in the sandbox has its new time, at the sandbox's own
 * latency and with each EWS request delayed. Each figure beside its floor and the ratio. PostgreSQL's plans are
 * written to target/bench/.
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.lmsexchange.bench.ChangeSearchBenchmark
 * </pre>
 * PostgreSQL: the local server by default (a database of its own, dropped at the end); another with
 * -Dbench.postgres.url=jdbc:postgresql://host:5432/postgres -Dbench.postgres.user=NAME. -Dbench.databases=h2 skips it.
 */
public final class ChangeSearchBenchmark {

    private static final int[] SIZES = {1_000, 5_000, 10_000};
    private static final int PAST = 20_000;
    private static final int ROUND_TRIP_SIZE = 10_000;
    private static final int RUNS = 7;
    private static final int MOVES = 5;
    private static final Duration INJECTED_LATENCY = Duration.ofMillis(200);
    /** The poll's other statements, and the one a change runs for its event (sql.event-learners). */
    private static final List<String> OTHER_STATEMENTS = List.of("sql.pending-events",
            "sql.record-unrecorded-attendees", "sql.record-unrecorded-meetings", "sql.meetings-to-check",
            "sql.event-learners");

    private ChangeSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PollStatements statements = new PollStatements();
        System.out.printf("Machine: %d cores, load average %s at start%n", Runtime.getRuntime().availableProcessors(),
                load());
        for (String name : System.getProperty("bench.databases", "h2,postgresql").split(",")) {
            LmsDatabase kind = LmsDatabase.valueOf(name.trim().toUpperCase(Locale.ROOT));
            for (int size : SIZES) {
                searchCost(statements, kind, size);
            }
            roundTrip(kind);
        }
        System.out.printf("Load average at the end: %s%n", load());
        System.exit(0); // the connector's non-daemon threads (Camel, Hikari) would hold the JVM
    }

    /** (a) and (c): the poll's statements with nothing changed, without and with the index on lms_booking (event_id). */
    private static void searchCost(PollStatements statements, LmsDatabase kind, int size) throws Exception {
        try (BenchDatabase database = BenchDatabase.create(kind); HikariDataSource pool = database.dataSource()) {
            ActiveEvents.fill(pool, kind, size, PAST);
            Instant switchOn = Instant.now().minus(Duration.ofDays(1));
            // as the routes bind them at each poll, with the settings' defaults
            Supplier<Map<String, Object>> values = () -> Map.of("now", SqlValues.now(), "staleBefore",
                    SqlValues.secondsAgo(900), "retryBefore", SqlValues.secondsAgo(60), "switchOn",
                    SqlValues.utc(switchOn), "eventId", "EVT-0");
            for (boolean indexed : new boolean[] {false, true}) {
                if (indexed) {
                    ActiveEvents.indexBookings(pool, kind);
                }
                try (Connection c = pool.getConnection()) {
                    String label = String.format("%s, %,d active events (+ %,d past), %s", kind.displayName(), size,
                            PAST, indexed ? "index on lms_booking (event_id)"
                                    : "no index of its own on lms_booking (event_id)" + bookingIndexes(c, kind));
                    PollStatements.Timing floor = statements.time(c, "SELECT 1", Map::of, 21).orElseThrow();
                    Optional<PollStatements.Timing> search = statements.time(c, statements.sql("sql.changed-meetings"),
                            values, RUNS);
                    System.out.printf("%s (load %s): sql.changed-meetings %s; floor: one statement round trip %.2f ms%s%n",
                            label, load(), search.map(t -> String.format("%.1f ms (median of %d, min %.1f; %d changed), "
                                    + "%.1f µs per active event", t.medianMillis(), t.runs(), t.minMillis(), t.rows(),
                                    t.medianMillis() * 1000 / size)).orElse(cancelled()), floor.medianMillis(),
                            search.map(t -> String.format("; ratio %.0f", t.medianMillis() / floor.medianMillis()))
                                    .orElse(""));
                    StringBuilder others = new StringBuilder();
                    for (String statement : OTHER_STATEMENTS) {
                        others.append(String.format("%s %s, ", statement, statements.time(c, statements.sql(statement),
                                values, RUNS).map(t -> String.format("%.1f ms", t.medianMillis())).orElse(cancelled())));
                    }
                    System.out.printf("    the poll's other statements, and one change's: %s%n",
                            others.substring(0, others.length() - 2));
                    if (kind == LmsDatabase.POSTGRESQL && size == SIZES[SIZES.length - 1]) {
                        // as run when it ends in time; as planned when it would be cancelled
                        explain(statements, c, values.get(), indexed, search.isPresent());
                    }
                }
            }
        }
    }

    /** (b): one of 10,000 active events moved by an hour, each time until its meeting shows the new time. */
    private static void roundTrip(LmsDatabase kind) throws Exception {
        try (BenchDatabase database = BenchDatabase.create(kind)) {
            try (HikariDataSource pool = database.dataSource()) {
                ActiveEvents.fill(pool, kind, ROUND_TRIP_SIZE - 1, PAST);
                ActiveEvents.indexBookings(pool, kind);
            }
            try (ChangeRoundTrip trip = new ChangeRoundTrip(database)) {
                for (Duration latency : List.of(Duration.ZERO, INJECTED_LATENCY)) {
                    List<Long> visible = new ArrayList<>();
                    ChangeRoundTrip.Result result = null;
                    for (int i = 0; i < MOVES; i++) {
                        result = trip.moveByAnHour(latency);
                        visible.add(result.visible().toMillis());
                    }
                    long median = visible.stream().sorted().toList().get(MOVES / 2);
                    System.out.printf("%s, %,d active events (+ %,d past), index on lms_booking (event_id), EWS latency "
                                    + "%s (load %s): one event moved, new time in the sandbox after %s ms (median %d); "
                                    + "EWS requests: %s; floor: one poll period + requests × latency = %d ms; ratio %.2f "
                                    + "(median), %.2f (slowest)%n",
                            kind.displayName(), ROUND_TRIP_SIZE, PAST, latency.isZero() ? "the sandbox's own"
                                    : latency.toMillis() + " ms injected", load(), visible, median, result.requests(),
                            result.floor().toMillis(), (double) median / result.floor().toMillis(),
                            (double) Collections.max(visible) / result.floor().toMillis());
                }
            }
        }
    }

    /** PostgreSQL's plan of sql.changed-meetings, written out whole; its scans (and total time) printed. */
    private static void explain(PollStatements statements, Connection c, Map<String, Object> values, boolean indexed,
            boolean analyze) throws Exception {
        List<String> plan = statements.explain(c, statements.sql("sql.changed-meetings"), values, analyze);
        Path file = Path.of("target", "bench", "changed-meetings-plan-postgresql-" + (indexed ? "indexed" : "unindexed")
                + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, plan);
        List<String> scans = new ArrayList<>();
        for (String line : plan) {
            if (line.contains("Scan") || line.contains("Execution Time") || line.contains("SubPlan")) {
                scans.add("      " + line.strip());
            }
        }
        System.out.printf("    PostgreSQL's plan%s (whole in %s):%n%s%n", analyze ? "" : " (not run)", file,
                String.join("\n", scans));
    }

    private static String cancelled() {
        return "cancelled after " + PollStatements.TIMEOUT_SECONDS + " s";
    }

    /** The indexes on lms_booking other than its primary key: H2 makes one for the foreign key by itself. */
    private static String bookingIndexes(Connection c, LmsDatabase kind) throws SQLException {
        String sql = kind == LmsDatabase.H2
                ? "SELECT index_name FROM information_schema.indexes WHERE table_name = 'lms_booking' "
                        + "AND index_type_name <> 'PRIMARY KEY'"
                : "SELECT indexname FROM pg_indexes WHERE tablename = 'lms_booking' AND indexname NOT LIKE '%_pkey'";
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names.isEmpty() ? "" : " (the database's own: " + String.join(", ", names) + ")";
    }

    private static String load() throws Exception {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }
}
