package org.lmsexchange.sandbox;

import java.time.Instant;
import org.lmsexchange.sandbox.store.Attendee;
import org.lmsexchange.sandbox.store.EmailAddress;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.MailItem;
import org.lmsexchange.sandbox.store.MailboxStore;

/**
 * Puts meetings into a sandbox's store the way CreateItem with SendToAllAndSaveCopy leaves them: the calendar
 * item in the organizer's calendar and a meeting request in each learner's inbox. Lets the learner tests run
 * without depending on CreateItem.
 */
final class TestMeetings {

    static final Instant START = Instant.parse("2030-03-04T09:00:00Z");
    static final Instant END = Instant.parse("2030-03-04T10:30:00Z");

    private TestMeetings() {
    }

    /** Creates a meeting with the learners as required attendees, invites them and returns the meeting's uid. */
    static String invite(EwsSandbox sandbox, String subject, String... learners) {
        return sandbox.store().inTransaction((MailboxStore s) -> {
            EmailAddress organizer = EmailAddress.of(sandbox.organizer());
            MailItem meeting = new MailItem(s.ids().newItemId(), ItemKind.CALENDAR_ITEM);
            meeting.uid = s.ids().newUid();
            meeting.subject = subject;
            meeting.start = START;
            meeting.end = END;
            meeting.location = "Training room 2";
            meeting.organizer = organizer;
            meeting.from = organizer;
            meeting.dateTimeCreated = s.now();
            for (String learner : learners) {
                meeting.requiredAttendees.add(new Attendee(EmailAddress.of(learner)));
            }
            s.mailbox(organizer).calendar().add(meeting);
            for (String learner : learners) {
                s.deliver(EmailAddress.of(learner), request(s, meeting, "NewMeetingRequest"));
            }
            return meeting.uid;
        });
    }

    /** Sends every attendee of the meeting an update of the given type (FullUpdate or InformationalUpdate). */
    static void sendUpdate(EwsSandbox sandbox, String uid, String meetingRequestType) {
        sandbox.store().inTransaction((MailboxStore s) -> {
            MailItem meeting = s.mailbox(EmailAddress.of(sandbox.organizer())).calendar().items().stream()
                    .filter(i -> uid.equals(i.uid)).findFirst().orElseThrow();
            for (Attendee attendee : meeting.allAttendees()) {
                s.deliver(attendee.mailbox(), request(s, meeting, meetingRequestType));
            }
        });
    }

    private static MailItem request(MailboxStore s, MailItem meeting, String meetingRequestType) {
        MailItem request = meeting.copyAs(s.ids().newItemId(), ItemKind.MEETING_REQUEST);
        request.meetingRequestType = meetingRequestType;
        request.sender = meeting.organizer;
        request.dateTimeSent = s.now();
        return request;
    }
}
