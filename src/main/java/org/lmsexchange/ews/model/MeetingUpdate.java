package org.lmsexchange.ews.model;

import java.time.Instant;

/**
 * New fields for a meeting that exists: the meeting as recorded (its item id, change key and UID, from
 * {@link CreatedMeeting}) and the subject, body, location, start, end and IANA time zone it is to have, as in
 * {@link NewMeeting}. Every attendee gets an update.
 */
public record MeetingUpdate(CreatedMeeting meeting,
                            String subject,
                            String body,
                            String location,
                            Instant start,
                            Instant end,
                            String timeZone) {
}
