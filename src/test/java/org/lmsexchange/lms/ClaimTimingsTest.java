package org.lmsexchange.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A claim must not go stale while its run may still be waiting on Exchange. */
class ClaimTimingsTest {

    @Test
    void theDefaultsLeaveRoomForTheSlowestRun() {
        // 2 calls x (4 tries x 30 s + 3 back-offs x 30 s)
        assertThat(ClaimTimings.longestRun(30_000, 3, 30_000)).isEqualTo(Duration.ofSeconds(420));
        assertThat(ClaimTimings.staleTooSoon(600, 30_000, 3, 30_000)).isEmpty();
    }

    @Test
    void claimsGoingStaleSoonerAreWarnedAboutNamingTheSettings() {
        assertThat(ClaimTimings.staleTooSoon(300, 30_000, 3, 30_000)).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("connector.events.stale-claim-after-s (300 s) is not above the longest a run can wait "
                        + "on Exchange (420 s")
                .contains("ews.busy-retries=3", "ews.timeout-ms=30000", "ews.max-back-off-ms=30000", "second meeting"));
    }
}
