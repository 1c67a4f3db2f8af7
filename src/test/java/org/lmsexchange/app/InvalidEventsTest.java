package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

/**
 * A bad LMS row never blocks the rest: it is marked FAILED with a reason naming the field, the operator is told
 * once, the good events get their meetings, and once the row is fixed a later poll creates its meeting. A value of
 * the wrong type counts as bad too: here the poll query hands one event a time as its location.
 */
class InvalidEventsTest extends ConnectorTestSupport {

    private static final String LEARNER = "ada@example.com";

    @Override
    protected Properties settings() {
        Properties settings = super.settings();
        // fewer than the bad events: failed rows, retried at every poll, must not crowd out new events
        settings.setProperty("connector.events.batch-size", "4");
        settings.setProperty("sql.lms-events", withColumn(defaultSetting("sql.lms-events"),
                "e.location AS location", "CASE WHEN e.id = 'BAD-LOCATION-TYPE' THEN e.created_at END AS location"));
        // creation only: a location of another type cannot be compared with the text the connector recorded
        settings.setProperty("sql.changed-meetings-where", "1 = 0");
        return settings;
    }

    @Test
    void badRowsFailNamingTheFieldAndSucceedOnceFixed() {
        TestLms.Event backwards = lms.event("BAD-END");
        try (CapturedLog log = CapturedLog.capture()) {
            // bad event -> the field its reason must name
            Map<String, String> bad = new LinkedHashMap<>();
            bad.put(lms.event("BAD-NO-LEARNERS").insert(), "bookings");
            bad.put(lms.event("BAD-EMAIL").booked(LEARNER, "not-an-address").insert(), "learner_email");
            bad.put(backwards.end(backwards.start().minus(Duration.ofHours(1))).booked(LEARNER).insert(), "end_at");
            bad.put(lms.event("BAD-ZONE").timeZone("Mars/Olympus").booked(LEARNER).insert(), "time_zone");
            bad.put(lms.event("BAD-SUBJECT").title("x".repeat(300)).booked(LEARNER).insert(), "subject");
            bad.put(lms.event("BAD-NO-TITLE").title(null).booked(LEARNER).insert(), "subject");
            bad.put(lms.event("BAD-LOCATION-TYPE").booked(LEARNER).insert(), "location is a time (");
            lms.event("GOOD-1").booked(LEARNER).insert();
            lms.event("GOOD-2").booked(LEARNER).insert();

            awaitMeeting("GOOD-1");
            awaitMeeting("GOOD-2");
            bad.forEach((eventId, field) -> eventually().untilAsserted(() -> assertThat(lms.meeting(eventId))
                    .as(eventId).containsEntry("state", "FAILED")
                    .extractingByKey("last_error").asString().contains(eventId).contains(field)));
            assertThat(sandbox.meetings()).extracting(m -> m.subject()).containsExactlyInAnyOrder("Course GOOD-1", "Course GOOD-2");

            // the failed events are tried again at every poll, but the operator is told once
            NotifyBuilder threeMorePolls = new NotifyBuilder(getCamelContext())
                    .fromRoute("lms-events-to-exchange").whenDone(3).create();
            assertThat(threeMorePolls.matches(10, TimeUnit.SECONDS)).isTrue();
            bad.keySet().forEach(eventId -> assertThat(log.count(Level.WARN, "Event " + eventId + " is not connected"))
                    .as(eventId).isEqualTo(1));
        }

        lms.book("BAD-NO-LEARNERS", LEARNER);
        lms.update("UPDATE lms_booking SET learner_email = 'brian@example.com' WHERE learner_email = 'not-an-address'");
        lms.update("UPDATE lms_event SET ends_at = ? WHERE id = 'BAD-END'", backwards.start().plus(Duration.ofHours(2)));
        lms.update("UPDATE lms_event SET time_zone = 'Europe/Paris' WHERE id = 'BAD-ZONE'");
        lms.update("UPDATE lms_event SET title = 'Short enough' WHERE id = 'BAD-SUBJECT'");
        lms.update("UPDATE lms_event SET title = 'Named at last' WHERE id = 'BAD-NO-TITLE'");

        for (String eventId : new String[] {"BAD-NO-LEARNERS", "BAD-EMAIL", "BAD-END", "BAD-ZONE", "BAD-SUBJECT", "BAD-NO-TITLE"}) {
            awaitMeeting(eventId);
            assertThat(lms.meeting(eventId)).containsEntry("last_error", null);
        }
        assertThat(sandbox.meetings()).hasSize(8);
        assertThat(sandbox.received("brian@example.com")).extracting(m -> m.subject()).containsExactly("Course BAD-EMAIL");
    }
}
