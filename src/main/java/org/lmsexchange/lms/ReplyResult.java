package org.lmsexchange.lms;

import java.util.List;
import org.lmsexchange.ews.model.MeetingReply;

/**
 * What applying one reply did, for the route to decide the reply's fate and to tell it ({@link #description()}).
 *
 * @param reply            the reply applied
 * @param outcome          what became of it
 * @param eventId          the LMS event of its meeting; null for a meeting the connector has no record of
 * @param bookingsUpdated  the booking rows the update changed (0 unless APPLIED)
 * @param status           the status the policy wrote (APPLIED), else null
 * @param response         the response the policy wrote (APPLIED), else null
 * @param bookingStatuses  the statuses of the learner's bookings on the event, as found (e.g. [CANCELLED])
 */
public record ReplyResult(MeetingReply reply, ReplyOutcome outcome, String eventId, int bookingsUpdated,
                          String status, String response, List<String> bookingStatuses) {

    public ReplyResult {
        bookingStatuses = List.copyOf(bookingStatuses);
    }

    static ReplyResult notOurMeeting(MeetingReply reply) {
        return new ReplyResult(reply, ReplyOutcome.NOT_OUR_MEETING, null, 0, null, null, List.of());
    }

    static ReplyResult unchanged(MeetingReply reply, ReplyOutcome outcome, String eventId,
                                 List<String> bookingStatuses) {
        return new ReplyResult(reply, outcome, eventId, 0, null, null, bookingStatuses);
    }

    /** Not ours, or not from someone on the roster: the reply stays in the inbox for a person to read. */
    public boolean leftForAPerson() {
        return outcome == ReplyOutcome.NOT_OUR_MEETING || outcome == ReplyOutcome.NOT_ON_ROSTER;
    }

    /**
     * The reply has done all it will do to the LMS (applied, or found to change nothing): it may go. Named outcome by
     * outcome, not as "not left for a person": an outcome added later stays in the inbox until it is named here.
     */
    public boolean processed() {
        return switch (outcome) {
            case APPLIED, EVENT_CANCELLED, OUT_OF_DATE, NO_ACTIVE_BOOKING, SUPERSEDED, ALREADY_APPLIED -> true;
            default -> false;
        };
    }

    /** What became of the reply, in one line for the log. */
    public String description() {
        String learner = reply.attendee();
        return switch (outcome) {
            case NOT_OUR_MEETING ->
                    "Left in the inbox: a reply from " + learner + " to a meeting the connector has no record of";
            case NOT_ON_ROSTER ->
                    "Left in the inbox: a reply from " + learner + ", who is not on the roster of event " + eventId;
            case EVENT_CANCELLED -> "Event " + eventId + " was cancelled: the answer " + reply.answer() + " of "
                    + learner + " changes nothing";
            case OUT_OF_DATE -> "Event " + eventId + ": " + learner + " answered " + reply.answer()
                    + " to an earlier version of the meeting (connector.policy.out-of-date-answers = ignore); "
                    + "booking unchanged";
            case NO_ACTIVE_BOOKING -> "Event " + eventId + ": " + learner + " answered " + reply.answer()
                    + ", but has no active booking (bookings: " + bookingStatuses + "); nothing changed";
            case SUPERSEDED -> "Event " + eventId + ": " + learner + " answered " + reply.answer()
                    + " earlier than an answer already applied; booking unchanged";
            case ALREADY_APPLIED -> "Event " + eventId + ": the answer of " + learner
                    + " was applied before; only its deletion was pending";
            case APPLIED -> "Booking of " + learner + " on event " + eventId + ": answered " + reply.answer()
                    + ", booking now " + status + " / " + response + " (booking rows updated: " + bookingsUpdated + ")";
        };
    }
}
