package org.lmsexchange.ews.model;

import java.time.Instant;
import java.util.List;

/**
 * A meeting to create for one event. {@code eventId} is the caller's id of the event, which the meeting carries
 * (options markerPropertySet, markerPropertyName) so that findMeetings finds it again. Start and end are instants;
 * {@code timeZone} is the event's IANA zone (e.g. "Europe/Kyiv"), so that invitees see it in its local time.
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
