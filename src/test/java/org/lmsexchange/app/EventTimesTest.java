package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lmsexchange.sandbox.view.ItemView;

/**
 * Event times are instants: stored in UTC, and met unchanged in the meeting, whatever zone the JVM runs in. The
 * build runs this class (with the other time-handling tests) under America/Los_Angeles and Asia/Kolkata on every
 * configured database (pom.xml, the *-zones executions).
 */
@Tag("time-handling")
class EventTimesTest extends ConnectorTestSupport {

    @Test
    void aMeetingStartsAndEndsAtTheLmsInstantsStoredInUtc() {
        Instant start = Instant.parse("2030-07-01T07:30:00Z");
        lms.event("EVT-KOLKATA").startsAt(start).timeZone("Asia/Kolkata").booked("ada@example.com").insert();
        lms.event("EVT-LA").startsAt(start.plus(Duration.ofDays(1))).timeZone("America/Los_Angeles")
                .booked("ada@example.com").insert();

        awaitMeeting("EVT-KOLKATA");
        awaitMeeting("EVT-LA");

        ItemView kolkata = meetingOf("EVT-KOLKATA");
        assertThat(kolkata.start()).as("JVM zone %s", TimeZone.getDefault().getID()).isEqualTo(start);
        assertThat(kolkata.end()).isEqualTo(start.plus(Duration.ofHours(2)));
        assertThat(meetingOf("EVT-LA").start()).isEqualTo(start.plus(Duration.ofDays(1)));
        // what any other reader of the LMS sees: UTC, not the JVM's wall time
        assertThat(lms.storedUtc("EVT-KOLKATA", "starts_at")).isEqualTo("2030-07-01 07:30:00");
    }
}
