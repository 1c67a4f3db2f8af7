package org.lmsexchange.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A claim must not go stale, nor a failed event be tried again, while Exchange may still be creating its meeting. */
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

    @Test
    void theDefaultRetryWaitsLongerThanACallMayTake() {
        assertThat(ClaimTimings.retryTooSoon(60, 30_000)).isEmpty();
        assertThat(ClaimTimings.retryTooSoon(31, 30_000)).isEmpty();
    }

    @Test
    void retriesNotAfterTheTimeOutAreWarnedAboutNamingTheSettings() {
        assertThat(ClaimTimings.retryTooSoon(30, 30_000)).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("connector.events.retry-after-s (30 s) is not above ews.timeout-ms (30000 ms).")
                .contains("second meeting", "Raise connector.events.retry-after-s"));
        assertThat(ClaimTimings.retryTooSoon(1, 30_000)).isPresent();
    }
}
