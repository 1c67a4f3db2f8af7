package org.lmsexchange.check;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.lmsexchange.demo.DemoLms;
import org.lmsexchange.lms.ConnectorTables;
import org.lmsexchange.lms.LmsDatabase;
import org.lmsexchange.lms.SqlValues;
import org.lmsexchange.settings.SettingsException;

/**
 * Check 1: the LMS database answers, and how many events the connector would take on now
 * ({@code sql.count-pending-events}, run like the routes run their SQL). Reads only: the connector's own tables
 * are created by the connector at its first start, not here.
 */
final class LmsCheck {

    static final String NAME = LmsConnection.NAME;

    private final ConnectorSettings settings;

    LmsCheck(ConnectorSettings settings) {
        this.settings = settings;
    }

    CheckResult run() {
        String url = settings.property("lms.jdbc.url").orElse("");
        if (url.startsWith("jdbc:h2:mem:") && DemoLms.wanted(settings.required("lms.demo-data"), url)) {
            return CheckResult.skipped(NAME, "lms.jdbc.url is the demo's embedded database, created afresh at each "
                    + "start: nothing to check. Set lms.jdbc.url (LMS_JDBC_URL) to your LMS");
        }
        LmsConnection lms;
        try {
            lms = LmsConnection.open(settings);
        } catch (LmsConnection.Unusable e) {
            return e.result();
        }
        return pendingEvents(lms.dataSource(), lms.database(), lms.product());
    }

    private CheckResult pendingEvents(DataSource dataSource, LmsDatabase database, String product) {
        String reached = NAME + " reachable (" + product + ")";
        try {
            ConnectorTables tables = new ConnectorTables(dataSource,
                    settings.required("connector.table-prefix"), database);
            if (!tables.exist()) {
                return CheckResult.ok(reached + "; the connector has not run on it yet: it creates its tables at its "
                        + "first start and takes on events created from then on (connector.switch-on-time)");
            }
            Optional<Instant> switchOn = tables.knownSwitchOn(settings.property("connector.switch-on-time").orElse(""));
            long pending = count(switchOn.orElse(Instant.now()));
            return CheckResult.ok(reached + "; " + pending + (pending == 1 ? " event" : " events")
                    + " pending (waiting for a meeting)");
        } catch (SettingsException e) {
            return CheckResult.fail(reached + ", but counting the pending events failed", e.getMessage(), null);
        } catch (SQLException | RuntimeException e) {
            return CheckResult.fail(reached + ", but counting the pending events failed",
                    "the SQL does not fit this LMS's tables: " + Causes.innermostMessage(e),
                    "sql.count-pending-events, sql.pending-events-where");
        }
    }

    /**
     * Runs sql.count-pending-events through the routes' endpoint (sql.endpoint) with the parameters the events route
     * gives sql.pending-events.
     */
    private long count(Instant switchOn) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("switchOn", SqlValues.utc(switchOn));
        headers.put("staleBefore", SqlValues.secondsAgo(seconds("connector.events.stale-claim-after-s")));
        headers.put("retryBefore", SqlValues.secondsAgo(seconds("connector.events.retry-after-s")));
        CamelContext context = settings.context();
        String sql = context.resolvePropertyPlaceholders("{{sql.count-pending-events}}");
        ProducerTemplate template = context.createProducerTemplate();
        try {
            List<?> rows = template.requestBodyAndHeaders("{{sql.endpoint}}", sql, headers, List.class);
            Object value = ((Map<?, ?>) rows.get(0)).get("pending");
            if (!(value instanceof Number number)) {
                throw new IllegalStateException("the query must answer one row with a column named pending");
            }
            return number.longValue();
        } finally {
            template.stop();
        }
    }

    private long seconds(String key) {
        return Long.parseLong(settings.required(key));
    }
}
