package org.lmsexchange.ews.client;

import java.time.Instant;
import java.util.Date;
import microsoft.exchange.webservices.data.core.enumeration.property.BodyType;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.property.complex.MessageBody;

/**
 * The fields an event gives its meeting, set one way whether the meeting is created or updated: plain-text
 * body (none is an empty one), and start and end shown in the event's own zone, its IANA id mapped to the
 * Windows id EWS knows ({@link WindowsTimeZone}).
 */
final class MeetingFields {

    private MeetingFields() {
    }

    static void set(Appointment appointment, String subject, String body, String location, Instant start,
                    Instant end, String timeZone) throws Exception {
        appointment.setSubject(subject);
        appointment.setBody(new MessageBody(BodyType.Text, body == null ? "" : body));
        appointment.setLocation(location);
        appointment.setStart(Date.from(start));
        appointment.setEnd(Date.from(end));
        WindowsTimeZone zone = WindowsTimeZone.of(timeZone);
        appointment.setStartTimeZone(zone);
        appointment.setEndTimeZone(zone);
    }
}
