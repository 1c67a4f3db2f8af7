package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
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

    /**
     * A new time reaches every attendee as a FullUpdate and takes their answers back on the organizer's meeting, as
     * Exchange does: each scripted learner answers it by their script, once, also Ben, who declined by hand since.
     */
    @Test
    void aFullUpdateIsAnsweredByTheScriptAgain() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder()
                .scriptedAnswer("anna@example.com", Answer.ACCEPT, Duration.ZERO)
                .scriptedAnswer("ben@example.com", Answer.TENTATIVE, Duration.ZERO)
                .start();
             ExchangeService organizer = Clients.basicClient(sandbox)) {
            Appointment meeting = invite(organizer, "Safety 101", "anna@example.com", "ben@example.com");
            await().atMost(Duration.ofSeconds(5)).until(() -> inboxSize(sandbox) == 2);
            sandbox.learner("ben@example.com").decline(sandbox.meeting("Safety 101").uid());

            meeting.setStart(Date.from(TestMeetings.START.plus(Duration.ofHours(1))));
            meeting.setEnd(Date.from(TestMeetings.END.plus(Duration.ofHours(1))));
            meeting.update(ConflictResolutionMode.AlwaysOverwrite,
                    SendInvitationsOrCancellationsMode.SendToAllAndSaveCopy);
            answeredEverythingScheduled(sandbox, organizer);

            assertThat(sandbox.received("ben@example.com")).extracting(ItemView::meetingRequestType)
                    .containsExactly("NewMeetingRequest", "FullUpdate");
            assertThat(sandbox.mailbox(sandbox.organizer()).items("inbox"))
                    .extracting(response -> response.from() + " " + response.subject())
                    .containsExactly(
                            "anna@example.com Accepted: Safety 101",
                            "ben@example.com Tentative: Safety 101",
                            "ben@example.com Declined: Safety 101",
                            "anna@example.com Accepted: Safety 101",
                            "ben@example.com Tentative: Safety 101",
                            "anna@example.com Accepted: First aid");
            ItemView moved = sandbox.meeting("Safety 101");
            assertThat(moved.start()).isEqualTo(TestMeetings.START.plus(Duration.ofHours(1)));
            assertThat(moved.attendee("anna@example.com").responseType()).isEqualTo(ResponseType.Accept);
            assertThat(moved.attendee("ben@example.com").responseType()).isEqualTo(ResponseType.Tentative);
        }
    }

    /** A new title is an InformationalUpdate: it asks nothing, so nobody answers, and the answer recorded stays. */
    @Test
    void anInformationalUpdateIsNotAnswered() throws Exception {
        try (EwsSandbox sandbox = EwsSandbox.builder()
                .scriptedAnswer("anna@example.com", Answer.ACCEPT, Duration.ZERO)
                .start();
             ExchangeService organizer = Clients.basicClient(sandbox)) {
            Appointment meeting = invite(organizer, "Safety 101", "anna@example.com");
            await().atMost(Duration.ofSeconds(5)).until(() -> inboxSize(sandbox) == 1);

            meeting.setSubject("Safety 101 (advanced)");
            meeting.update(ConflictResolutionMode.AlwaysOverwrite,
                    SendInvitationsOrCancellationsMode.SendToAllAndSaveCopy);
            answeredEverythingScheduled(sandbox, organizer);

            assertThat(sandbox.received("anna@example.com"))
                    .extracting(request -> request.meetingRequestType() + " " + request.subject())
                    .containsExactly("NewMeetingRequest Safety 101", "InformationalUpdate Safety 101 (advanced)",
                            "NewMeetingRequest First aid");
            assertThat(sandbox.mailbox(sandbox.organizer()).items("inbox"))
                    .extracting(ItemView::subject)
                    .containsExactly("Accepted: Safety 101", "Accepted: First aid");
            assertThat(sandbox.meeting("Safety 101 (advanced)").attendee("anna@example.com").responseType())
                    .isEqualTo(ResponseType.Accept);
        }
    }

    /** The organizer's meeting, created through EWS with the learners as required attendees, who are invited. */
    private static Appointment invite(ExchangeService organizer, String subject, String... learners) throws Exception {
        Appointment meeting = new Appointment(organizer);
        meeting.setSubject(subject);
        meeting.setStart(Date.from(TestMeetings.START));
        meeting.setEnd(Date.from(TestMeetings.END));
        for (String learner : learners) {
            meeting.getRequiredAttendees().add(learner);
        }
        meeting.save(SendInvitationsMode.SendToAllAndSaveCopy);
        return meeting;
    }

    /**
     * Waits until Anna has answered one more invitation. Answers run one after another in the order they were
     * scheduled: once the answer to that invitation is in, every answer scheduled before it is in too.
     */
    private static void answeredEverythingScheduled(EwsSandbox sandbox, ExchangeService organizer) throws Exception {
        invite(organizer, "First aid", "anna@example.com");
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.mailbox(sandbox.organizer()).items("inbox").stream()
                .anyMatch(response -> "Accepted: First aid".equals(response.subject())));
    }

    private static int inboxSize(EwsSandbox sandbox) {
        return sandbox.mailbox(sandbox.organizer()).items("inbox").size();
    }
}
