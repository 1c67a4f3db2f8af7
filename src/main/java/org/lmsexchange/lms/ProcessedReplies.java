package org.lmsexchange.lms;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.lmsexchange.ews.MeetingReply;

/**
 * Collects, over the split of one inbox page, the item ids of the replies whose effect is committed in the LMS
 * (variable {@code processed} = true). Only these are deleted afterwards; everything else stays in the inbox.
 */
public class ProcessedReplies implements AggregationStrategy {

    public static final String PROCESSED = "processed";

    @Override
    public Exchange aggregate(Exchange collected, Exchange reply) {
        Exchange result = collected == null ? reply : collected;
        List<String> ids = result.getProperty(PROCESSED, List.class);
        if (ids == null) {
            ids = new ArrayList<>();
            result.setProperty(PROCESSED, ids);
        }
        if (Boolean.TRUE.equals(reply.getVariable(PROCESSED)) && reply.getVariable("reply") instanceof MeetingReply r) {
            ids.add(r.itemId());
        }
        return result;
    }

    @Override
    public void onCompletion(Exchange exchange, Exchange inputExchange) {
        List<?> ids = exchange.getProperty(PROCESSED, List.class);
        exchange.getMessage().setBody(ids == null ? List.of() : List.copyOf(ids));
    }
}
