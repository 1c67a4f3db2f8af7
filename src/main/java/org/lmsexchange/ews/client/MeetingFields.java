package org.lmsexchange.ews.client;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BodyType;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.property.complex.time.TimeZoneDefinition;

/**
 * The fields an event gives its meeting, set one way whether the meeting is created or updated: plain-text
 * body (none is an empty one), and start and end shown in the event's own zone, its IANA id mapped to the
 * Windows id EWS knows ({@link WindowsTimeZone}). Also tells whether a meeting read from Exchange has them already,
 * so that an update repeated (a retry after a crash) mails nobody.
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

    /** The properties {@link #set} sets, the body asked for as plain text: what {@link #heldBy} compares. */
    static PropertySet properties() {
        PropertySet properties = new PropertySet(BasePropertySet.IdOnly, ItemSchema.Subject, ItemSchema.Body,
                AppointmentSchema.Location, AppointmentSchema.Start, AppointmentSchema.End,
                AppointmentSchema.StartTimeZone, AppointmentSchema.EndTimeZone);
        properties.setRequestedBodyType(BodyType.Text);
        return properties;
    }

    /**
     * Whether the meeting, read with {@link #properties()}, holds what {@link #set} would set: each field compared
     * as Exchange keeps it. Times at whole seconds (the client sends no fractions, so Exchange never stored any);
     * the zone by its Windows id (two IANA zones with one Windows zone give the same meeting); no subject, body
     * or location the same as an empty one (an event may have either, and Exchange shows both alike); the body as
     * {@link #asStored text}.
     */
    static boolean heldBy(Appointment appointment, String subject, String body, String location, Instant start,
                          Instant end, String timeZone) throws Exception {
        String zone = WindowsTimeZone.of(timeZone).getId();
        return sameText(appointment.getSubject(), subject)
                && asStored(textOf(appointment.getBody())).equals(asStored(body))
                && sameText(appointment.getLocation(), location)
                && sameTime(appointment.getStart(), start)
                && sameTime(appointment.getEnd(), end)
                && zone.equals(idOf(appointment.getStartTimeZone()))
                && zone.equals(idOf(appointment.getEndTimeZone()));
    }

    /**
     * A plain-text body with the differences that are no change taken out. Line breaks all become LF: the client
     * sends CR LF unescaped, so the XML parser on the other side turns it into LF (XML 1.0, 2.11 "End-of-Line
     * Handling"), while Exchange answers a text body with CR LF. White space at the end goes: Exchange may end the
     * text it converts a stored body to with a line break. A body that differs only in these is not sent again.
     */
    private static String asStored(String body) {
        return body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    }

    private static String textOf(MessageBody body) {
        return body == null ? null : body.toString();
    }

    private static boolean sameText(String held, String wanted) {
        return Objects.equals(held == null ? "" : held, wanted == null ? "" : wanted);
    }

    private static boolean sameTime(Date held, Instant wanted) {
        return held != null && held.toInstant().equals(wanted.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String idOf(TimeZoneDefinition zone) {
        return zone == null ? null : zone.getId();
    }
}
