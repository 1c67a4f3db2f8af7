package org.lmsexchange.ews;

import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.DeleteResult;
import org.lmsexchange.ews.model.MeetingReply;
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
     * Body {@link CreatedMeeting}: cancels that meeting as its organizer; every attendee gets a cancellation, whose
     * text is the {@code CamelEwsCancellationText} header if set. Body unchanged.
     */
    cancelMeeting,
    /** Reads one page of meeting responses from the inbox; body becomes a list of {@link MeetingReply}. */
    findResponses,
    /** Body: a collection of item ids. Deletes them in one batch; body becomes {@link DeleteResult}. */
    deleteItems
}
