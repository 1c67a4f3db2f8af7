package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.ProducerTemplate;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.lms.SqlValues;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.store.ItemKind;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * One meeting per event, also when Exchange finishes a CreateItem after the connector stopped waiting for it (the
 * sandbox's late-answer fault): the failure is recorded when the connector gave up, and the event is tried again
 * connector.events.retry-after-s after that and finds the late meeting; should it find more than one, it keeps the
 * earliest and cancels the others, telling their learners; and a late meeting that shows up only after the retry
 * created another is found by the second look and cancelled, and the recorded meeting kept.
 */
class LateCreateTest extends ConnectorTestSupport {

    private static final List<String> LEARNERS = List.of("ada@example.com", "brian@example.com");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** Long enough that the test releases a held create well before the retry looks, even on a loaded machine. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.setProperty("camel.component.ews.timeout", Long.toString(TIMEOUT.toMillis()));
        settings.setProperty("connector.events.retry-after-s", Long.toString(RETRY_AFTER.toSeconds()));
        return settings;
    }

    @Test
    void aCreateFinishedAfterTheTimeOutIsFoundWhenTheEventIsTriedAgainAfterTheFailure() {
        // Exchange holds the create until the test lets it go: after the time-out (2 s), before the retry (+5 s)
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("CreateItem"));
        lms.event("EVT-LATE").booked(LEARNERS.toArray(String[]::new)).insert();

        Map<String, Object> failed = eventually().until(() -> claim("EVT-LATE"),
                row -> row != null && "FAILED".equals(row.get("state")));
        sandbox.faults().clear();
        eventually().until(() -> sandbox.faults().held() == 0); // Exchange's late create is done
        Instant failedAt = SqlValues.instant(failed.get("updated_at"));
        assertThat(Duration.between(SqlValues.instant(failed.get("claimed_at")), failedAt))
                .as("the failure is recorded when the connector gave up, not when it claimed the event")
                .isGreaterThanOrEqualTo(TIMEOUT);

        String uid = awaitMeeting("EVT-LATE");

        assertThat(Duration.between(failedAt, SqlValues.instant(claim("EVT-LATE").get("claimed_at"))))
                .as("tried again retry-after-s after the failure").isGreaterThanOrEqualTo(RETRY_AFTER);
        assertThat(activeMeetings("EVT-LATE")).extracting(ItemView::uid).containsExactly(uid);
        for (String learner : LEARNERS) {
            assertThat(mailOf(learner, "EVT-LATE")).as("what %s received", learner).singleElement().satisfies(mail -> {
                assertThat(mail.kind()).isEqualTo(ItemKind.MEETING_REQUEST);
                assertThat(mail.uid()).isEqualTo(uid);
            });
        }
    }

    @Test
    void twoLateCreatesFoundByTheNextTryLeaveOneMeetingAndTheOtherIsCancelled() {
        // Exchange holds the creates of the first two tries and finishes both before the third looks
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 2).onlyFor("CreateItem"));
        try (CapturedLog log = CapturedLog.capture()) {
            lms.event("EVT-THRICE").booked(LEARNERS.toArray(String[]::new)).insert();
            eventually().until(() -> claim("EVT-THRICE"), row -> row != null && "FAILED".equals(row.get("state"))
                    && ((Number) row.get("attempts")).intValue() == 2);
            sandbox.faults().clear();
            eventually().until(() -> sandbox.faults().held() == 0);

            String kept = awaitMeeting("EVT-THRICE");

            assertThat(activeMeetings("EVT-THRICE")).extracting(ItemView::uid).containsExactly(kept);
            assertOneCancelledDuplicatePerLearner("EVT-THRICE", kept, log);
        }
    }

    @Test
    void aCreateFinishedAfterTheRetryCreatedAnotherIsCancelledAndTheRecordedMeetingKept() {
        // Exchange holds the first create until the test lets it go: after the retry looked and created another
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("CreateItem"));
        try (CapturedLog log = CapturedLog.capture()) {
            lms.event("EVT-TWICE").booked(LEARNERS.toArray(String[]::new)).insert();
            String kept = awaitMeeting("EVT-TWICE");

            sandbox.faults().clear();

            eventually().untilAsserted(() -> {
                assertThat(activeMeetings("EVT-TWICE")).extracting(ItemView::uid).containsExactly(kept);
                for (String learner : LEARNERS) {
                    assertThat(mailOf(learner, "EVT-TWICE")).filteredOn(ItemView::cancelled).hasSize(1);
                }
            });
            assertOneCancelledDuplicatePerLearner("EVT-TWICE", kept, log);
            eventually().until(() -> lms.query("SELECT check_after FROM connector_meeting WHERE event_id = ?",
                    "EVT-TWICE").get(0).get("check_after") == null);
        }
    }

    @Test
    void aSecondLookAtAMeetingNoLongerInTheCalendarCancelsNothingAndSaysSo() throws Exception {
        String uid = awaitMeeting(lms.event("EVT-GONE").booked(LEARNERS.toArray(String[]::new)).insert());
        Map<String, Object> recorded = lms.meeting("EVT-GONE");
        // someone cancels the meeting in Outlook while a second look at it is due
        try (ProducerTemplate ews = getCamelContext().createProducerTemplate()) {
            ews.requestBody("ews:" + ORGANIZER + "?operation=cancelMeeting", new CreatedMeeting("EVT-GONE",
                    (String) recorded.get("item_id"), (String) recorded.get("change_key"), uid));
        }
        try (CapturedLog log = CapturedLog.capture()) {
            lms.update("UPDATE connector_meeting SET check_after = ? WHERE event_id = 'EVT-GONE'",
                    Instant.now().minusSeconds(1));

            eventually().until(() -> lms.query("SELECT check_after FROM connector_meeting WHERE event_id = ?",
                    "EVT-GONE").get(0).get("check_after") == null);

            assertThat(log.count(Level.WARN, "Event EVT-GONE: its recorded meeting (uid " + uid
                    + ") is no longer in the calendar")).isEqualTo(1);
            assertThat(lms.meeting("EVT-GONE")).containsEntry("state", "CREATED").containsEntry("uid", uid);
            for (String learner : LEARNERS) {
                assertThat(mailOf(learner, "EVT-GONE")).extracting(ItemView::kind)
                        .containsExactly(ItemKind.MEETING_REQUEST, ItemKind.MEETING_CANCELLATION);
            }
        }
    }

    /**
     * Each learner got two invitations, the kept meeting's and a duplicate's, and one cancellation, the duplicate's,
     * telling them the other invitation stands; the operator was told once.
     */
    private void assertOneCancelledDuplicatePerLearner(String eventId, String kept, CapturedLog log) {
        String duplicate = mailOf(LEARNERS.get(0), eventId).stream().filter(ItemView::cancelled)
                .findFirst().orElseThrow(() -> new AssertionError("no cancellation for " + eventId)).uid();
        assertThat(duplicate).isNotEqualTo(kept);
        for (String learner : LEARNERS) {
            List<ItemView> mail = mailOf(learner, eventId);
            assertThat(mail).filteredOn(m -> m.kind() == ItemKind.MEETING_REQUEST).extracting(ItemView::uid)
                    .as("the invitations %s received", learner).containsExactlyInAnyOrder(kept, duplicate);
            assertThat(mail).filteredOn(m -> m.kind() == ItemKind.MEETING_CANCELLATION).singleElement()
                    .satisfies(cancellation -> {
                        assertThat(cancellation.uid()).isEqualTo(duplicate);
                        assertThat(cancellation.body()).contains("sent twice", "other invitation");
                    });
        }
        assertThat(lms.meeting(eventId)).containsEntry("state", "CREATED").containsEntry("uid", kept);
        // logged after the cancellation went out: the mail may be seen first
        eventually().untilAsserted(() -> assertThat(log.count(Level.WARN, "Event " + eventId
                + " had a second meeting (uid " + duplicate + ")")).isEqualTo(1));
    }

    /** The organizer's meetings of the event that are not cancelled. */
    private List<ItemView> activeMeetings(String eventId) {
        return sandbox.meetings().stream()
                .filter(m -> m.subject().equals("Course " + eventId) && !m.cancelled()).toList();
    }

    /** The invitations and cancellations a learner received for the event, oldest first. */
    private List<ItemView> mailOf(String learner, String eventId) {
        return sandbox.received(learner).stream().filter(m -> m.subject().endsWith("Course " + eventId)).toList();
    }

    private Map<String, Object> claim(String eventId) {
        List<Map<String, Object>> rows = lms.query(
                "SELECT state, attempts, claimed_at, updated_at FROM connector_meeting WHERE event_id = ?", eventId);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
