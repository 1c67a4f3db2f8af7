package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.view.ItemView;

/** A busy Exchange (ErrorServerBusy) neither duplicates meetings nor loses or double-applies answers. */
class ServerBusyTest extends ConnectorTestSupport {

    private static final List<String> LEARNERS = List.of("ada@example.com", "brian@example.com");

    @Test
    void aBusyCreateIsRetriedIntoExactlyOneMeeting() {
        sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_FAULT, 2).onlyFor("CreateItem")
                .backOff(Duration.ofMillis(50)));

        String uid = awaitMeeting(lms.event("EVT-BUSY-CREATE").booked(LEARNERS.toArray(String[]::new)).insert());

        assertThat(sandbox.faults().pending()).isEmpty();
        assertThat(sandbox.meetings()).filteredOn(m -> m.subject().equals("Course EVT-BUSY-CREATE"))
                .extracting(ItemView::uid).containsExactly(uid);
        for (String learner : LEARNERS) {
            assertThat(sandbox.received(learner)).filteredOn(m -> uid.equals(m.uid())).hasSize(1);
        }
    }

    @Test
    void answersStayUntilABusyDeleteSucceedsAndAreAppliedOnce() {
        String uid = awaitMeeting(lms.event("EVT-BUSY-DELETE").booked(LEARNERS.toArray(String[]::new)).insert());
        // busy for three inbox reads' worth of deletes (each read tries 1 + 3 retries): the answers outlive them
        sandbox.faults().inject(FaultPlan.of(FaultKind.SERVER_BUSY_RESPONSE, 12).onlyFor("DeleteItem")
                .backOff(Duration.ofMillis(50)));

        try (CapturedLog log = CapturedLog.capture()) {
            sandbox.learner("ada@example.com").accept(uid);
            sandbox.learner("brian@example.com").decline(uid);

            eventually().untilAsserted(() -> {
                assertThat(lms.booking("EVT-BUSY-DELETE", "ada@example.com")).containsEntry("status", "BOOKED")
                        .containsEntry("response", "ACCEPTED");
                assertThat(lms.booking("EVT-BUSY-DELETE", "brian@example.com")).containsEntry("status", "CANCELLED")
                        .containsEntry("response", "DECLINED");
            });
            // while the answers wait to be deleted, an administrator rebooks Brian by hand: that must stand
            lms.update("UPDATE lms_booking SET status = 'BOOKED', response = 'PHONED' "
                    + "WHERE event_id = 'EVT-BUSY-DELETE' AND learner_email = 'brian@example.com'");
            eventually().untilAsserted(() -> assertThat(sandbox.faults().pending()).isEmpty());
            eventually().untilAsserted(() -> assertThat(inbox()).isEmpty());

            assertThat(lms.booking("EVT-BUSY-DELETE", "brian@example.com")).containsEntry("status", "BOOKED")
                    .containsEntry("response", "PHONED");
            assertThat(log.count(Level.INFO, "Booking of brian@example.com on event EVT-BUSY-DELETE")).isEqualTo(1);
            assertThat(log.count(Level.INFO, "Booking of ada@example.com on event EVT-BUSY-DELETE")).isEqualTo(1);
        }
        assertThat(lms.query("SELECT learner_email, answer FROM connector_reply WHERE event_id = 'EVT-BUSY-DELETE'"))
                .extracting(r -> r.get("learner_email") + " " + r.get("answer"))
                .containsExactlyInAnyOrder("ada@example.com ACCEPT", "brian@example.com DECLINE");
    }
}
