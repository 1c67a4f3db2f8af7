package org.lmsexchange.sandbox.ops;

import org.lmsexchange.sandbox.store.Attendee;
import org.lmsexchange.sandbox.store.MailItem;

/**
 * What an organizer's update does to the answers recorded on their calendar item (t:Attendee's ResponseType and
 * LastResponseTime, EWS reference "Attendee"):
 * <ul>
 * <li>An attendee who stays keeps their answer, also when the update sets the attendee list anew, which is how an
 * EWS client adds or removes someone ("Update meetings by using EWS in Exchange": RequiredAttendees.Add, then
 * Update with SendToChanged): only the people added or removed are concerned.</li>
 * <li>A meeting moved in time is a significant change (MS-OXOCAL 3.1.4.7.3.1 "Detecting a Significant Change to the
 * Meeting Object": a new start, end or recurrence makes the update a full one, mtgFull): every attendee is asked to
 * answer again, so every recorded answer goes back to NoResponseReceived. Any other change (subject, body,
 * location) is an informational update (mtgInfo), as the update mail says ({@link MeetingMail}): answers stay.</li>
 * </ul>
 */
final class RecordedAnswers {

    private RecordedAnswers() {
    }

    /** Sets the answers of {@code after}, the meeting as updated, from {@code before}, the meeting as it was. */
    static void afterUpdate(MailItem before, MailItem after) {
        boolean askedAgain = MeetingMail.timeChanged(before, after);
        for (Attendee attendee : after.allAttendees()) {
            if (askedAgain) {
                attendee.clearResponse();
            } else {
                before.attendee(attendee.mailbox()).ifPresent(attendee::keepResponseOf);
            }
        }
    }
}
