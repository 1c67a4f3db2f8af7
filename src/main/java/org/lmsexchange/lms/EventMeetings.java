package org.lmsexchange.lms;

import com.ibm.icu.util.TimeZone;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lmsexchange.ews.model.Invitee;
import org.lmsexchange.ews.model.NewMeeting;

/**
 * Turns an LMS event row and its booked learners into the meeting to create, checking everything Exchange would
 * refuse (or get wrong) first, so that a bad row fails with a reason naming the field instead of half a meeting. A
 * value of the wrong type is a bad row too ({@link RowValues}).
 * <p>
 * Column names are those of the poll queries in application.properties: event_id, subject, body, location,
 * start_at, end_at, time_zone; learner_email, learner_name.
 */
public class EventMeetings {

    /** Exchange's limit for a subject. */
    static final int MAX_SUBJECT = 255;
    /** The connector's record of what it sent keeps a location of at most this many characters (sent_location). */
    static final int MAX_LOCATION = 255;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+$");

    public NewMeeting toMeeting(Map<String, Object> event, List<Map<String, Object>> learners) {
        String eventId = RowValues.eventId(event);
        List<Invitee> invitees = invitees(eventId, learners);
        if (invitees.isEmpty()) {
            throw new InvalidEventException(eventId, "bookings", "has no booked learners to invite");
        }
        Fields fields = fields(event, "sql.lms-events");
        return new NewMeeting(eventId, fields.subject(), fields.body(), fields.location(), fields.start(), fields.end(),
                fields.timeZone(), invitees);
    }

    /** A meeting's fields as an event row gives them, checked. */
    record Fields(String subject, String body, String location, Instant start, Instant end, String timeZone) {
    }

    /** The event's fields, checked as Exchange would; {@code query} names the statement that read the row. */
    static Fields fields(Map<String, Object> event, String query) {
        String eventId = RowValues.eventId(event);
        RowValues row = new RowValues(eventId, event, query);
        String subject = row.requiredText("subject");
        if (subject.length() > MAX_SUBJECT) {
            throw new InvalidEventException(eventId, "subject", "is " + subject.length()
                    + " characters long; Exchange allows " + MAX_SUBJECT);
        }
        Instant start = row.time("start_at");
        Instant end = row.time("end_at");
        if (!end.isAfter(start)) {
            throw new InvalidEventException(eventId, "end_at", "(" + end + ") is not after start_at (" + start + ")");
        }
        String timeZone = timeZone(eventId, row.requiredText("time_zone"));
        String location = row.text("location");
        if (location != null && location.length() > MAX_LOCATION) {
            throw new InvalidEventException(eventId, "location", "is " + location.length()
                    + " characters long; the connector keeps at most " + MAX_LOCATION);
        }
        return new Fields(subject, row.text("body"), location, start, end, timeZone);
    }

    /**
     * One invitee per learner: a learner booked more than once (the same address in another case, or padded) is
     * invited once, else Exchange sends one invitation per attendee. The address sent is the normalized one
     * ({@link Invitee}): every spelling of it reaches the same mailbox, and answers are matched on it. The name is
     * the first one given, in the order of sql.event-learners.
     */
    static List<Invitee> invitees(String eventId, List<Map<String, Object>> learners) {
        if (learners == null) {
            return List.of();
        }
        Map<String, Invitee> invitees = new LinkedHashMap<>();
        for (Map<String, Object> learner : learners) {
            RowValues row = new RowValues(eventId, learner, "sql.event-learners");
            String email = row.text("learner_email");
            // only spaces around it are trimmed, as the SQL's TRIM does: a tab or a line break makes it a bad address,
            // which the roster statements would never match with the address sent
            if (email == null || !EMAIL.matcher(email.replaceAll("^ +| +$", "")).matches()) {
                throw new InvalidEventException(eventId, "learner_email",
                        email == null ? "is missing on a booking" : "'" + email + "' is not a valid e-mail address");
            }
            Invitee invitee = new Invitee(email, row.text("learner_name"));
            invitees.merge(invitee.email(), invitee, EventMeetings::firstNamed);
        }
        return List.copyOf(invitees.values());
    }

    private static Invitee firstNamed(Invitee first, Invitee later) {
        return first.name() == null || first.name().isBlank() ? later : first;
    }

    /** An IANA zone that Exchange can show: known to the JDK and mapped to a Windows zone by CLDR. */
    private static String timeZone(String eventId, String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidEventException(eventId, "time_zone", "'" + zone + "' is not a known IANA time zone");
        }
        if (TimeZone.getWindowsID(zone) == null) {
            throw new InvalidEventException(eventId, "time_zone", "'" + zone + "' has no Windows time zone for Exchange");
        }
        return zone;
    }
}
