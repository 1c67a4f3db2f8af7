package org.lmsexchange.backfill;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.lmsexchange.lms.SqlValues;

/**
 * An event a backfill connects, as sql.backfill-events selects it, and its line in the command's list.
 *
 * @param learners the number of learners booked, who are invited
 */
record BackfillEvent(String id, String title, Instant start, Instant createdAt, long learners) {

    static BackfillEvent of(Map<?, ?> row) {
        Object learners = row.get("learners");
        if (!(learners instanceof Number number)) {
            throw new IllegalStateException("sql.backfill-events must answer a number in its column learners, not "
                    + learners);
        }
        return new BackfillEvent(String.valueOf(row.get("event_id")), Objects.toString(row.get("subject"), ""),
                SqlValues.instant(row.get("start_at")), SqlValues.instant(row.get("created_at")), number.longValue());
    }

    String line() {
        return "  " + id + "  \"" + title + "\"  starts " + start + "  created " + createdAt + "  "
                + learners + (learners == 1 ? " learner" : " learners") + " booked";
    }
}
