package org.lmsexchange.lms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.lmsexchange.ews.MeetingReply;

/**
 * Collects, over the split of one inbox page, the item ids of the replies whose effect is committed in the LMS
 * (variable {@code processed} = true). Only these are deleted afterwards; everything else stays in the inbox.
 * <p>
 * A reply that failed (its error already logged by the route) is simply not collected: its failure must not fail
 * the page, or the replies that did commit would never be deleted. It stays in the inbox for the next poll.
 */
public class ProcessedReplies implements AggregationStrategy {

    public static final String PROCESSED = "processed";

    @Override
    public Exchange aggregate(Exchange collected, Exchange reply) {
        Exchange result = collected;
        if (result == null) {
            result = reply.copy();
            result.setException(null);
        }
        List<String> ids = result.getProperty(PROCESSED, List.class);
        if (ids == null) {
            ids = new ArrayList<>();
            result.setProperty(PROCESSED, ids);
        }
        // YAML sets the variable as text ("true"): read it through the type converter
        if (Boolean.TRUE.equals(reply.getVariable(PROCESSED, Boolean.class))
                && reply.getVariable("reply") instanceof MeetingReply r) {
            ids.add(r.itemId());
        }
        return result;
    }

    /**
     * The page's result: the collected ids as the body, with the page's own headers (the paging headers of
     * findResponses) rather than those one reply's processing left on the exchange the result started from.
     */
    @Override
    public void onCompletion(Exchange exchange, Exchange inputExchange) {
        if (exchange == null) {
            return;
        }
        List<?> ids = exchange.getProperty(PROCESSED, List.class);
        exchange.getMessage().setHeaders(new HashMap<>(inputExchange.getMessage().getHeaders()));
        exchange.getMessage().setBody(ids == null ? List.of() : List.copyOf(ids));
    }
}
