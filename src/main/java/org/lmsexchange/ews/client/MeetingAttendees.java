package org.lmsexchange.ews.client;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.MeetingResponseType;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.property.complex.Attendee;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.lmsexchange.ews.model.AttendeeAnswer;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.MeetingAttendance;
import org.lmsexchange.ews.model.ReplyAnswer;

/**
 * The attendees of a meeting and the answers Exchange recorded for them on the organizer's calendar item
 * (t:Attendee's ResponseType and LastResponseTime, EWS reference "Attendee"): a second record of the answers, which
 * holds even when a response mail never reached the inbox or was taken out of it. Read with one GetItem, which
 * changes nothing and mails nobody. A meeting that is gone fails with MeetingNotFoundException.
 */
final class MeetingAttendees {

    private final ExchangeService service;
    private final BusyRetry retry;

    MeetingAttendees(ExchangeService service, BusyRetry retry) {
        this.service = service;
        this.retry = retry;
    }

    MeetingAttendance read(CreatedMeeting meeting) {
        return MeetingNotFound.reported(meeting, () -> retry.run("reading the attendees of meeting " + meeting.uid()
                + " of event " + meeting.eventId(), () -> {
            Appointment appointment = Appointment.bind(service, new ItemId(meeting.itemId()),
                    new PropertySet(BasePropertySet.IdOnly, AppointmentSchema.RequiredAttendees,
                            AppointmentSchema.OptionalAttendees));
            List<AttendeeAnswer> attendees = new ArrayList<>();
            for (Attendee attendee : appointment.getRequiredAttendees()) {
                attendees.add(answerOf(attendee, true));
            }
            for (Attendee attendee : appointment.getOptionalAttendees()) {
                attendees.add(answerOf(attendee, false));
            }
            CreatedMeeting current = new CreatedMeeting(meeting.eventId(), appointment.getId().getUniqueId(),
                    appointment.getId().getChangeKey(), meeting.uid());
            return new MeetingAttendance(current, attendees);
        }));
    }

    private static AttendeeAnswer answerOf(Attendee attendee, boolean required) {
        ReplyAnswer answer = answer(attendee.getResponseType());
        Date answeredAt = attendee.getLastResponseTime();
        return new AttendeeAnswer(attendee.getAddress(), attendee.getName(), answer,
                answer == null || answeredAt == null ? null : answeredAt.toInstant(), required);
    }

    /**
     * The answer a ResponseType stands for (EWS reference "ResponseType"); none for Unknown, NoResponseReceived and
     * Organizer (the organizer listed among the attendees), nor when Exchange gives no ResponseType.
     */
    private static ReplyAnswer answer(MeetingResponseType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case Accept -> ReplyAnswer.ACCEPT;
            case Tentative -> ReplyAnswer.TENTATIVE;
            case Decline -> ReplyAnswer.DECLINE;
            case Unknown, NoResponseReceived, Organizer -> null;
        };
    }
}
