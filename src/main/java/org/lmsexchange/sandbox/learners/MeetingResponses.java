package org.lmsexchange.sandbox.learners;

import java.time.Instant;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.MailboxStore;

/** Builds the meeting response item an attendee's answer arrives as, the part common to every response. */
final class MeetingResponses {

    private MeetingResponses() {
    }

    /** A response from {@code learner} to {@code organizer}, not yet tied to a calendar item. Use under the lock. */
    static MailItem newResponse(MailboxStore store, Answer answer, EmailAddress learner, EmailAddress organizer,
                                String meetingSubject, Instant sentAt) {
        MailItem response = new MailItem(store.ids().newItemId(), ItemKind.MEETING_RESPONSE);
        response.itemClass = answer.itemClass();
        response.responseType = answer.responseType();
        response.subject = answer.responseSubject(meetingSubject);
        response.from = learner;
        response.sender = learner;
        response.toRecipients.add(organizer);
        response.dateTimeCreated = sentAt;
        response.dateTimeSent = sentAt;
        return response;
    }
}
