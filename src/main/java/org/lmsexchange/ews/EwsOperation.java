package org.lmsexchange.ews;

/** What an {@code ews:} endpoint does with the message it receives. */
public enum EwsOperation {
    /** Body {@link NewMeeting}: creates the meeting in the mailbox's calendar and sends the invitations; body becomes {@link CreatedMeeting}. */
    createMeeting,
    /** Body: the LMS event id. Finds a meeting created earlier for that event; body becomes {@link CreatedMeeting} or null. */
    findMeeting,
    /** Reads one page of meeting responses from the inbox; body becomes a list of {@link MeetingReply}. */
    findResponses,
    /** Body: a collection of item ids. Deletes them in one batch; body becomes {@link DeleteResult}. */
    deleteItems
}
