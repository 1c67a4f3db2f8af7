package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.LearnerAnswer;

/**
 * The latest answer wins by the time the learner sent it, not by the order the connector reads the answers; a sent
 * time later than the time Exchange received the answer, by more than camel.component.ews.sent-time-tolerance,
 * counts as the time received.
 */
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

    @Test
    void anAnswerDatedFarInTheFutureCountsAsSentWhenExchangeReceivedIt() {
        String uid = awaitMeeting(lms.event("EVT-FUTURE").booked(ADA).insert());
        Instant year2099 = Instant.parse("2099-01-01T00:00:00Z");

        try (CapturedLog log = CapturedLog.capture()) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            // the learner's clock is set to 2099
            String future = answer(ADA, uid, Answer.ACCEPT, year2099);
            Instant after = Instant.now();
            eventually().untilAsserted(() -> assertThat(lms.booking("EVT-FUTURE", ADA)).containsEntry("response", "ACCEPTED"));
            eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());

            // her answer sent now, with her clock right again, is the later one
            answer(ADA, uid, Answer.DECLINE, Instant.now());
            eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
            assertThat(lms.booking("EVT-FUTURE", ADA)).containsEntry("status", "CANCELLED").containsEntry("response", "DECLINED");

            assertThat(log.count(Level.WARN, "")).as(log.everything()).isEqualTo(1);
            Matcher warning = Pattern.compile("Meeting response " + future + " from ada@example.com says it was sent at "
                    + year2099 + ", more than 300 s after Exchange received it at (\\S+):").matcher(log.everything());
            assertThat(warning.find()).as(log.everything()).isTrue();
            assertThat(Instant.parse(warning.group(1))).isBetween(before, after);
        }
    }

    @Test
    void anAnswerSentALittleAfterItWasReceivedKeepsItsSentTime() {
        String uid = awaitMeeting(lms.event("EVT-SKEW").booked(ADA).insert());

        try (CapturedLog log = CapturedLog.capture()) {
            // a sender's clock two minutes fast is within the tolerance: the answer keeps its sent time, and one
            // sent (and received) after it, but dated before it, does not win
            answer(ADA, uid, Answer.ACCEPT, Instant.now().plus(Duration.ofMinutes(2)));
            eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
            answer(ADA, uid, Answer.TENTATIVE, Instant.now());
            eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());

            assertThat(lms.booking("EVT-SKEW", ADA)).containsEntry("status", "BOOKED").containsEntry("response", "ACCEPTED");
            assertThat(log.count(Level.WARN, "")).as(log.everything()).isZero();
        }
    }

    private String answer(String learner, String uid, Answer answer, Instant sentAt) {
        return sandbox.respond(LearnerAnswer.builder(learner, uid, answer).sentAt(sentAt).build());
    }
}
