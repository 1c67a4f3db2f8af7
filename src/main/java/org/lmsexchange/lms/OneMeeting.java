package org.lmsexchange.lms;

import java.util.List;
import org.lmsexchange.ews.model.CreatedMeeting;

/**
 * Which of an event's meetings stays when Exchange holds more than one (it finished a create after the connector
 * stopped waiting, and another try created one too): the one recorded in the connector's table, else the earliest
 * created, so the learners keep the invitation they may have answered already. The others are duplicates, to be
 * cancelled. When the recorded meeting is no longer among them, none is kept and none cancelled: the record and
 * Exchange disagree in a way a person has to look at.
 */
public record OneMeeting(CreatedMeeting kept, List<CreatedMeeting> duplicates) {

    public OneMeeting {
        duplicates = List.copyOf(duplicates);
    }

    /**
     * @param found       the event's meetings, the earliest created first (as findMeetings returns them)
     * @param recordedUid the uid the connector recorded for the event; null while none is recorded
     */
    public static OneMeeting of(List<CreatedMeeting> found, String recordedUid) {
        CreatedMeeting kept = recordedUid == null
                ? found.stream().findFirst().orElse(null)
                : found.stream().filter(m -> recordedUid.equals(m.uid())).findFirst().orElse(null);
        if (kept == null) {
            return new OneMeeting(null, List.of());
        }
        return new OneMeeting(kept, found.stream().filter(m -> !m.equals(kept)).toList());
    }
}
