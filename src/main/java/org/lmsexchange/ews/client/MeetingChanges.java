package org.lmsexchange.ews.client;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.property.complex.Attendee;
import microsoft.exchange.webservices.data.property.complex.AttendeeCollection;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.lmsexchange.ews.EwsCallException;
import org.lmsexchange.ews.model.Addresses;
import org.lmsexchange.ews.model.AttendeesToAdd;
import org.lmsexchange.ews.model.AttendeesToRemove;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.Invitee;
import org.lmsexchange.ews.model.MeetingUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes to a meeting the mailbox organizes: new fields (every attendee gets an update), people added (only they
 * get an invitation) or removed (only they get a cancellation).
 * <p>
 * Each change is sent with ConflictResolution NeverOverwrite, so that Exchange refuses it with
 * ErrorIrresolvableConflict when the meeting changed since its ChangeKey was read (an organizer edited it in
 * Outlook, an attendee's answer was recorded on it). The meeting is then read again and the change applied on top of
 * it, once: the other edit is kept wherever the change does not touch it. A second conflict fails the request.
 * A meeting that is gone fails with MeetingNotFoundException.
 */
final class MeetingChanges {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingChanges.class);

    private static final String IRRESOLVABLE_CONFLICT = "ErrorIrresolvableConflict";

    /** A change applied to the meeting as read with {@code changeKey}, or as it is now when that is null. */
    private interface Change {
        CreatedMeeting apply(String changeKey) throws Exception;
    }

    private final ExchangeService service;
    private final BusyRetry retry;

    MeetingChanges(ExchangeService service, BusyRetry retry) {
        this.service = service;
        this.retry = retry;
    }

    /**
     * Sets the meeting's subject, body, location, start, end and zone, sending every attendee an update. The change
     * goes with the ChangeKey the connector recorded, so that an edit made since in Outlook is noticed. A meeting
     * that has these fields already is left alone and nobody is mailed: so an update repeated after a crash
     * (Exchange applied it, the connector did not record it) does not mail every attendee a second time.
     */
    CreatedMeeting update(MeetingUpdate update) {
        CreatedMeeting meeting = update.meeting();
        return applyOnce(meeting, meeting.changeKey(), "updating " + described(meeting), changeKey -> {
            Appointment appointment = read(meeting, MeetingFields.properties());
            if (MeetingFields.heldBy(appointment, update.subject(), update.body(), update.location(), update.start(),
                    update.end(), update.timeZone())) {
                LOG.info("{} has these fields already; no update sent", described(meeting));
                return recorded(meeting, appointment);
            }
            if (changeKey != null) {
                appointment.getId().setChangeKey(changeKey);
            }
            MeetingFields.set(appointment, update.subject(), update.body(), update.location(), update.start(),
                    update.end(), update.timeZone());
            appointment.update(ConflictResolutionMode.NeverOverwrite,
                    SendInvitationsOrCancellationsMode.SendToAllAndSaveCopy);
            return recorded(meeting, appointment);
        });
    }

    /**
     * Adds the invitees who are not attendees yet (addresses compared trimmed and case-insensitively) as required
     * attendees; only they get an invitation. Nothing is sent when every one of them is an attendee already.
     */
    CreatedMeeting addAttendees(AttendeesToAdd addition) {
        CreatedMeeting meeting = addition.meeting();
        return applyOnce(meeting, null, "adding attendees to " + described(meeting), changeKey -> {
            Appointment appointment = read(meeting, withAttendees());
            Set<String> attendees = addresses(appointment);
            List<Invitee> added = new ArrayList<>();
            for (Invitee invitee : addition.invitees()) {
                if (attendees.add(invitee.email())) {
                    added.add(invitee);
                }
            }
            if (added.isEmpty()) {
                return recorded(meeting, appointment);
            }
            for (Invitee invitee : added) {
                appointment.getRequiredAttendees().add(invitee.name(), invitee.email());
            }
            return updateOnlyChanged(meeting, appointment);
        });
    }

    /**
     * Takes the addresses off the meeting's attendees (required or optional); only they get a cancellation. An
     * address that is no attendee is passed over; nothing is sent when none of them is.
     */
    CreatedMeeting removeAttendees(AttendeesToRemove removal) {
        CreatedMeeting meeting = removal.meeting();
        return applyOnce(meeting, null, "removing attendees from " + described(meeting), changeKey -> {
            Appointment appointment = read(meeting, withAttendees());
            Set<String> leaving = new HashSet<>(removal.addresses());
            boolean removed = removeFrom(appointment.getRequiredAttendees(), leaving);
            removed |= removeFrom(appointment.getOptionalAttendees(), leaving);
            return removed ? updateOnlyChanged(meeting, appointment) : recorded(meeting, appointment);
        });
    }

    /**
     * Applies the change as of {@code changeKey} (null: the meeting as read now) and, if Exchange answers that the
     * meeting changed since, once more on top of the meeting as it is then. Busy answers are retried around each
     * try: a refused UpdateItem changed nothing.
     */
    private CreatedMeeting applyOnce(CreatedMeeting meeting, String changeKey, String what, Change change) {
        return MeetingNotFound.reported(meeting, () -> {
            try {
                return retry.run(what, () -> change.apply(changeKey));
            } catch (EwsCallException e) {
                if (!IRRESOLVABLE_CONFLICT.equals(e.getResponseCode())) {
                    throw e;
                }
                LOG.info("{} changed in Exchange since it was read (edited in Outlook, or an answer recorded on it); "
                        + "applying the change on top of it", described(meeting));
                return retry.run(what + " on top of a change made in Exchange", () -> change.apply(null));
            }
        });
    }

    private Appointment read(CreatedMeeting meeting, PropertySet properties) throws Exception {
        return Appointment.bind(service, new ItemId(meeting.itemId()), properties);
    }

    /** Mails only the attendees added or removed: the others are not bothered with a change of who attends. */
    private static CreatedMeeting updateOnlyChanged(CreatedMeeting meeting, Appointment appointment) throws Exception {
        appointment.update(ConflictResolutionMode.NeverOverwrite,
                SendInvitationsOrCancellationsMode.SendToChangedAndSaveCopy);
        return recorded(meeting, appointment);
    }

    private static PropertySet withAttendees() {
        return new PropertySet(BasePropertySet.IdOnly, AppointmentSchema.RequiredAttendees,
                AppointmentSchema.OptionalAttendees);
    }

    private static Set<String> addresses(Appointment appointment) throws Exception {
        Set<String> addresses = new HashSet<>();
        for (Attendee attendee : appointment.getRequiredAttendees()) {
            addresses.add(Addresses.normalized(attendee.getAddress()));
        }
        for (Attendee attendee : appointment.getOptionalAttendees()) {
            addresses.add(Addresses.normalized(attendee.getAddress()));
        }
        return addresses;
    }

    private static boolean removeFrom(AttendeeCollection attendees, Set<String> leaving) throws Exception {
        List<Attendee> gone = new ArrayList<>();
        for (Attendee attendee : attendees) {
            if (leaving.contains(Addresses.normalized(attendee.getAddress()))) {
                gone.add(attendee);
            }
        }
        for (Attendee attendee : gone) {
            attendees.remove(attendee);
        }
        return !gone.isEmpty();
    }

    /** The meeting with the ChangeKey Exchange gave it last: the one to send with the next change. */
    private static CreatedMeeting recorded(CreatedMeeting meeting, Appointment appointment) throws Exception {
        return new CreatedMeeting(meeting.eventId(), appointment.getId().getUniqueId(),
                appointment.getId().getChangeKey(), meeting.uid());
    }

    private static String described(CreatedMeeting meeting) {
        return "meeting " + meeting.uid() + " of event " + meeting.eventId();
    }
}
