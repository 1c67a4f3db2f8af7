package org.lmsexchange.ews.model;

import java.util.List;

/**
 * Who attends a meeting and what each has answered, as the organizer's calendar item records it: the required
 * attendees first, then the optional ones, each in the calendar item's order.
 *
 * @param meeting   the meeting as read, with its current change key (an answer recorded on it gives it a new one)
 * @param attendees every attendee, with the answer recorded for them
 */
public record MeetingAttendance(CreatedMeeting meeting, List<AttendeeAnswer> attendees) {

    public MeetingAttendance {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
