package org.lmsexchange.lms;

/** What became of one learner's reply. Only NOT_ON_ROSTER leaves it in the inbox; the others are processed. */
public enum ReplyOutcome {
    /** The sender has no booking on the event: not our learner's answer, left for a person to read. */
    NOT_ON_ROSTER,
    /** The learner sent it before the answer already applied: the booking keeps the later answer. */
    SUPERSEDED,
    /** This very reply was applied before; only its deletion was pending. */
    ALREADY_APPLIED,
    /** The booking now shows this answer. */
    APPLIED;

    /** Whether the reply may be deleted from the inbox. */
    public boolean isProcessed() {
        return this != NOT_ON_ROSTER;
    }
}
