package org.lmsexchange.lms;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The latest answer wins, by the time the learner sent it, not by the order the connector reads them: a reply
 * sent before the answer already applied to a booking changes nothing (but is processed, so it is deleted).
 */
public final class ReplyOrder {

    private ReplyOrder() {
    }

    /**
     * @param latestApplied the rows of sql.latest-reply (none, or one with sent_at)
     * @param sentAt        when this reply was sent
     */
    public static boolean isSuperseded(List<Map<String, Object>> latestApplied, OffsetDateTime sentAt) {
        if (latestApplied == null || latestApplied.isEmpty()) {
            return false;
        }
        Instant applied = SqlValues.instant(latestApplied.get(0).get("sent_at"));
        return applied.isAfter(sentAt.toInstant());
    }
}
