package org.lmsexchange.lms;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.lmsexchange.ews.model.CreatedMeeting;

/**
 * When the connector looks once more for a second meeting of an event. A try that was not the event's first may
 * follow a create that Exchange carried out after the connector stopped waiting for its answer; if Exchange finishes
 * it even after this try looked (and created or found a meeting), that second meeting appears later. So the meeting
 * such a try records is looked up again connector.events.retry-after-s after it was recorded: as long again as a
 * retry gives a late create to show up. When there is more than one, {@link OneMeeting} says which stays.
 * <p>
 * The events route calls it as the bean {@code duplicateCheck}.
 */
public final class DuplicateCheck {

    /**
     * When to look again at the meeting this try records (connector_meeting.check_after): null, never, for the event's
     * first try, which no create of an earlier try can have preceded.
     *
     * @param event the event's row from sql.pending-events (previous_state is null for a first try)
     */
    public static OffsetDateTime dueAt(Map<String, Object> event, long retryAfterSeconds) {
        return event.get("previous_state") == null ? null : SqlValues.secondsFromNow(retryAfterSeconds);
    }

    /**
     * Which of an event's meetings stays, and which are duplicates to cancel.
     *
     * @param found       the event's meetings, the earliest created first (as findMeetings returns them)
     * @param recordedUid the uid the connector recorded for the event; null while none is recorded
     */
    public static OneMeeting oneMeeting(List<CreatedMeeting> found, String recordedUid) {
        return OneMeeting.of(found, recordedUid);
    }
}
