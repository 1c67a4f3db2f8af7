package org.lmsexchange.app;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** With connector.policy.out-of-date-answers = ignore an answer to the meeting before it moved changes nothing. */
class OutOfDateAnswerIgnoredTest extends OutOfDateAnswersTestSupport {

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.setProperty("connector.policy.out-of-date-answers", "ignore");
        return settings;
    }

    @Test
    void anAnswerToTheMeetingBeforeItMovedIsProcessedAndChangesNothing() throws Exception {
        answerThenMove("STALE-IGNORE");

        assertBooking("STALE-IGNORE", ADA, "BOOKED", null);
    }
}
