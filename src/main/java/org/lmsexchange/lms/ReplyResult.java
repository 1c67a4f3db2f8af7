package org.lmsexchange.lms;

import java.util.List;

/**
 * What applying one reply did, for the route to log and to decide the reply's fate.
 *
 * @param outcome          what became of it
 * @param eventId          the LMS event of its meeting; null for a meeting the connector has no record of
 * @param bookingsUpdated  the booking rows the update changed (0 unless APPLIED)
 * @param status           the status the policy wrote (APPLIED), else null
 * @param response         the response the policy wrote (APPLIED), else null
 * @param bookingStatuses  the statuses of the learner's bookings on the event, as found (e.g. [CANCELLED])
 */
public record ReplyResult(ReplyOutcome outcome, String eventId, int bookingsUpdated, String status, String response,
                          List<String> bookingStatuses) {

    public ReplyResult {
        bookingStatuses = List.copyOf(bookingStatuses);
    }

    static ReplyResult notOurMeeting() {
        return new ReplyResult(ReplyOutcome.NOT_OUR_MEETING, null, 0, null, null, List.of());
    }

    static ReplyResult unchanged(ReplyOutcome outcome, String eventId, List<String> bookingStatuses) {
        return new ReplyResult(outcome, eventId, 0, null, null, bookingStatuses);
    }
}
