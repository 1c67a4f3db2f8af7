package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.lmsexchange.ews.model.CreatedMeeting;
import org.lmsexchange.ews.model.Invitee;
import org.lmsexchange.ews.model.NewMeeting;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * One meeting per event, ever: a run that crashed after Exchange created the meeting but before the connector
 * recorded it leaves a stale claim; the next run finds that meeting by the LMS event id it carries and records it
 * instead of inviting everyone a second time.
 */
class CrashRecoveryTest extends ConnectorTestSupport {

    private static final List<String> LEARNERS = List.of("ada@example.com", "brian@example.com", "chen@example.com");
    private static final String DANA = "dana@example.com";

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.setProperty("connector.events.stale-claim-after-s", "2");
        return settings;
    }

    @Test
    void aMeetingCreatedBeforeACrashIsRecordedNotCreatedAgain() {
        TestLms.Event event = lms.event("EVT-CRASH").booked(LEARNERS.toArray(String[]::new));
        CreatedMeeting created = createdBeforeACrash(event);
        event.insert();

        assertThat(awaitMeeting("EVT-CRASH")).isEqualTo(created.uid());
        assertThat(lms.meeting("EVT-CRASH")).containsEntry("item_id", created.itemId()).containsEntry("attempts", 2);
        assertThat(sandbox.meetings()).extracting(ItemView::uid).containsExactly(created.uid());
        assertThat(sandbox.counters().snapshot().requests("CreateItem")).isEqualTo(1);
        for (String learner : LEARNERS) {
            assertThat(sandbox.received(learner)).extracting(ItemView::uid).containsExactly(created.uid());
        }
    }

    /**
     * What the crashed run sent is not known to the run that finds its meeting: a learner booked and a room changed
     * in between reach the meeting all the same, and only those concerned get mail.
     */
    @Test
    void aMeetingFoundAfterACrashIsBroughtUpToDateWithTheLms() {
        TestLms.Event event = lms.event("EVT-CRASH-2").booked(LEARNERS.toArray(String[]::new));
        CreatedMeeting created = createdBeforeACrash(event);
        event.booked(DANA).insert();
        lms.update("UPDATE lms_event SET location = ? WHERE id = ?", "Room 5", "EVT-CRASH-2");

        assertThat(awaitMeeting("EVT-CRASH-2")).isEqualTo(created.uid());
        eventually().untilAsserted(() -> assertThat(sandbox.received(DANA)).extracting(ItemView::uid)
                .containsExactly(created.uid()));
        eventually().untilAsserted(() -> assertThat(meetingOf("EVT-CRASH-2").location()).isEqualTo("Room 5"));
        for (String learner : LEARNERS) {
            eventually().untilAsserted(() -> assertThat(sandbox.received(learner))
                    .filteredOn(mail -> created.uid().equals(mail.uid())).extracting(ItemView::meetingRequestType)
                    .containsExactly("NewMeetingRequest", "InformationalUpdate"));
        }
        assertThat(sandbox.meetings()).filteredOn(meeting -> meeting.subject().equals("Course EVT-CRASH-2"))
                .extracting(ItemView::uid).containsExactly(created.uid());
    }

    /** What a crashed run did: claimed the event, then had Exchange create the meeting, then died. */
    private CreatedMeeting createdBeforeACrash(TestLms.Event event) {
        String eventId = event.id();
        Instant crashedAt = Instant.now().minus(Duration.ofMinutes(10));
        lms.update("INSERT INTO connector_meeting (event_id, state, attempts, claimed_at, updated_at) "
                + "VALUES (?, 'CLAIMED', 1, ?, ?)", eventId, crashedAt, crashedAt);
        try (ProducerTemplate ews = getCamelContext().createProducerTemplate()) {
            return ews.requestBody("ews:" + ORGANIZER + "?operation=createMeeting", new NewMeeting(eventId,
                    "Course " + eventId, "About " + eventId, "Room 1", event.start(), event.start().plus(Duration.ofHours(2)),
                    "Europe/Berlin", LEARNERS.stream().map(l -> new Invitee(l, l)).toList()), CreatedMeeting.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
