package org.lmsexchange.lms;

import java.util.List;
import org.lmsexchange.ews.model.AttendeesToAdd;
import org.lmsexchange.ews.model.AttendeesToRemove;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.Invitee;
import org.lmsexchange.ews.model.MeetingUpdate;

/**
 * What one change in the LMS asks of a created meeting ({@link MeetingChanges}): cancel it, or any of new fields,
 * attendees to add and attendees to remove. The route sends each part that is there, in that order (a learner added
 * after an update is invited to the meeting as it is now), then records what was sent.
 *
 * @param meeting   the meeting as recorded
 * @param cancel    the event was cancelled or deleted in the LMS: the meeting is cancelled, and nothing else sent
 * @param update    the meeting's new fields, or null when they are unchanged
 * @param additions the learners to invite, or null when none
 * @param removals  the attendees to take off, or null when none
 * @param attendees the attendees the meeting has once the change is sent, to record
 */
public record MeetingChange(CreatedMeeting meeting, boolean cancel, MeetingUpdate update, AttendeesToAdd additions,
                            AttendeesToRemove removals, List<Invitee> attendees) {

    public MeetingChange {
        attendees = List.copyOf(attendees);
    }

    /** Whether the LMS matches what was last sent after all: nothing to cancel, update, add or remove. */
    public boolean sendsNothing() {
        return !cancel && update == null && additions == null && removals == null;
    }

    /** What is sent, in one line for the log. */
    public String description() {
        if (sendsNothing()) {
            return "Event " + meeting.eventId() + ": the LMS matches what was last sent; nothing to send";
        }
        if (cancel) {
            return "Event " + meeting.eventId() + " was cancelled in the LMS: its meeting (uid " + meeting.uid()
                    + ") is cancelled, every attendee told";
        }
        StringBuilder what = new StringBuilder("Event " + meeting.eventId() + " changed in the LMS:");
        if (update != null) {
            what.append(" meeting updated ('").append(update.subject()).append("', ").append(update.start())
                    .append(" - ").append(update.end()).append(", ").append(update.timeZone())
                    .append("), every attendee told;");
        }
        if (additions != null) {
            what.append(" invited ").append(additions.invitees().stream().map(Invitee::email).toList())
                    .append(" (only them);");
        }
        if (removals != null) {
            what.append(" removed ").append(removals.addresses()).append(" (only them told);");
        }
        return what.substring(0, what.length() - 1);
    }
}
