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

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        settings.setProperty("connector.events.stale-claim-after-s", "2");
        return settings;
    }

    @Test
    void aMeetingCreatedBeforeACrashIsRecordedNotCreatedAgain() {
        TestLms.Event event = lms.event("EVT-CRASH").booked(LEARNERS.toArray(String[]::new));
        // what the crashed run did: claimed the event, then had Exchange create the meeting, then died
        Instant crashedAt = Instant.now().minus(Duration.ofMinutes(10));
        lms.update("INSERT INTO connector_meeting (event_id, state, attempts, claimed_at, updated_at) "
                + "VALUES ('EVT-CRASH', 'CLAIMED', 1, ?, ?)", crashedAt, crashedAt);
        CreatedMeeting created;
        try (ProducerTemplate ews = getCamelContext().createProducerTemplate()) {
            created = ews.requestBody("ews:" + ORGANIZER + "?operation=createMeeting", new NewMeeting("EVT-CRASH",
                    "Course EVT-CRASH", null, "Room 1", event.start(), event.start().plus(Duration.ofHours(2)),
                    "Europe/Berlin", LEARNERS.stream().map(l -> new Invitee(l, l)).toList()), CreatedMeeting.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        event.insert();

        assertThat(awaitMeeting("EVT-CRASH")).isEqualTo(created.uid());
        assertThat(lms.meeting("EVT-CRASH")).containsEntry("item_id", created.itemId()).containsEntry("attempts", 2);
        assertThat(sandbox.meetings()).extracting(ItemView::uid).containsExactly(created.uid());
        assertThat(sandbox.counters().snapshot().requests("CreateItem")).isEqualTo(1);
        for (String learner : LEARNERS) {
            assertThat(sandbox.received(learner)).extracting(ItemView::uid).containsExactly(created.uid());
        }
    }
}
