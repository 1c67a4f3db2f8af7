package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

/**
 * An answer changes only the learner's active booking on the event: it never revives a booking an administrator
 * (or the learner's own Decline) cancelled, since the seat may be someone else's by now, and for a learner who was
 * cancelled and booked again it changes the new booking only. Such an answer is still processed: recorded, told
 * once, and deleted.
 */
class ActiveBookingTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";
    private static final String BRIAN = "brian@example.com";
    private static final String CHEN = "chen@example.com";

    @Test
    void anAnswerAfterTheBookingWasCancelledChangesNothingAndIsDeleted() throws Exception {
        String uid = awaitMeeting(lms.event("EVT-CANCELLED").booked(ADA, BRIAN).insert());
        try (CapturedLog log = CapturedLog.capture()) {
            // Ada's Accept is on its way when the administrator cancels her booking (her seat goes to someone else);
            // read after that (the connector takes her off the meeting meanwhile)
            holdAnswers();
            String accept = sandbox.learner(ADA).accept(uid);
            sandbox.learner(BRIAN).decline(uid);
            cancel("EVT-CANCELLED", ADA);
            releaseAnswers();

            eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
            assertThat(lms.booking("EVT-CANCELLED", ADA)).containsEntry("status", "CANCELLED").containsEntry("response", null);
            assertThat(lms.booking("EVT-CANCELLED", BRIAN)).containsEntry("status", "CANCELLED").containsEntry("response", "DECLINED");
            assertThat(lms.query("SELECT answer, item_id FROM connector_reply WHERE learner_email = ?", ADA))
                    .containsExactly(Map.of("answer", "ACCEPT", "item_id", accept));
            assertThat(log.count(Level.INFO, "Event EVT-CANCELLED: ada@example.com answered ACCEPT, but has no active "
                    + "booking (bookings: [CANCELLED]); nothing changed")).isEqualTo(1);
        }
    }

    @Test
    void aDeclineOnACancelledBookingIsANoOp() throws Exception {
        String uid = awaitMeeting(lms.event("EVT-NOOP").booked(ADA).insert());
        holdAnswers();
        sandbox.learner(ADA).decline(uid);
        cancel("EVT-NOOP", ADA);
        releaseAnswers();

        eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
        assertThat(lms.booking("EVT-NOOP", ADA)).containsEntry("status", "CANCELLED").containsEntry("response", null);
    }

    @Test
    void aRebookedLearnersAnswerChangesTheNewBookingOnly() throws Exception {
        String uid = awaitMeeting(lms.event("EVT-REBOOKED").booked(CHEN).insert());
        try (CapturedLog log = CapturedLog.capture()) {
            holdAnswers();
            sandbox.learner(CHEN).tentativelyAccept(uid);
            cancel("EVT-REBOOKED", CHEN);
            lms.book("EVT-REBOOKED", CHEN);
            releaseAnswers();

            eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
            List<Map<String, Object>> bookings = lms.query(
                    "SELECT status, response FROM lms_booking WHERE event_id = 'EVT-REBOOKED' ORDER BY id");
            assertThat(bookings).extracting(row -> row.get("status"), row -> row.get("response"))
                    .containsExactly(tuple("CANCELLED", null), tuple("BOOKED", "TENTATIVE"));
            assertThat(log.count(Level.INFO, "Booking of chen@example.com on event EVT-REBOOKED: answered TENTATIVE, "
                    + "booking now BOOKED / TENTATIVE (booking rows updated: 1)")).isEqualTo(1);
        }
    }

    private void cancel(String eventId, String learner) {
        assertThat(lms.update("UPDATE lms_booking SET status = 'CANCELLED' WHERE event_id = ? AND learner_email = ?",
                eventId, learner)).isEqualTo(1);
    }
}
