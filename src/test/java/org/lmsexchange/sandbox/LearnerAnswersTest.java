package org.lmsexchange.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.LearnerAnswer;
import org.lmsexchange.sandbox.learners.UnknownMeetingException;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.store.ResponseType;
import org.lmsexchange.sandbox.view.ItemView;

class LearnerAnswersTest {

    private static final String ANNA = "anna@example.com";
    private static final String BEN = "ben@example.com";

    private final EwsSandbox sandbox = EwsSandbox.builder().start();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void anAcceptArrivesInTheOrganizersInboxAndShowsOnTheCalendarItem() {
        String uid = TestMeetings.invite(sandbox, "Safety 101", ANNA, BEN);
        ItemView meeting = sandbox.meeting("Safety 101");

        String responseId = sandbox.learner(ANNA).accept(uid);

        ItemView response = onlyItem(sandbox.mailbox(sandbox.organizer()).items("inbox"));
        assertThat(response.id()).isEqualTo(responseId);
        assertThat(response.kind()).isEqualTo(ItemKind.MEETING_RESPONSE);
        assertThat(response.itemClass()).isEqualTo("IPM.Schedule.Meeting.Resp.Pos");
        assertThat(response.responseType()).isEqualTo(ResponseType.Accept);
        assertThat(response.subject()).isEqualTo("Accepted: Safety 101");
        assertThat(response.from()).isEqualTo(ANNA);
        assertThat(response.sender()).isEqualTo(ANNA);
        assertThat(response.delegated()).isFalse();
        assertThat(response.uid()).isEqualTo(uid);
        assertThat(response.associatedCalendarItemId()).isEqualTo(meeting.id());
        assertThat(response.start()).isEqualTo(TestMeetings.START);
        assertThat(response.end()).isEqualTo(TestMeetings.END);
        assertThat(response.location()).isEqualTo("Training room 2");
        assertThat(response.dateTimeSent()).isNotNull();
        assertThat(response.dateTimeReceived()).isNotNull();

        ItemView answered = sandbox.meeting("Safety 101");
        assertThat(answered.attendee(ANNA).responseType()).isEqualTo(ResponseType.Accept);
        assertThat(answered.attendee(ANNA).lastResponseTime()).isEqualTo(response.dateTimeSent());
        assertThat(answered.attendee(BEN).responseType()).isEqualTo(ResponseType.NoResponseReceived);
    }

    @Test
    void anAnswerIsFromTheLearnersMailboxAsTheOrganizationSpellsIt() {
        try (EwsSandbox spelled = EwsSandbox.builder().mailbox("Anna.Smith@Example.COM").start()) {
            String uid = TestMeetings.invite(spelled, "Safety 101", "anna.smith@example.com");

            spelled.learner("anna.smith@example.com").accept(uid);

            ItemView response = onlyItem(spelled.mailbox(spelled.organizer()).items("inbox"));
            assertThat(response.from()).isEqualTo("Anna.Smith@Example.COM");
            assertThat(response.sender()).isEqualTo("Anna.Smith@Example.COM");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "TENTATIVE, IPM.Schedule.Meeting.Resp.Tent, Tentative, Tentative: Safety 101",
        "DECLINE,   IPM.Schedule.Meeting.Resp.Neg,  Decline,   Declined: Safety 101"})
    void tentativeAndDeclineAreLabelledAsExchangeLabelsThem(Answer answer, String itemClass,
                                                            ResponseType responseType, String subject) {
        String uid = TestMeetings.invite(sandbox, "Safety 101", ANNA);

        sandbox.learner(ANNA).answer(uid, answer);

        ItemView response = onlyItem(sandbox.mailbox(sandbox.organizer()).items("inbox"));
        assertThat(response.itemClass()).isEqualTo(itemClass);
        assertThat(response.responseType()).isEqualTo(responseType);
        assertThat(response.subject()).isEqualTo(subject);
        assertThat(sandbox.meeting("Safety 101").attendee(ANNA).responseType()).isEqualTo(responseType);
    }

