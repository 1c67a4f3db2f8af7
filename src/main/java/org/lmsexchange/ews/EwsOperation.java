package org.lmsexchange.ews;

import org.lmsexchange.ews.model.AttendeesToAdd;
import org.lmsexchange.ews.model.AttendeesToRemove;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.DeleteResult;
import org.lmsexchange.ews.model.MeetingAttendance;
import org.lmsexchange.ews.model.MeetingReply;
import org.lmsexchange.ews.model.MeetingUpdate;
import org.lmsexchange.ews.model.NewMeeting;

/** What an {@code ews:} endpoint does with the message it receives. */
public enum EwsOperation {
    /** Body {@link NewMeeting}: creates the meeting in the mailbox's calendar and sends the invitations; body becomes {@link CreatedMeeting}. */
    createMeeting,
    /**
     * Body: an event id. Finds every meeting created for that event (marked with it: NewMeeting's eventId; more than
     * one when Exchange carried out a create whose answer never came); body becomes a list of {@link CreatedMeeting},
     * the earliest created first, empty when there is none.
     */
    findMeetings,
    /**
     * Body {@link MeetingUpdate}: gives the meeting its new subject, body, location, start, end and time zone; every
     * attendee gets an update. Nothing is sent when the meeting has these already (body as plain text, times to the
     * second, the zone by its Windows zone), so an update repeated after a crash mails nobody twice. Sent with the
     * recorded ChangeKey: if the meeting changed since (edited in Outlook), the change is applied once more on top
     * of it, and a second conflict fails with ErrorIrresolvableConflict. Body becomes the {@link CreatedMeeting}
     * with its current ChangeKey. A meeting no longer there fails with {@link MeetingNotFoundException}.
     */
    updateMeeting,
    /**
     * Body {@link AttendeesToAdd}: adds the invitees who are not attendees yet as required attendees; only they get
     * an invitation (addresses compared trimmed and case-insensitively; nothing is sent when all are attendees).
     * Body becomes the {@link CreatedMeeting} with its new ChangeKey. A meeting no longer there fails with
     * {@link MeetingNotFoundException}.
     */
    addAttendees,
    /**
     * Body {@link AttendeesToRemove}: takes those addresses off the attendees; only they get a cancellation (an
     * address that is no attendee is passed over). Body becomes the {@link CreatedMeeting} with its new ChangeKey.
     * A meeting no longer there fails with {@link MeetingNotFoundException}.
     */
    removeAttendees,
    /**
     * Body {@link CreatedMeeting}: cancels that meeting as its organizer; every attendee gets a cancellation, whose
     * text is the {@code CamelEwsCancellationText} header if set. Body unchanged. A meeting no longer there fails
     * with {@link MeetingNotFoundException}.
     */
    cancelMeeting,
    /**
     * Body {@link CreatedMeeting}: reads who attends the meeting and what each answered, as the organizer's calendar
     * item records it (an answer is recorded there even when its response mail never reached the inbox or was taken
     * out of it): the latest answer each attendee sent and when, none for an attendee who has not answered. One
     * GetItem; nothing changes and nobody gets mail. Body becomes {@link MeetingAttendance}: the required attendees,
     * then the optional ones, addresses trimmed and in lower case, and the meeting with its current ChangeKey. A
     * meeting no longer there fails with {@link MeetingNotFoundException}.
     */
    readAttendance,
    /** Reads one page of meeting responses from the inbox; body becomes a list of {@link MeetingReply}. */
    findResponses,
    /** Body: a collection of item ids. Deletes them in one batch; body becomes {@link DeleteResult}. */
    deleteItems
}
