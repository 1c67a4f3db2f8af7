package org.lmsexchange.app;

import org.junit.jupiter.api.Test;

/** By default (connector.policy.out-of-date-answers = apply) an answer to the meeting before it moved counts. */
class OutOfDateAnswerAppliedTest extends OutOfDateAnswersTestSupport {

    @Test
    void anAnswerToTheMeetingBeforeItMovedStillCounts() throws Exception {
        answerThenMove("STALE-APPLY");

        assertBooking("STALE-APPLY", ADA, "BOOKED", "ACCEPTED");
    }
}
