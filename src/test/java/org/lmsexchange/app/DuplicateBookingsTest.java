package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * A learner booked more than once on one event (the LMS let an administrator book them twice, once with the address
 * in upper case and padded) is one attendee: invited once, at the normalized address. Their answer is the answer of
 * every active booking they hold on the event; a cancelled one stays as it is.
 */
class DuplicateBookingsTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";

    @Test
    void aLearnerBookedThreeTimesIsInvitedOnceAndTheirAnswerChangesTheirActiveBookingsOnly() {
        String uid = awaitMeeting(lms.event("EVT-TWICE")
                .booked(ADA, " ADA@Example.COM ", "Ada@example.com", "brian@example.com").insert());

        assertThat(meetingOf("EVT-TWICE").attendees()).extracting(a -> a.address())
                .containsExactly(ADA, "brian@example.com");
        assertThat(sandbox.received(ADA)).extracting(ItemView::uid).containsExactly(uid);

        // an administrator cancels one of Ada's bookings; she accepts
        // by id: MariaDB's default collation compares 'Ada@example.com' and 'ada@example.com' as equal
        Object thirdBooking = lms.query("SELECT id FROM lms_booking WHERE event_id = 'EVT-TWICE' ORDER BY id")
                .get(2).get("id");
        assertThat(lms.update("UPDATE lms_booking SET status = 'CANCELLED' WHERE id = ?", thirdBooking)).isEqualTo(1);
        try (CapturedLog log = CapturedLog.capture()) {
            sandbox.learner(ADA).accept(uid);

            eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());
            List<Map<String, Object>> bookings = lms.query("SELECT learner_email, status, response FROM lms_booking "
                    + "WHERE event_id = 'EVT-TWICE' AND LOWER(TRIM(learner_email)) = ? ORDER BY id", ADA);
            assertThat(bookings).extracting(b -> b.get("learner_email"), b -> b.get("status"), b -> b.get("response"))
                    .containsExactly(
                            tuple(ADA, "BOOKED", "ACCEPTED"),
                            tuple(" ADA@Example.COM ", "BOOKED", "ACCEPTED"),
                            tuple("Ada@example.com", "CANCELLED", null));
            assertThat(log.count(Level.INFO, "Booking of ada@example.com on event EVT-TWICE: answered ACCEPT, "
                    + "booking now BOOKED / ACCEPTED (booking rows updated: 2)")).isEqualTo(1);
        }
    }
}
