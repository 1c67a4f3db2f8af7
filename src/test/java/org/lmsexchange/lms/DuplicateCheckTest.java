package org.lmsexchange.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only a retry's meeting is looked up once more, retry-after-s after it was recorded. */
class DuplicateCheckTest {

    @Test
    void anEventsFirstTryIsNotLookedAtAgain() {
        Map<String, Object> firstTry = new HashMap<>();
        firstTry.put("event_id", "EVT-1");
        firstTry.put("previous_state", null);

        assertThat(DuplicateCheck.dueAt(firstTry, 60)).isNull();
    }

    @Test
    void aRetrysMeetingIsLookedAtAgainRetryAfterSecondsLater() {
        Instant before = Instant.now();

        Instant due = DuplicateCheck.dueAt(Map.of("event_id", "EVT-1", "previous_state", "FAILED"), 60).toInstant();

        assertThat(due).isBetween(before.plusSeconds(60), Instant.now().plusSeconds(60));
        assertThat(Duration.between(before, due)).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
    }
}
