package org.lmsexchange.sandbox.learners;

import java.time.Instant;
import org.lmsexchange.sandbox.store.Attendee;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.Mailbox;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.MailboxStore;

/**
 * Answers a meeting as a learner's Outlook would: a meeting response lands in the organizer's inbox, and Exchange
 * records the answer on the organizer's calendar item (the latest answer sent wins, whatever order they arrive in).
 */
public final class MeetingResponder {

    private final MailboxStore store;
    private final EmailAddress organizer;

    public MeetingResponder(MailboxStore store, EmailAddress organizer) {
        this.store = store;
        this.organizer = organizer;
    }

    /**
     * Sends the answer in one store transaction and returns the id of the meeting response in the organizer's inbox.
     *
     * @throws UnknownMeetingException if the organizer has no meeting with that uid
     * @throws IllegalArgumentException if the learner is not an attendee of the meeting
     */
    public String respond(LearnerAnswer answer) {
        return store.inTransaction((MailboxStore s) -> respond(s, answer));
    }

    private String respond(MailboxStore s, LearnerAnswer answer) {
        Mailbox organizerMailbox = s.mailbox(organizer);
        MailItem meeting = new OrganizerCalendar(organizerMailbox).byUid(answer.uid());
        Attendee attendee = meeting.attendee(EmailAddress.of(answer.learner())).orElseThrow(() ->
                new IllegalArgumentException(answer.learner() + " is not an attendee of the meeting '"
                        + meeting.subject + "' (uid " + meeting.uid + ")"));
        Instant sentAt = answer.sentAt() != null ? answer.sentAt() : s.now();

        MailItem response = responseTo(s, meeting, responder(s, attendee), answer, sentAt);
        s.deliver(organizer, response);

        attendee.recordResponse(answer.answer().responseType(), sentAt);
        meeting.touch();
        organizerMailbox.calendar().updated(meeting);
        return response.id;
    }

    /**
     * Who the response is from: the attendee's mailbox as the organization spells its address (Exchange resolves an
     * attendee to the mailbox's primary SMTP address, e.g. Ivan.Petrov@Example.com for ivan.petrov@example.com).
     */
    private static EmailAddress responder(MailboxStore s, Attendee attendee) {
        return s.existingMailbox(attendee.mailbox().address()).map(Mailbox::address).orElse(attendee.mailbox());
    }

    private MailItem responseTo(MailboxStore s, MailItem meeting, EmailAddress learner, LearnerAnswer answer,
                                Instant sentAt) {
        MailItem response = MeetingResponses.newResponse(s, answer.answer(), learner, organizer, meeting.subject,
                sentAt);
        // From stays the learner; Sender shows who actually sent it, as with Exchange's send-on-behalf. IsDelegated
        // tells whether that was an account with delegate access ("IsDelegated", EWS reference, MeetingResponse).
        if (answer.delegate() != null) {
            response.sender = EmailAddress.of(answer.delegate());
            response.delegated = true;
        } else if (answer.sentBy() != null) {
            response.sender = EmailAddress.of(answer.sentBy());
        }
        response.uid = meeting.uid;
        response.associatedCalendarItemId = meeting.id;
        response.organizer = meeting.organizer;
        response.start = meeting.start;
        response.end = meeting.end;
        response.startTimeZone = meeting.startTimeZone;
        response.endTimeZone = meeting.endTimeZone;
        response.location = meeting.location;
        response.body = answer.comment();
        response.proposedStart = answer.proposedStart();
        response.proposedEnd = answer.proposedEnd();
        return response;
    }
}
