package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.LearnerAnswer;

/**
 * An answer counts as the learner's only when the learner sent it (Sender is From, compared as addresses are) or
 * Exchange marks it as sent by a delegate (IsDelegated). One that someone else sent in the learner's name stays in
 * the inbox, changes no booking and is reported once (camel.component.ews.accept-sent-on-behalf is off by default).
 */
class SentOnBehalfTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";
    private static final String BRIAN = "brian@example.com";
    private static final String CHEN = "chen@example.com";
    private static final String MALLORY = "mallory@example.org";

    @Test
    void anAnswerSentInTheLearnersNameBySomeoneElseIsLeftInTheInbox() {
        String uid = awaitMeeting(lms.event("EVT-BEHALF").booked(ADA, BRIAN, CHEN).insert());

        try (CapturedLog log = CapturedLog.capture()) {
            String forged = sandbox.respond(LearnerAnswer.builder(BRIAN, uid, Answer.DECLINE).sentBy(MALLORY).build());
            // a delegate's answer (IsDelegated) and the learner's own, her address spelled differently, are applied
            sandbox.respond(LearnerAnswer.builder(ADA, uid, Answer.DECLINE).delegate("assistant@example.com").build());
            sandbox.respond(LearnerAnswer.builder(CHEN, uid, Answer.TENTATIVE).sentBy("  Chen@Example.COM ").build());

            eventually().untilAsserted(() -> assertThat(inboxIds()).containsExactly(forged));
            assertThat(lms.booking("EVT-BEHALF", ADA)).containsEntry("status", "CANCELLED").containsEntry("response", "DECLINED");
            assertThat(lms.booking("EVT-BEHALF", CHEN)).containsEntry("status", "BOOKED").containsEntry("response", "TENTATIVE");

            long polls = sandbox.counters().snapshot().requests("FindItem");
            eventually().until(() -> sandbox.counters().snapshot().requests("FindItem") >= polls + 3);
            assertThat(lms.booking("EVT-BEHALF", BRIAN)).containsEntry("status", "BOOKED").containsEntry("response", null);
            assertThat(inboxIds()).containsExactly(forged);
            assertThat(log.count(Level.WARN, forged + " (subject 'Declined: Course EVT-BEHALF', from " + BRIAN
                    + ") was sent by " + MALLORY + " in the name of " + BRIAN)).as(log.everything()).isEqualTo(1);
            assertThat(log.count(Level.WARN, "")).as(log.everything()).isEqualTo(1);
        }
    }
}
