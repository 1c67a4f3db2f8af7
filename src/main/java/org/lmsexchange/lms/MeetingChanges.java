package org.lmsexchange.lms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lmsexchange.ews.model.AttendeesToAdd;
import org.lmsexchange.ews.model.AttendeesToRemove;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.Invitee;
import org.lmsexchange.ews.model.MeetingUpdate;

/**
 * Compares an event as the LMS holds it now with what the connector last sent for its meeting, and says what to send
 * ({@link MeetingChange}). The row is one of sql.changed-meetings: the event's fields now (subject, body_as_kept,
 * location, start_at, end_at, time_zone), those last sent (sent_*), the meeting as recorded; the learners are those of
 * sql.event-learners, the attendees those of sql.recorded-attendees. New fields are checked as at creation, so that
 * a row made bad since fails the change with a reason naming the field.
 */
public class MeetingChanges {

    public MeetingChange plan(Map<String, Object> change, List<Map<String, Object>> learners,
                              List<Map<String, Object>> recorded) {
        String eventId = RowValues.eventId(change);
        CreatedMeeting meeting = new CreatedMeeting(eventId, (String) change.get("item_id"),
                (String) change.get("change_key"), (String) change.get("uid"));
        if (isSet(change.get("cancelled"))) {
            return new MeetingChange(meeting, true, null, null, null, List.of());
        }
        MeetingUpdate update = null;
        if (fieldsChanged(change)) {
            EventMeetings.Fields fields = EventMeetings.fields(change, "sql.lms-events");
            update = new MeetingUpdate(meeting, fields.subject(), fields.body(), fields.location(), fields.start(),
                    fields.end(), fields.timeZone());
        }
        Map<String, Invitee> booked = new LinkedHashMap<>();
        EventMeetings.invitees(eventId, learners).forEach(invitee -> booked.put(invitee.email(), invitee));
        Map<String, Invitee> attendees = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        for (Map<String, Object> attendee : recorded) {
            String email = (String) attendee.get("email");
            // a learner whose Decline cancelled the booking keeps the meeting they declined: no cancellation for them
            if (booked.containsKey(email) || isSet(attendee.get("declined"))) {
                attendees.put(email, new Invitee(email, (String) attendee.get("name")));
            } else {
                removed.add(email);
            }
        }
        List<Invitee> added = booked.values().stream().filter(invitee -> !attendees.containsKey(invitee.email()))
                .collect(Collectors.toList());
        added.forEach(invitee -> attendees.put(invitee.email(), invitee));
        return new MeetingChange(meeting, false, update, added.isEmpty() ? null : new AttendeesToAdd(meeting, added),
                removed.isEmpty() ? null : new AttendeesToRemove(meeting, removed), List.copyOf(attendees.values()));
    }

    /** Whether the event's fields differ from those last sent; texts as the LMS holds them, times as instants. */
    static boolean fieldsChanged(Map<String, Object> change) {
        for (String[] pair : new String[][] {{"subject", "sent_subject"}, {"body_as_kept", "sent_body"},
                {"location", "sent_location"}, {"time_zone", "sent_time_zone"}}) {
            if (!text(change.get(pair[0])).equals(text(change.get(pair[1])))) {
                return true;
            }
        }
        return !sameTime(change.get("start_at"), change.get("sent_start"))
                || !sameTime(change.get("end_at"), change.get("sent_end"));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static boolean sameTime(Object now, Object sent) {
        if (now == null || sent == null || !SqlValues.isTime(now) || !SqlValues.isTime(sent)) {
            return Objects.equals(now, sent);
        }
        return SqlValues.instant(now).equals(SqlValues.instant(sent));
    }

    /** A database's true: 1, or TRUE (the drivers give a number or a boolean for the CASE columns). */
    private static boolean isSet(Object flag) {
        return flag instanceof Boolean b ? b : flag instanceof Number n && n.intValue() != 0;
    }
}
