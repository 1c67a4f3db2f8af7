package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.LearnerAnswer;

/** The latest answer wins by the time the learner sent it, not by the order the connector reads the answers. */
@Tag("time-handling")
class LatestAnswerWinsTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";
    private static final String BRIAN = "brian@example.com";

    @Test
    void anAnswerSentBeforeTheAppliedOneChangesNothingAndIsDeleted() {
        String uid = awaitMeeting(lms.event("EVT-ORDER").booked(ADA, BRIAN).insert());
        Instant declinedAt = Instant.now();

        answer(ADA, uid, Answer.DECLINE, declinedAt);
        eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
        assertThat(lms.booking("EVT-ORDER", ADA)).containsEntry("status", "CANCELLED").containsEntry("response", "DECLINED");

        // an Accept the learner sent an hour before the Decline, arriving only now
        answer(ADA, uid, Answer.ACCEPT, declinedAt.minus(Duration.ofHours(1)));
        eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
        assertThat(lms.booking("EVT-ORDER", ADA)).containsEntry("status", "CANCELLED").containsEntry("response", "DECLINED");

        // a Tentative sent after the Decline: her booking is cancelled, the seat freed; the answer revives nothing
        answer(ADA, uid, Answer.TENTATIVE, declinedAt.plus(Duration.ofMinutes(1)));
        eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
        assertThat(lms.booking("EVT-ORDER", ADA)).containsEntry("status", "CANCELLED").containsEntry("response", "DECLINED");
    }

    @Test
    void aLaterSentAnswerWinsOverTheAppliedOne() {
        String uid = awaitMeeting(lms.event("EVT-MIND").booked(ADA).insert());
        Instant acceptedAt = Instant.now();

        answer(ADA, uid, Answer.ACCEPT, acceptedAt);
        eventually().untilAsserted(() -> assertThat(lms.booking("EVT-MIND", ADA)).containsEntry("response", "ACCEPTED"));
        answer(ADA, uid, Answer.TENTATIVE, acceptedAt.plus(Duration.ofMinutes(1)));

        eventually().untilAsserted(() -> assertThat(lms.booking("EVT-MIND", ADA))
                .containsEntry("status", "BOOKED").containsEntry("response", "TENTATIVE"));
        eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
    }

    @Test
    void theLaterSentAnswerWinsWhenBothArriveTogetherInReverseOrder() {
        String uid = awaitMeeting(lms.event("EVT-TOGETHER").booked(ADA, BRIAN).insert());
        Instant now = Instant.now();

        answer(BRIAN, uid, Answer.DECLINE, now);
        answer(BRIAN, uid, Answer.TENTATIVE, now.minus(Duration.ofMinutes(5)));

        eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
        assertThat(lms.booking("EVT-TOGETHER", BRIAN)).containsEntry("status", "CANCELLED").containsEntry("response", "DECLINED");
        assertThat(lms.booking("EVT-TOGETHER", ADA)).containsEntry("status", "BOOKED").containsEntry("response", null);
    }

    private void answer(String learner, String uid, Answer answer, Instant sentAt) {
        sandbox.respond(LearnerAnswer.builder(learner, uid, answer).sentAt(sentAt).build());
    }
}
