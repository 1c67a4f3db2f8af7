package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.LearnerAnswer;

/** With camel.component.ews.accept-sent-on-behalf = true, an answer sent in the learner's name is applied. */
class SentOnBehalfAcceptedTest extends ConnectorTestSupport {

    private static final String BRIAN = "brian@example.com";

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.setProperty("camel.component.ews.accept-sent-on-behalf", "true");
        return settings;
    }

    @Test
    void anAnswerSentInTheLearnersNameIsAppliedWhenAllowed() {
        String uid = awaitMeeting(lms.event("EVT-ALLOWED").booked(BRIAN).insert());

        sandbox.respond(LearnerAnswer.builder(BRIAN, uid, Answer.DECLINE).sentBy("office@example.com").build());

        eventually().untilAsserted(() -> assertThat(inboxIds()).isEmpty());
        assertThat(lms.booking("EVT-ALLOWED", BRIAN)).containsEntry("status", "CANCELLED").containsEntry("response", "DECLINED");
    }
}
