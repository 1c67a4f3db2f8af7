package org.lmsexchange.sandbox.ops;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.lmsexchange.sandbox.store.Attendee;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;

/**
 * Sends the mail an organizer's meeting changes cause: meeting requests (new or updated) and cancellations.
 * Each attendee gets an own copy in their inbox, made from the organizer's calendar item so that it carries the
 * same UID, subject, time, location and attendees; with a "...AndSaveCopy" mode the organizer keeps one copy,
 * addressed to all recipients, in Sent Items.
 * <p>
 * The attendees have no calendar copy of the meeting in the sandbox, so the messages point to none.
 */
public final class MeetingMail {

    public static final String NEW_MEETING_REQUEST = "NewMeetingRequest";
    public static final String FULL_UPDATE = "FullUpdate";
    public static final String INFORMATIONAL_UPDATE = "InformationalUpdate";

    private final OperationContext context;

    public MeetingMail(OperationContext context) {
        this.context = context;
    }

    /** A meeting request of the given t:MeetingRequestType (NewMeetingRequest, FullUpdate, InformationalUpdate). */
    public void sendRequests(MailItem meeting, Collection<Attendee> recipients, String requestType, boolean saveCopy) {
        send(meeting, recipients, saveCopy, ItemKind.MEETING_REQUEST, request -> request.meetingRequestType = requestType);
    }

    /** A cancellation; {@code body} replaces the meeting's body when the organizer wrote one. */
    public void sendCancellations(MailItem meeting, Collection<Attendee> recipients, String body, boolean saveCopy) {
        send(meeting, recipients, saveCopy, ItemKind.MEETING_CANCELLATION, cancellation -> {
            cancellation.subject = "Canceled: " + (meeting.subject == null ? "" : meeting.subject);
            cancellation.cancelled = true;
            if (body != null) {
                cancellation.body = body;
            }
        });
    }

    /**
     * Cancels a meeting the acting mailbox organizes: every attendee gets a cancellation (unless the mode sends
     * none) and the calendar item is marked cancelled. Where the item goes afterwards is the caller's business.
     */
    public void cancelMeeting(MailItem meeting, MeetingMailMode mode, String body) {
        if (mode.sendsMail()) {
            sendCancellations(meeting, meeting.allAttendees(), body, mode.savesCopy());
        }
        meeting.cancelled = true;
        meeting.touch();
    }

    /**
     * Mails what an update changed for whom. Added attendees get a new meeting request and removed ones a
     * cancellation, in every mode but SendToNone. Attendees who stay get an update only in the "All" modes: a
     * FullUpdate when the time changed (start, end or their zones, which asks them to answer again), an
     * InformationalUpdate otherwise (subject, body, location, attendee list).
     */
    public void announceUpdate(MailItem before, MailItem after, MeetingMailMode mode) {
        if (!mode.sendsMail()) {
            return;
        }
        List<Attendee> added = missingFrom(after.allAttendees(), before);
        List<Attendee> removed = missingFrom(before.allAttendees(), after);
        sendRequests(after, added, NEW_MEETING_REQUEST, mode.savesCopy());
        sendCancellations(after, removed, null, mode.savesCopy());
        if (!mode.onlyToChanged()) {
            List<Attendee> kept = after.allAttendees().stream()
                    .filter(a -> before.attendee(a.mailbox()).isPresent()).toList();
            boolean full = timeChanged(before, after);
            sendRequests(after, kept, full ? FULL_UPDATE : INFORMATIONAL_UPDATE, mode.savesCopy());
            if (full) {
                markAnswersOutOfDate(after);
            }
        }
    }

    /**
     * The answers to the meeting already in the organizer's inbox answer its earlier version once a full update
     * asks every attendee to answer again: Exchange flags them IsOutOfDate ("whether a newer meeting message
     * exists", EWS reference: IsOutOfDate).
     */
    private void markAnswersOutOfDate(MailItem meeting) {
        for (MailItem item : context.store().mailbox(meeting.organizer).inbox().items()) {
            if (item.kind == ItemKind.MEETING_RESPONSE && Objects.equals(item.uid, meeting.uid)) {
                item.outOfDate = true;
            }
        }
    }

    private static List<Attendee> missingFrom(List<Attendee> attendees, MailItem other) {
        return attendees.stream().filter(a -> other.attendee(a.mailbox()).isEmpty()).toList();
    }

    /** Whether the start, the end or their zones changed: what makes an update a FullUpdate. */
    static boolean timeChanged(MailItem before, MailItem after) {
        return !Objects.equals(before.start, after.start) || !Objects.equals(before.end, after.end)
                || !Objects.equals(before.startTimeZone, after.startTimeZone)
                || !Objects.equals(before.endTimeZone, after.endTimeZone);
    }

    private void send(MailItem meeting, Collection<Attendee> recipients, boolean saveCopy, ItemKind kind,
                      java.util.function.Consumer<MailItem> specifics) {
        // Exchange never mails the organizer about their own meeting, even when they are on the attendee list.
        List<Attendee> others = recipients.stream()
                .filter(a -> !a.mailbox().sameMailbox(meeting.organizer)).toList();
        if (others.isEmpty()) {
            return;
        }
        MailItem template = message(meeting, others, kind);
        specifics.accept(template);
        for (Attendee attendee : others) {
            context.store().deliver(attendee.mailbox(), template.copyAs(context.store().ids().newItemId(), kind));
        }
        if (saveCopy) {
            context.store().mailbox(meeting.organizer).sentItems().add(template);
        }
    }

    private MailItem message(MailItem meeting, List<Attendee> recipients, ItemKind kind) {
        MailItem message = meeting.copyAs(context.store().ids().newItemId(), kind);
        message.version = 1;
        message.from = meeting.organizer;
        message.sender = meeting.organizer;
        message.toRecipients = recipients.stream().map(Attendee::mailbox).collect(
                java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        message.dateTimeCreated = context.now();
        message.dateTimeSent = context.now();
        message.associatedCalendarItemId = null;
        return message;
    }
}
