package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.Invitee;
import org.lmsexchange.ews.model.NewMeeting;
import org.lmsexchange.lms.SqlValues;
import org.lmsexchange.sandbox.http.FaultKind;
import org.lmsexchange.sandbox.http.FaultPlan;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * A run whose claim went stale while it waited on Exchange, and was taken over by another instance's run, writes
 * nothing after that: no meeting in Exchange, no change to the event's row; it says that it lost its claim. The same
 * for a second look for duplicates whose lease was taken over. Exchange holds the run's FindItem (the sandbox's
 * late-answer fault) while the test takes the claim over as another instance would.
 */
class ClaimTakenOverTest extends ConnectorTestSupport {

    private static final String ADA = "ada@example.com";

    /** The inbox is read with FindItem too: only the events' calls may meet the held FindItem. */
    @BeforeEach
    void inboxNotRead() throws Exception {
        holdAnswers();
    }

    /** A failed test must not leave a request held for the next one. */
    @AfterEach
    void exchangeAnswers() {
        sandbox.faults().clear();
    }

    @Test
    void aRunWhoseClaimWasTakenOverCreatesNoMeetingAndChangesNoRow() {
        // an event that failed before: its retry looks for an earlier meeting first (FindItem), then creates one
        Instant failedAt = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        lms.update("INSERT INTO connector_meeting (event_id, state, attempts, claimed_at, updated_at, last_error) "
                + "VALUES ('EVT-TAKEN', 'FAILED', 1, ?, ?, 'an earlier failure')", failedAt, failedAt);
        long createsBefore = sandbox.counters().snapshot().requests("CreateItem");
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("FindItem"));
        try (CapturedLog log = CapturedLog.capture()) {
            lms.event("EVT-TAKEN").booked(ADA).insert();
            eventually().until(() -> sandbox.faults().held() == 1);
            assertThat(claim("EVT-TAKEN")).containsEntry("state", "CLAIMED").containsEntry("attempts", 2);

            // the claim went stale: another instance claims the event anew (sql.claim-event-again)
            Instant takenOverAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            lms.update("UPDATE connector_meeting SET attempts = 3, claimed_at = ?, updated_at = ? "
                    + "WHERE event_id = 'EVT-TAKEN'", takenOverAt, takenOverAt);
            sandbox.faults().clear(); // Exchange answers the first run's FindItem: no meeting yet

            eventually().until(() -> log.count(Level.WARN, "Event EVT-TAKEN: this run lost its claim (number 2)") == 1);
            assertThat(sandbox.counters().snapshot().requests("CreateItem")).as("meetings created")
                    .isEqualTo(createsBefore);
            assertThat(sandbox.meetings()).noneMatch(m -> m.subject().equals("Course EVT-TAKEN"));
            Map<String, Object> row = claim("EVT-TAKEN");
            assertThat(row).containsEntry("state", "CLAIMED").containsEntry("attempts", 3)
                    .containsEntry("last_error", "an earlier failure").containsEntry("uid", null);
            assertThat(SqlValues.instant(row.get("claimed_at"))).isEqualTo(takenOverAt);
            assertThat(SqlValues.instant(row.get("updated_at"))).isEqualTo(takenOverAt);
        }
    }

    @Test
    void aSecondLookWhoseLeaseWasTakenOverChangesNoRow() {
        String uid = awaitMeeting(lms.event("EVT-LOOKED").booked(ADA).insert());
        Instant recordedAt = SqlValues.instant(check("EVT-LOOKED").get("updated_at"));
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("FindItem"));
        try (CapturedLog log = CapturedLog.capture()) {
            // a second look at the meeting is due
            lms.update("UPDATE connector_meeting SET check_after = ? WHERE event_id = 'EVT-LOOKED'",
                    Instant.now().minusSeconds(1));
            eventually().until(() -> sandbox.faults().held() == 1);
            assertThat(check("EVT-LOOKED")).containsEntry("check_number", 1);

            // the look's lease went stale: another instance takes the look (sql.claim-meeting-check)
            Instant anotherLease = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
            lms.update("UPDATE connector_meeting SET check_number = 2, check_after = ? WHERE event_id = 'EVT-LOOKED'",
                    anotherLease);
            sandbox.faults().clear();

            eventually().until(() -> log.count(Level.WARN,
                    "Event EVT-LOOKED: this second look for a duplicate meeting lost its lease (number 1)") == 1);
            Map<String, Object> row = check("EVT-LOOKED");
            assertThat(row).containsEntry("state", "CREATED").containsEntry("uid", uid).containsEntry("check_number", 2);
            assertThat(SqlValues.instant(row.get("check_after"))).as("the other look's lease").isEqualTo(anotherLease);
            assertThat(SqlValues.instant(row.get("updated_at"))).isEqualTo(recordedAt);
        }
    }

    @Test
    void aSecondLookWhoseLeaseWasTakenOverCancelsNothing() throws Exception {
        String kept = awaitMeeting(lms.event("EVT-TWO").booked(ADA).insert());
        // Exchange holds a second meeting of the event, which a second look would cancel
        CreatedMeeting second;
        try (ProducerTemplate ews = getCamelContext().createProducerTemplate()) {
            Instant start = Instant.now().plus(Duration.ofDays(7));
            second = ews.requestBody("ews:" + ORGANIZER + "?operation=createMeeting", new NewMeeting("EVT-TWO",
                    "Course EVT-TWO", null, "Room 1", start, start.plus(Duration.ofHours(2)), "Europe/Berlin",
                    List.of(new Invitee(ADA, ADA))), CreatedMeeting.class);
        }
        sandbox.faults().inject(FaultPlan.of(FaultKind.LATE_ANSWER, 1).onlyFor("FindItem"));
        try (CapturedLog log = CapturedLog.capture()) {
            lms.update("UPDATE connector_meeting SET check_after = ? WHERE event_id = 'EVT-TWO'",
                    Instant.now().minusSeconds(1));
            eventually().until(() -> sandbox.faults().held() == 1);
            lms.update("UPDATE connector_meeting SET check_number = 2, check_after = ? WHERE event_id = 'EVT-TWO'",
                    Instant.now().plus(Duration.ofHours(1)));
            sandbox.faults().clear(); // the look finds both meetings, and would cancel the second

            eventually().until(() -> log.count(Level.WARN, "Event EVT-TWO: this second look for a duplicate meeting "
                    + "lost its lease (number 1)") == 1);
            assertThat(log.count(Level.WARN, "stops without cancelling or recording anything")).isEqualTo(1);
            assertThat(sandbox.received(ADA)).filteredOn(m -> m.subject().endsWith("Course EVT-TWO"))
                    .as("no cancellation").noneMatch(ItemView::cancelled)
                    .extracting(ItemView::uid).containsExactlyInAnyOrder(kept, second.uid());
            assertThat(check("EVT-TWO")).containsEntry("uid", kept).containsEntry("check_number", 2);
        }
    }

    private Map<String, Object> claim(String eventId) {
        return lms.query("SELECT state, attempts, uid, last_error, claimed_at, updated_at FROM connector_meeting "
                + "WHERE event_id = ?", eventId).get(0);
    }

    private Map<String, Object> check(String eventId) {
        return lms.query("SELECT state, uid, check_number, check_after, updated_at FROM connector_meeting "
                + "WHERE event_id = ?", eventId).get(0);
    }
}
