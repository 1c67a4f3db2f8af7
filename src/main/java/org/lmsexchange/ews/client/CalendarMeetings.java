package org.lmsexchange.ews.client;

import java.util.ArrayList;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BodyType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.search.SortDirection;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.response.CancelMeetingMessage;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.Mailbox;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import microsoft.exchange.webservices.data.search.FindItemsResults;
import microsoft.exchange.webservices.data.search.ItemView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.Invitee;
import org.lmsexchange.ews.model.NewMeeting;

/**
 * Meetings in the service account's calendar: creating one per event (invitations sent by Exchange), finding
 * those made for an event earlier, and cancelling one. Every meeting carries its event id in an extended
 * property, so that a crash between creating it and recording it is recovered by finding it, not by creating a
 * second one; and a second one that Exchange made anyway (a create it finished after the client gave up) is found.
 */
final class CalendarMeetings {

    /** The most meetings read for one event: far more than the tries that could each have left one. */
    private static final int MOST_MEETINGS_OF_ONE_EVENT = 50;

    private final ExchangeService service;
    private final String mailbox;
    /** The extended property each meeting carries its event id in ({@link MeetingMarker}). */
    private final ExtendedPropertyDefinition marker;
    private final BusyRetry retry;

    CalendarMeetings(ExchangeService service, String mailbox, ExtendedPropertyDefinition marker, BusyRetry retry) {
        this.service = service;
        this.mailbox = mailbox;
        this.marker = marker;
        this.retry = retry;
    }

    /**
     * Creating and reading back are retried apart: once CreateItem succeeded the meeting and its invitations
     * exist, so a busy read of its UID must repeat the read only, never the create.
     */
    CreatedMeeting create(NewMeeting meeting) {
        String what = "creating the meeting for event " + meeting.eventId();
        Appointment appointment = retry.run(what, () -> {
            Appointment created = appointment(meeting); // a fresh item each try: a refused save leaves nothing
            created.save(calendar(), SendInvitationsMode.SendToAllAndSaveCopy);
            return created;
        });
        // the create answer carries only the id; the UID that responses will quote needs one read
        return retry.run(what + " (reading its UID)", () -> {
            appointment.load(new PropertySet(BasePropertySet.IdOnly, AppointmentSchema.ICalUid));
            return created(meeting.eventId(), appointment);
        });
    }

    /** Every meeting made for the event, the earliest created first; empty when there is none. */
    List<CreatedMeeting> findAll(String eventId) {
        return retry.run("finding the meetings of event " + eventId, () -> findNow(eventId));
    }

    /**
     * Cancels the meeting as its organizer: every attendee gets a cancellation, with {@code text} as its body when
     * given, and the meeting leaves the calendar. A meeting no longer there fails with MeetingNotFoundException.
     */
    void cancel(CreatedMeeting meeting, String text) {
        MeetingNotFound.reported(meeting, () -> retry.run("cancelling meeting " + meeting.uid() + " of event "
                + meeting.eventId(), () -> {
            Appointment appointment = Appointment.bind(service, new ItemId(meeting.itemId()),
                    new PropertySet(BasePropertySet.IdOnly));
            CancelMeetingMessage cancellation = appointment.createCancelMeetingMessage();
            if (text != null && !text.isBlank()) {
                cancellation.setBody(new MessageBody(BodyType.Text, text));
            }
            cancellation.sendAndSaveCopy();
            return null;
        }));
    }

    private Appointment appointment(NewMeeting meeting) throws Exception {
        Appointment appointment = new Appointment(service);
        MeetingFields.set(appointment, meeting.subject(), meeting.body(), meeting.location(), meeting.start(),
                meeting.end(), meeting.timeZone());
        for (Invitee invitee : meeting.attendees()) {
            appointment.getRequiredAttendees().add(invitee.name(), invitee.email());
        }
        appointment.setExtendedProperty(marker, meeting.eventId());
        return appointment;
    }

    private List<CreatedMeeting> findNow(String eventId) throws Exception {
        ItemView view = new ItemView(MOST_MEETINGS_OF_ONE_EVENT);
        view.setPropertySet(new PropertySet(BasePropertySet.IdOnly, AppointmentSchema.ICalUid));
        view.getOrderBy().add(ItemSchema.DateTimeCreated, SortDirection.Ascending);
        FindItemsResults<Item> found = service.findItems(calendar(), new SearchFilter.IsEqualTo(marker, eventId), view);
        List<CreatedMeeting> meetings = new ArrayList<>();
        for (Item item : found.getItems()) {
            meetings.add(created(eventId, (Appointment) item));
        }
        return meetings;
    }

    private static CreatedMeeting created(String eventId, Appointment appointment) throws Exception {
        return new CreatedMeeting(eventId, appointment.getId().getUniqueId(), appointment.getId().getChangeKey(),
                appointment.getICalUid());
    }

    private FolderId calendar() throws Exception {
        return new FolderId(WellKnownFolderName.Calendar, new Mailbox(mailbox));
    }
}
