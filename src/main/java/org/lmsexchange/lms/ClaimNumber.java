package org.lmsexchange.lms;

/**
 * Numbers the claims on one event (connector_meeting.attempts). A run writes its outcome only where the row still
 * carries its own number, so a run that was taken for crashed, and whose event another run claimed anew, cannot
 * overwrite the newer run's outcome.
 */
public final class ClaimNumber {

    private ClaimNumber() {
    }

    /** The number of the next claim: 1 for an event never claimed. */
    public static int after(Number previousAttempts) {
        return previousAttempts == null ? 1 : previousAttempts.intValue() + 1;
    }
}
