package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.OrganizersOutlook;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * Changes in the LMS after the meeting exists reach Exchange, and only the learners concerned get mail: a moved or
 * renamed event updates the meeting for every attendee; a late booking invites that learner alone; a cancelled
 * booking takes that learner off alone (not one whose own Decline cancelled it); a cancelled event cancels the
 * meeting for everyone, and an answer to it changes nothing. What was sent is recorded, so nothing is sent twice.
 */
class MeetingChangesTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";
    private static final String BRIAN = "brian@example.com";
    private static final String CHEN = "chen@example.com";
    private static final String DANA = "dana@example.com";
    private static final String NEW_REQUEST = "NewMeetingRequest";

    @Test
    void aMovedAndRenamedEventUpdatesTheMeetingAndEveryAttendeeGetsOneUpdate() {
        lms.event("MOVE").title("Forklift safety").booked(ADA, BRIAN).insert();
        String uid = awaitMeeting("MOVE");
        Instant later = meetingOf("MOVE").start().plus(Duration.ofDays(1)).plus(Duration.ofHours(1));

        lms.update("UPDATE lms_event SET title = ?, starts_at = ?, ends_at = ? WHERE id = ?",
                "Forklift safety – Tag 2", later, later.plus(Duration.ofHours(3)), "MOVE");

        eventually().untilAsserted(() -> {
            ItemView meeting = meetingOf("MOVE");
            assertThat(meeting.subject()).isEqualTo("Forklift safety – Tag 2");
            assertThat(meeting.start()).isEqualTo(later);
            assertThat(meeting.end()).isEqualTo(later.plus(Duration.ofHours(3)));
        });
        for (String learner : List.of(ADA, BRIAN)) {
            eventually().untilAsserted(() -> assertThat(mail(learner, uid)).as(learner)
                    .extracting(ItemView::meetingRequestType).containsExactly(NEW_REQUEST, "FullUpdate"));
        }
        eventually().untilAsserted(() -> assertThat(lms.sent("MOVE"))
                .containsEntry("sent_subject", "Forklift safety – Tag 2").containsEntry("change_claimed_at", null));
        // recorded: a later change (a booking) sends no second update
        lms.book("MOVE", CHEN);
        eventually().untilAsserted(() -> assertThat(mail(CHEN, uid)).hasSize(1));
        assertThat(mail(ADA, uid)).hasSize(2);
        assertThat(mail(CHEN, uid).get(0).start()).isEqualTo(later);
    }

    @Test
    void aLateBookingInvitesThatLearnerAloneAndACancelledBookingRemovesThatLearnerAlone() {
        lms.event("ROSTER").booked(ADA, BRIAN).insert();
        String uid = awaitMeeting("ROSTER");

        lms.book("ROSTER", "  Dana@Example.COM ");
        lms.update("UPDATE lms_booking SET status = 'CANCELLED' WHERE event_id = ? AND learner_email = ?", "ROSTER", BRIAN);

        eventually().untilAsserted(() -> assertThat(meetingOf("ROSTER").attendees()).extracting(a -> a.address())
                .containsExactlyInAnyOrder(ADA, DANA));
        eventually().untilAsserted(() -> assertThat(mail(DANA, uid)).extracting(ItemView::meetingRequestType)
                .containsExactly(NEW_REQUEST));
        eventually().untilAsserted(() -> assertThat(mail(BRIAN, uid)).hasSize(2)
                .last().satisfies(mail -> assertThat(mail.subject()).startsWith("Canceled:")));
        eventually().untilAsserted(() -> assertThat(lms.attendees("ROSTER")).containsExactly(ADA, DANA));
        assertThat(mail(ADA, uid)).hasSize(1);
    }

    @Test
    void aLearnerWhoseDeclineCancelledTheBookingKeepsTheMeetingTheyDeclined() {
        lms.event("DECLINE").booked(ADA, CHEN).insert();
        String uid = awaitMeeting("DECLINE");
        sandbox.learner(CHEN).decline(uid);
        eventually().untilAsserted(() -> assertBooking("DECLINE", CHEN, "CANCELLED", "DECLINED"));

        // a change after the decline: the change pass that invites Dana leaves Chen on the meeting, untold
        lms.book("DECLINE", DANA);

        eventually().untilAsserted(() -> assertThat(mail(DANA, uid)).hasSize(1));
        eventually().untilAsserted(() -> assertThat(lms.attendees("DECLINE")).containsExactly(ADA, CHEN, DANA));
        assertThat(meetingOf("DECLINE").attendees()).extracting(a -> a.address()).contains(CHEN);
        assertThat(mail(CHEN, uid)).extracting(ItemView::meetingRequestType).containsExactly(NEW_REQUEST);
    }

    @Test
    void aCancelledEventCancelsTheMeetingForEveryoneAndAnAnswerToItChangesNothing() throws Exception {
        lms.event("CANCEL").booked(ADA, BRIAN).insert();
        String uid = awaitMeeting("CANCEL");
        // a Decline sent before the cancellation is read after it
        holdAnswers();
        String decline = sandbox.learner(ADA).decline(uid);

        lms.update("UPDATE lms_event SET status = 'CANCELLED' WHERE id = ?", "CANCEL");

        eventually().untilAsserted(() -> assertThat(lms.meeting("CANCEL")).containsEntry("state", "CANCELLED"));
        for (String learner : List.of(ADA, BRIAN)) {
            assertThat(mail(learner, uid)).as(learner).hasSize(2).last().satisfies(mail -> {
                assertThat(mail.subject()).startsWith("Canceled:");
                assertThat(mail.body()).contains("This training event has been cancelled.");
            });
        }
        releaseAnswers();
        // processed (deleted), and the booking is left as the LMS has it
        eventually().untilAsserted(() -> assertThat(inboxIds()).doesNotContain(decline));
        assertBooking("CANCEL", ADA, "BOOKED", null);
    }

    @Test
    void anEventThatHasEndedIsNotChanged() {
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        lms.event("ENDED").startsAt(yesterday).booked(ADA).insert();
        String past = awaitMeeting("ENDED");
        lms.event("UPCOMING").booked(ADA).insert();
        String future = awaitMeeting("UPCOMING");

        lms.update("UPDATE lms_event SET title = ? WHERE id = ?", "Renamed afterwards", "ENDED");
        lms.book("ENDED", BRIAN);
        lms.update("UPDATE lms_event SET title = ? WHERE id = ?", "Renamed ahead", "UPCOMING");

        // changes are taken in event id order (ENDED before UPCOMING): once the upcoming event's update is out, the
        // ended one has been looked at
        eventually().untilAsserted(() -> assertThat(mail(ADA, future)).hasSize(2));
        assertThat(mail(ADA, past)).extracting(ItemView::meetingRequestType).containsExactly(NEW_REQUEST);
        assertThat(mail(BRIAN, past)).isEmpty();
        assertThat(lms.sent("ENDED")).containsEntry("sent_subject", "Course ENDED");
    }

    @Test
    void aMeetingDeletedInOutlookIsRecordedAsGoneAndNotRecreated() throws Exception {
        lms.event("GONE").booked(ADA).insert();
        awaitMeeting("GONE");
        Map<String, Object> row = lms.meeting("GONE");
        new OrganizersOutlook(sandbox).delete(new CreatedMeeting("GONE", (String) row.get("item_id"), null, (String) row.get("uid")));

        lms.update("UPDATE lms_event SET location = ? WHERE id = ?", "Room 7", "GONE");

        eventually().untilAsserted(() -> assertThat(lms.sent("GONE")).containsEntry("state", "GONE")
                .extractingByKey("change_error").asString().contains("no longer in the calendar"));
        assertThat(sandbox.meetings()).extracting(ItemView::uid).doesNotContain((String) row.get("uid"));
        assertThat(mail(ADA, (String) row.get("uid"))).hasSize(1);
    }

    @Test
    void aMeetingCreatedBeforeTheConnectorKeptWhatItSentIsRecordedWithoutMail() {
        lms.event("OLD").booked(ADA, BRIAN).insert();
        String uid = awaitMeeting("OLD");
        // as the connector left it before it kept what it sent
        lms.update("DELETE FROM connector_attendee WHERE event_id = ?", "OLD");
        lms.update("UPDATE connector_meeting SET sent_recorded = 0, sent_subject = NULL, sent_body = NULL, "
                + "sent_location = NULL, sent_start = NULL, sent_end = NULL, sent_time_zone = NULL WHERE event_id = ?",
                "OLD");

        eventually().untilAsserted(() -> assertThat(lms.sent("OLD")).containsEntry("sent_subject", "Course OLD")
                .extractingByKey("sent_recorded").asString().isEqualTo("1"));
        eventually().untilAsserted(() -> assertThat(lms.attendees("OLD")).containsExactly(ADA, BRIAN));
        // then changes are found again, and nothing was sent for the recording
        lms.update("UPDATE lms_event SET location = ? WHERE id = ?", "Room 9", "OLD");
        eventually().untilAsserted(() -> assertThat(meetingOf("OLD").location()).isEqualTo("Room 9"));
        eventually().untilAsserted(() -> assertThat(mail(ADA, uid)).extracting(ItemView::meetingRequestType)
                .containsExactly(NEW_REQUEST, "InformationalUpdate"));
    }

    /** The mail a learner received about one meeting (the sandbox serves every test of the class). */
    private List<ItemView> mail(String learner, String uid) {
        return sandbox.received(learner).stream().filter(mail -> uid.equals(mail.uid())).toList();
    }
}
