package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.learners.Answer;
import org.lmsexchange.sandbox.learners.LearnerAnswer;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * The whole loop as a training administrator and the learners see it: events in the LMS become meetings with one
 * invitation per learner, the learners' answers become booking changes, processed answers leave the service
 * account's inbox and all other mail stays.
 */
class WholeLoopTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";
    private static final String BRIAN = "brian@example.com";
    private static final String CHEN = "chen@example.com";
    private static final String DANA = "dana@example.com";
    private static final String EMIL = "emil@example.com";

    @Test
    void eventsBecomeMeetingsAndAnswersBecomeBookings() {
        TestLms.Event forklift = lms.event("EVT-BERLIN").title("Forklift safety").timeZone("Europe/Berlin")
                .booked(ADA, BRIAN, CHEN);
        forklift.insert();
        TestLms.Event firstAid = lms.event("EVT-NEWYORK").title("First aid").timeZone("America/New_York")
                .booked(DANA, EMIL);
        firstAid.insert();

        String forkliftUid = awaitMeeting("EVT-BERLIN");
        String firstAidUid = awaitMeeting("EVT-NEWYORK");

        // exactly one meeting per event, recorded with the item id and uid Exchange gave it
        assertThat(sandbox.meetings()).extracting(ItemView::subject)
                .containsExactlyInAnyOrder("Forklift safety", "First aid");
        assertRecorded("EVT-BERLIN", forklift, ADA, BRIAN, CHEN);
        assertRecorded("EVT-NEWYORK", firstAid, DANA, EMIL);
        // exactly one invitation per learner and event
        for (String learner : List.of(ADA, BRIAN, CHEN)) {
            assertThat(sandbox.received(learner)).extracting(ItemView::uid).containsExactly(forkliftUid);
        }
        for (String learner : List.of(DANA, EMIL)) {
            assertThat(sandbox.received(learner)).extracting(ItemView::uid).containsExactly(firstAidUid);
        }

        List<String> otherMail = List.of(
                sandbox.inject().mail("boss@example.com", "Budget", "Please review."),
                sandbox.inject().outOfOffice(ADA, null, "Back on Monday."),
                sandbox.inject().nonDelivery("gone@example.com", "Forklift safety", null));
        sandbox.learner(ADA).accept(forkliftUid);
        sandbox.learner(BRIAN).tentativelyAccept(forkliftUid);
        sandbox.learner(CHEN).decline(forkliftUid);
        sandbox.respond(LearnerAnswer.builder(DANA, firstAidUid, Answer.ACCEPT).delegate("assistant@example.com").build());
        sandbox.learner(EMIL).decline(firstAidUid);

        eventually().untilAsserted(() -> {
            assertBooking("EVT-BERLIN", ADA, "BOOKED", "ACCEPTED");
            assertBooking("EVT-BERLIN", BRIAN, "BOOKED", "TENTATIVE");
            assertBooking("EVT-BERLIN", CHEN, "CANCELLED", "DECLINED");
            assertBooking("EVT-NEWYORK", DANA, "BOOKED", "ACCEPTED");
            assertBooking("EVT-NEWYORK", EMIL, "CANCELLED", "DECLINED");
        });
        // the processed answers are deleted once their bookings are committed; the other mail is never touched
        eventually().untilAsserted(() -> assertThat(inboxIds()).containsExactlyInAnyOrderElementsOf(otherMail));
    }

    private void assertRecorded(String eventId, TestLms.Event event, String... learners) {
        Map<String, Object> row = lms.meeting(eventId);
        ItemView meeting = meetingOf(eventId);
        assertThat(row.get("item_id")).isEqualTo(meeting.id());
        assertThat((String) row.get("change_key")).isNotBlank();
        assertThat(meeting.kind()).isEqualTo(ItemKind.CALENDAR_ITEM);
        assertThat(meeting.start()).isEqualTo(event.start());
        assertThat(meeting.attendees()).extracting(a -> a.address()).containsExactlyInAnyOrder(learners);
    }
}
