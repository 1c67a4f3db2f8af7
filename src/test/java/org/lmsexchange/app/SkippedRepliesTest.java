package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.learners.Answer;

/**
 * Replies the connector must not act on stay in the inbox untouched, change no booking, and are reported once:
 * a reply from someone not on the event's roster and a reply to a meeting the connector did not create. They are
 * not read again at every poll either (camel.component.ews.kept-reread-delay).
 */
class SkippedRepliesTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";
    private static final String BRIAN = "brian@example.com";

    @Test
    void repliesFromOutsideTheRosterOrToOtherMeetingsAreLeftAlone() throws Exception {
        String uid = awaitMeeting(lms.event("EVT-ROSTER").booked(ADA, BRIAN).insert());
        holdAnswers();
        String offRoster = sandbox.learner(BRIAN).accept(uid);
        // the LMS dropped Brian's booking after he answered; his answer has no booking to change
        lms.update("DELETE FROM lms_booking WHERE event_id = 'EVT-ROSTER' AND learner_email = ?", BRIAN);
        // the connector takes him off the meeting (its GetItem is not one of the inbox's counted below)
        eventually().untilAsserted(() -> assertThat(lms.attendees("EVT-ROSTER")).containsExactly(ADA));
        releaseAnswers();

        try (CapturedLog log = CapturedLog.capture()) {
            String foreign = sandbox.inject().foreignResponse(ADA, "Team lunch", Answer.DECLINE);
            // a good answer behind them shows that the inbox was read past the skipped ones
            sandbox.learner(ADA).accept(uid);

            eventually().untilAsserted(() -> assertThat(lms.booking("EVT-ROSTER", ADA))
                    .containsEntry("status", "BOOKED").containsEntry("response", "ACCEPTED"));
            eventually().untilAsserted(() -> assertThat(inboxIds()).containsExactlyInAnyOrder(offRoster, foreign));

            long itemsRead = sandbox.counters().snapshot().items("GetItem");
            long polls = sandbox.counters().snapshot().requests("FindItem");
            eventually().until(() -> sandbox.counters().snapshot().requests("FindItem") >= polls + 3);

            assertThat(sandbox.counters().snapshot().items("GetItem")).as("left replies read again").isEqualTo(itemsRead);
            assertThat(inboxIds()).containsExactlyInAnyOrder(offRoster, foreign);
            assertThat(lms.query("SELECT learner_email FROM connector_reply")).extracting(r -> r.get("learner_email"))
                    .containsExactly(ADA);
            assertThat(log.count(Level.INFO, "a reply from brian@example.com, who is not on the roster of event EVT-ROSTER"))
                    .isEqualTo(1);
            assertThat(log.count(Level.INFO, "a reply from ada@example.com to a meeting the connector has no record of"))
                    .isEqualTo(1);
        }
    }
}