    @Test
    void aDelegatesAnswerIsFromTheLearnerAndSentByTheDelegate() {
        String uid = TestMeetings.invite(sandbox, "Safety 101", ANNA);

        sandbox.respond(LearnerAnswer.builder(ANNA, uid, Answer.DECLINE)
                .delegate("assistant@example.com")
                .comment("Anna is on leave that week.")
                .proposedTime(TestMeetings.START.plusSeconds(86_400), TestMeetings.END.plusSeconds(86_400))
                .build());

        ItemView response = onlyItem(sandbox.mailbox(sandbox.organizer()).items("inbox"));
        assertThat(response.from()).isEqualTo(ANNA);
        assertThat(response.sender()).isEqualTo("assistant@example.com");
        assertThat(response.delegated()).isTrue();
        assertThat(response.body()).isEqualTo("Anna is on leave that week.");
        assertThat(response.proposedStart()).isEqualTo(TestMeetings.START.plusSeconds(86_400));
        assertThat(response.proposedEnd()).isEqualTo(TestMeetings.END.plusSeconds(86_400));
        assertThat(sandbox.meeting("Safety 101").attendee(ANNA).responseType()).isEqualTo(ResponseType.Decline);
    }

    @Test
    void anOlderAnswerArrivingLateDoesNotOverwriteANewerOne() {
        String uid = TestMeetings.invite(sandbox, "Safety 101", ANNA);
        Instant monday = Instant.parse("2030-02-04T08:00:00Z");
        Instant tuesday = Instant.parse("2030-02-05T08:00:00Z");

        sandbox.respond(LearnerAnswer.builder(ANNA, uid, Answer.DECLINE).sentAt(tuesday).build());
        sandbox.respond(LearnerAnswer.builder(ANNA, uid, Answer.ACCEPT).sentAt(monday).build());

        assertThat(sandbox.mailbox(sandbox.organizer()).items("inbox")).hasSize(2);
        assertThat(sandbox.meeting("Safety 101").attendee(ANNA))
                .satisfies(a -> assertThat(a.responseType()).isEqualTo(ResponseType.Decline))
                .satisfies(a -> assertThat(a.lastResponseTime()).isEqualTo(tuesday));
    }

    @Test
    void answersToUnknownMeetingsOrFromStrangersAreRefused() {
        String uid = TestMeetings.invite(sandbox, "Safety 101", ANNA);

        assertThatThrownBy(() -> sandbox.learner(ANNA).accept("no-such-uid"))
                .isInstanceOf(UnknownMeetingException.class)
                .hasMessageContaining("no-such-uid");
        assertThatThrownBy(() -> sandbox.learner("stranger@example.com").accept(uid))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stranger@example.com is not an attendee of the meeting 'Safety 101'");
        assertThat(sandbox.mailbox(sandbox.organizer()).items("inbox")).isEmpty();
    }

    @Test
    void meetingsAreFoundBySubjectAndLearnersSeeWhatTheyReceived() {
        String safety = TestMeetings.invite(sandbox, "Safety 101", ANNA, BEN);
        String firstAid = TestMeetings.invite(sandbox, "First aid", ANNA);
        TestMeetings.sendUpdate(sandbox, safety, "FullUpdate");

        assertThat(sandbox.meetings()).extracting(ItemView::uid).containsExactly(safety, firstAid);
        assertThat(sandbox.meeting("First aid").uid()).isEqualTo(firstAid);
        assertThatThrownBy(() -> sandbox.meeting("Fire drill")).isInstanceOf(UnknownMeetingException.class);
        assertThat(sandbox.received(ANNA))
                .extracting(ItemView::subject, ItemView::meetingRequestType)
                .containsExactly(
                        tuple("Safety 101", "NewMeetingRequest"),
                        tuple("First aid", "NewMeetingRequest"),
                        tuple("Safety 101", "FullUpdate"));
        assertThat(sandbox.received("nobody@example.com")).isEmpty();
        assertThat(sandbox.mailboxes()).containsExactly(ANNA, BEN, sandbox.organizer());
    }

    private static ItemView onlyItem(List<ItemView> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
