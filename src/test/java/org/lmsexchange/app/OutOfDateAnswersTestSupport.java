package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.lmsexchange.sandbox.StoredItems;

/**
 * An answer sent before the meeting moved, read after it: Exchange marks it out of date. What it does to the booking
 * is the policy's (connector.policy.out-of-date-answers); either way it leaves the inbox.
 */
abstract class OutOfDateAnswersTestSupport extends ConnectorTestSupport {

    static final String ADA = "ada@example.com";

    /** Ada accepts; before the answer is read, the event moves by a day; then the inbox is read. The answer's id. */
    String answerThenMove(String eventId) throws Exception {
        lms.event(eventId).booked(ADA).insert();
        String uid = awaitMeeting(eventId);
        holdAnswers();
        String answer = sandbox.learner(ADA).accept(uid);
        Instant later = meetingOf(eventId).start().plus(Duration.ofDays(1));
        lms.update("UPDATE lms_event SET starts_at = ?, ends_at = ? WHERE id = ?", later, later.plus(Duration.ofHours(2)),
                eventId);
        eventually().untilAsserted(() -> assertThat(meetingOf(eventId).start()).isEqualTo(later));
        assertThat(StoredItems.item(sandbox, answer).outOfDate).as("the answer is out of date").isTrue();
        releaseAnswers();
        eventually().untilAsserted(() -> assertThat(inboxIds()).doesNotContain(answer));
        return answer;
    }
}
