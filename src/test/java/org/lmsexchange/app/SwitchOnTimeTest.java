package org.lmsexchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Events that existed before the connector was switched on are left alone. */
@Tag("time-handling")
class SwitchOnTimeTest extends ConnectorTestSupport {

    @Test
    void eventsCreatedBeforeTheSwitchOnTimeGetNoMeeting() {
        lms.event("OLD-1").booked("ada@example.com").createdAt(switchOn.minus(Duration.ofDays(1))).insert();
        // a later event in the same poll shows that the old one was passed over, not merely not reached yet
        lms.event("NEW-1").booked("brian@example.com").insert();

        awaitMeeting("NEW-1");

        assertThat(lms.meeting("OLD-1")).isNull();
        assertThat(sandbox.meetings()).extracting(m -> m.subject()).containsExactly("Course NEW-1");
        assertThat(sandbox.received("ada@example.com")).isEmpty();
    }
}
