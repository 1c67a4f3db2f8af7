package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.lmsexchange.lms.SqlValues;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * A change that cannot be sent (the LMS row was made bad: an end before its start, an unknown time zone) is recorded
 * with its reason, told once however often it is tried again, and holds up no other event's change; once the row is
 * fixed, the change goes out once.
 */
class MeetingChangeFailuresTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";
    private static final String BRIAN = "brian@example.com";

    @Test
    void aChangeThatFailsIsRecordedToldOnceAndHoldsUpNoOtherChange() {
        // in the order changes are taken: the bad rows come first
        List<String> bad = List.of("A-BAD-END", "A-BAD-ZONE");
        List<String> good = List.of("B-GOOD-1", "B-GOOD-2");
        for (String event : List.of(bad.get(0), bad.get(1), good.get(0), good.get(1))) {
            lms.event(event).booked(ADA, BRIAN).insert();
        }
        Map<String, String> uids = Map.of(bad.get(0), awaitMeeting(bad.get(0)), bad.get(1), awaitMeeting(bad.get(1)),
                good.get(0), awaitMeeting(good.get(0)), good.get(1), awaitMeeting(good.get(1)));
        Instant start = meetingOf(bad.get(0)).start();

        try (CapturedLog log = CapturedLog.capture()) {
            // one LMS change: the connector sees the bad rows' rename only together with what makes them bad
            lms.updateTogether(List.of(
                    List.of("UPDATE lms_event SET title = CONCAT(title, ' (renamed)'), location = 'Room 2'"),
                    List.of("UPDATE lms_event SET ends_at = ? WHERE id = ?", start.minus(Duration.ofHours(1)), bad.get(0)),
                    List.of("UPDATE lms_event SET time_zone = 'Mars/Olympus_Mons' WHERE id = ?", bad.get(1))));

            for (String event : good) {
                eventually().untilAsserted(() -> assertThat(lms.sent(event))
                        .containsEntry("sent_subject", "Course " + event + " (renamed)")
                        .containsEntry("change_claimed_at", null));
                assertThat(meetingOf(event).subject()).isEqualTo("Course " + event + " (renamed)");
            }
            // the reason as the operator reads it: the event, the field and what is wrong with it
            eventually().untilAsserted(() -> assertThat(lms.sent(bad.get(0))).extractingByKey("change_error")
                    .asString().startsWith("event A-BAD-END: end_at (").contains("is not after start_at"));
            eventually().untilAsserted(() -> assertThat(lms.sent(bad.get(1))).extractingByKey("change_error")
                    .asString().isEqualTo("event A-BAD-ZONE: time_zone 'Mars/Olympus_Mons' is not a known IANA time zone"));
            // tried again retry-after-s after each failure, and told once
            for (String event : bad) {
                Instant failedAt = changeFailedAt(event);
                eventually().until(() -> changeFailedAt(event).isAfter(failedAt));
                assertThat(log.count(Level.WARN, "Event " + event + ": its change did not reach Exchange: event "
                        + event + ": ")).as("failures of %s told", event).isEqualTo(1);
                assertThat(lms.sent(event)).containsEntry("sent_subject", "Course " + event)
                        .containsEntry("state", "CREATED").containsEntry("change_claimed_at", null);
                assertThat(meetingOf(event).subject()).isEqualTo("Course " + event);
            }

            lms.update("UPDATE lms_event SET ends_at = ? WHERE id = ?", start.plus(Duration.ofHours(2)), bad.get(0));
            lms.update("UPDATE lms_event SET time_zone = 'Europe/Berlin' WHERE id = ?", bad.get(1));

            for (String event : bad) {
                eventually().untilAsserted(() -> assertThat(lms.sent(event))
                        .containsEntry("sent_subject", "Course " + event + " (renamed)")
                        .containsEntry("change_error", null).containsEntry("change_claimed_at", null));
                assertThat(meetingOf(event).subject()).isEqualTo("Course " + event + " (renamed)");
                assertThat(changeFailedAtColumn(event)).isNull();
            }
        }
        for (String event : uids.keySet()) {
            for (String learner : List.of(ADA, BRIAN)) {
                assertThat(mail(learner, uids.get(event))).as("what %s received for %s", learner, event)
                        .extracting(ItemView::subject)
                        .containsExactly("Course " + event, "Course " + event + " (renamed)");
            }
        }
    }

    private Instant changeFailedAt(String eventId) {
        Object failedAt = changeFailedAtColumn(eventId);
        return failedAt == null ? Instant.MIN : SqlValues.instant(failedAt);
    }

    private Object changeFailedAtColumn(String eventId) {
        return lms.query("SELECT change_failed_at FROM connector_meeting WHERE event_id = ?", eventId).get(0)
                .get("change_failed_at");
    }

    /** The mail a learner received about one meeting, oldest first. */
    private List<ItemView> mail(String learner, String uid) {
        return sandbox.received(learner).stream().filter(mail -> uid.equals(mail.uid())).toList();
    }
}
