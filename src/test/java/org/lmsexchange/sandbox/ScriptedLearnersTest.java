package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.store.ResponseType;
import org.lmsexchange.sandbox.view.ItemView;

class ScriptedLearnersTest {

    @Test
    void scriptedLearnersAnswerNewInvitationsByThemselves() {
        try (EwsSandbox sandbox = EwsSandbox.builder()
                .scriptedAnswer("anna@example.com", Answer.ACCEPT, Duration.ofMillis(200))
                .scriptedAnswer("BEN@example.com", Answer.DECLINE, Duration.ZERO)
                .start()) {
            TestMeetings.invite(sandbox, "Safety 101", "anna@example.com", "ben@example.com", "cleo@example.com");

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                ItemView meeting = sandbox.meeting("Safety 101");
                assertThat(meeting.attendee("anna@example.com").responseType()).isEqualTo(ResponseType.Accept);
                assertThat(meeting.attendee("ben@example.com").responseType()).isEqualTo(ResponseType.Decline);
            });
            assertThat(sandbox.mailbox(sandbox.organizer()).items("inbox"))
                    .extracting(ItemView::subject)
                    .containsExactlyInAnyOrder("Accepted: Safety 101", "Declined: Safety 101");
            assertThat(sandbox.meeting("Safety 101").attendee("cleo@example.com").responseType())
                    .isEqualTo(ResponseType.NoResponseReceived);
        }
    }

    @Test
    void theDefaultAnswerCoversLearnersNotListed() {
        try (EwsSandbox sandbox = EwsSandbox.builder()
                .defaultScriptedAnswer(Answer.TENTATIVE, Duration.ZERO)
                .start()) {
            TestMeetings.invite(sandbox, "Safety 101", "anna@example.com");

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(sandbox.meeting("Safety 101").attendee("anna@example.com").responseType())
                            .isEqualTo(ResponseType.Tentative));
        }
    }

    @Test
    void updatesAreNotAnsweredAgain() {
        try (EwsSandbox sandbox = EwsSandbox.builder()
                .scriptedAnswer("anna@example.com", Answer.ACCEPT, Duration.ZERO)
                .start()) {
            String safety = TestMeetings.invite(sandbox, "Safety 101", "anna@example.com");
            await().atMost(Duration.ofSeconds(5)).until(() -> inboxSize(sandbox) == 1);

            // Answers run one after another in the order they were scheduled: once the answer to the second
            // invitation is in, an answer to the update, had one been scheduled, would be in too.
            TestMeetings.sendUpdate(sandbox, safety, "FullUpdate");
            TestMeetings.invite(sandbox, "First aid", "anna@example.com");
            await().atMost(Duration.ofSeconds(5)).until(() -> inboxSize(sandbox) >= 2);

            assertThat(sandbox.mailbox(sandbox.organizer()).items("inbox"))
                    .extracting(ItemView::subject)
                    .containsExactly("Accepted: Safety 101", "Accepted: First aid");
        }
    }

    private static int inboxSize(EwsSandbox sandbox) {
        return sandbox.mailbox(sandbox.organizer()).items("inbox").size();
    }
}
