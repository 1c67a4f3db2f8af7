package org.lmsexchange.backfill;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.jdbc.JdbcConstants;
import org.lmsexchange.lms.SqlValues;

/**
 * The backfill's SQL (sql.backfill-events, sql.backfill-leave-ended), run as the routes run theirs: through
 * sql.endpoint, parameters as headers, each statement committing by itself.
 */
final class BackfillStatements {

    private final CamelContext context;
    private final Map<String, Object> window = new HashMap<>();

    /** The statements for the events created from {@code createdAfter} until {@code switchOn}, as of {@code now}. */
    BackfillStatements(CamelContext context, Instant createdAfter, Instant switchOn, Instant now) {
        this.context = context;
        window.put("createdAfter", SqlValues.utc(createdAfter));
        window.put("switchOn", SqlValues.utc(switchOn));
        window.put("now", SqlValues.utc(now));
    }

    /** The events a backfill connects: scheduled, not ended, no meeting yet. */
    List<BackfillEvent> events() {
        List<?> rows = run("sql.backfill-events", window).getBody(List.class);
        return rows.stream().map(row -> BackfillEvent.of((Map<?, ?>) row)).toList();
    }

    /** Marks the events of the window that have ended, so that the events route leaves them alone; how many. */
    int leaveEndedAlone(String reason) {
        Map<String, Object> headers = new HashMap<>(window);
        headers.put("reason", reason);
        // camel-jdbc answers an INSERT with its update count as a header
        return run("sql.backfill-leave-ended", headers).getHeader(JdbcConstants.JDBC_UPDATE_COUNT, Integer.class);
    }

    /** The statement's answer; a statement that failed throws, as it does in a route. */
    private Message run(String statement, Map<String, Object> headers) {
        String sql = context.resolvePropertyPlaceholders("{{" + statement + "}}");
        ProducerTemplate template = context.createProducerTemplate();
        try {
            Exchange done = template.request("{{sql.endpoint}}", exchange -> {
                exchange.getMessage().setBody(sql);
                exchange.getMessage().setHeaders(new HashMap<>(headers));
            });
            if (done.getException() != null) {
                throw RuntimeCamelException.wrapRuntimeCamelException(done.getException());
            }
            return done.getMessage();
        } finally {
            template.stop();
        }
    }
}
