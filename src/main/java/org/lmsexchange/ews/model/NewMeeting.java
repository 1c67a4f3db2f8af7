package org.lmsexchange.ews.model;

import java.time.Instant;
import java.util.List;

/**
 * A meeting to create for one LMS event. Start and end are instants; {@code timeZone} is the event's IANA zone
 * (e.g. "Europe/Kyiv"), so that invitees see the event in its local time.
 */
public record NewMeeting(String eventId,
                         String subject,
                         String body,
                         String location,
                         Instant start,
                         Instant end,
                         String timeZone,
                         List<Invitee> attendees) {

    public NewMeeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
