package org.lmsexchange.lms;

/** What became of one learner's reply. The first two leave it in the inbox; the others are processed. */
public enum ReplyOutcome {
    /** A reply to a meeting the connector has no record of: not ours, left for a person to read. */
    NOT_OUR_MEETING,
    /** The sender has no booking on the event at all: not our learner's answer, left for a person to read. */
    NOT_ON_ROSTER,
    /** The event was cancelled in the LMS and its meeting with it: an answer changes nothing. */
    EVENT_CANCELLED,
    /**
     * The answer was sent to an earlier version of the meeting (Exchange marks it out of date), and the policy
     * ignores such answers (connector.policy.out-of-date-answers = ignore): nothing to change.
     */
    OUT_OF_DATE,
    /** The learner's bookings on the event are all cancelled (or otherwise not active): nothing to change. */
    NO_ACTIVE_BOOKING,
    /** The learner sent it before the answer already applied: the booking keeps the later answer. */
    SUPERSEDED,
    /** This very reply was applied before; only its deletion was pending. */
    ALREADY_APPLIED,
    /** The learner's active booking now shows this answer. */
    APPLIED
}
