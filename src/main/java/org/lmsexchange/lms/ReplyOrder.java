package org.lmsexchange.lms;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The latest answer wins, by the time the learner sent it, not by the order the connector reads them: a reply
 * sent before the answer already applied to a booking changes nothing (but is processed, so it is deleted). And a
 * reply applied before but not yet deleted (its delete failed) is not applied again: an administrator may have
 * changed the booking since.
 */
public final class ReplyOrder {

    private ReplyOrder() {
    }

    /**
     * @param latestApplied the rows of sql.latest-reply (none, or one with sent_at and item_id)
     * @param itemId        this reply's inbox item
     */
    public static boolean isAlreadyApplied(List<Map<String, Object>> latestApplied, String itemId) {
        return latestApplied != null && !latestApplied.isEmpty()
                && itemId.equals(latestApplied.get(0).get("item_id"));
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
