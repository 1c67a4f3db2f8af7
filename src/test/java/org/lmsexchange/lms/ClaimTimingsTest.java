package org.lmsexchange.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.lmsexchange.lms.ClaimTimings.Call;
import org.lmsexchange.lms.ClaimTimings.EwsTimings;

/**
 * A claim must not go stale, nor a failed event be tried again, while Exchange may still be creating its meeting. The
 * figures are the ews.* defaults: 30 s time-out, 3 busy retries, back-offs of at most 30 s.
 */
class ClaimTimingsTest {

    private static final EwsTimings BASIC = new EwsTimings(30_000, 3, 30_000, false);
    private static final EwsTimings OAUTH2 = new EwsTimings(30_000, 3, 30_000, true);

    @Test
    void eachCallCountsEveryTryTimingOutAndEveryBackOff() {
        // 4 tries x 30 s + 3 back-offs x 30 s
        assertThat(Call.FIND_MEETINGS.longest(BASIC)).isEqualTo(Duration.ofSeconds(210));
        // each try binds the meeting and sends its cancellation: 4 tries x 2 requests x 30 s + 3 x 30 s
        assertThat(Call.CANCEL_MEETING.longest(BASIC)).isEqualTo(Duration.ofSeconds(330));
        // the create and the read of its UID are retried apart: 2 x (4 x 30 s + 3 x 30 s)
        assertThat(Call.CREATE_MEETING.longest(BASIC)).isEqualTo(Duration.ofSeconds(420));
        // a change reads the meeting and sends it in each try, and once more on top of an edit: 2 x (4 x 2 x 30 s + 3 x 30 s)
        assertThat(Call.CHANGE_MEETING.longest(BASIC)).isEqualTo(Duration.ofSeconds(660));
    }

    @Test
    void oauth2AddsATryAfterARefusedTokenAndTheTokenRequests() {
        // the token when the call starts (30 s); per step 5 tries x 30 s, 3 back-offs x 30 s, a renewed token 30 s
        assertThat(Call.FIND_MEETINGS.longest(OAUTH2)).isEqualTo(Duration.ofSeconds(30 + 150 + 90 + 30));
        assertThat(Call.CANCEL_MEETING.longest(OAUTH2)).isEqualTo(Duration.ofSeconds(30 + 300 + 90 + 30));
        assertThat(Call.CREATE_MEETING.longest(OAUTH2)).isEqualTo(Duration.ofSeconds(30 + 2 * (150 + 90 + 30)));
        assertThat(Call.CHANGE_MEETING.longest(OAUTH2)).isEqualTo(Duration.ofSeconds(30 + 2 * (300 + 90 + 30)));
    }

    @Test
    void aClaimMustOutlastTheLongestCallBetweenTwoRenewals() {
        assertThat(ClaimTimings.longestCall(BASIC)).isEqualTo(Call.CHANGE_MEETING);
        assertThat(ClaimTimings.longestHold(BASIC)).isEqualTo(Duration.ofSeconds(660));
        assertThat(ClaimTimings.longestHold(OAUTH2)).isEqualTo(Duration.ofSeconds(870));
    }

    @Test
    void theDefaultLeavesRoomForTheSlowestCall() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("application.properties"))) {
            defaults.load(in);
        }
        long defaultStaleAfter = Long.parseLong(defaults.getProperty("connector.events.stale-claim-after-s"));
        assertThat(ClaimTimings.staleTooSoon(defaultStaleAfter, BASIC)).isEmpty();
        assertThat(ClaimTimings.staleTooSoon(defaultStaleAfter, OAUTH2)).isEmpty();
        assertThat(ClaimTimings.staleTooSoon(870, OAUTH2)).as("not above the longest").isPresent();
    }

    @Test
    void claimsGoingStaleSoonerAreWarnedAboutNamingTheSettings() {
        assertThat(ClaimTimings.staleTooSoon(300, BASIC)).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("connector.events.stale-claim-after-s (300 s) is not above the longest a claimed event "
                        + "can wait on one call to Exchange (660 s: changing the meeting")
                .contains("camel.component.ews.busy-retries=3", "camel.component.ews.timeout=30000", "camel.component.ews.max-back-off=30000", "second meeting")
                .doesNotContain("oauth2"));
        assertThat(ClaimTimings.staleTooSoon(900, OAUTH2).isEmpty()).isTrue();
        assertThat(ClaimTimings.staleTooSoon(800, OAUTH2)).hasValueSatisfying(warning -> assertThat(warning)
                .contains("(870 s:", "token requests of camel.component.ews.auth=oauth2"));
    }

    @Test
    void theDefaultRetryWaitsLongerThanACallMayTake() {
        assertThat(ClaimTimings.retryTooSoon(60, 30_000)).isEmpty();
        assertThat(ClaimTimings.retryTooSoon(31, 30_000)).isEmpty();
    }

    @Test
    void retriesNotAfterTheTimeOutAreWarnedAboutNamingTheSettings() {
        assertThat(ClaimTimings.retryTooSoon(30, 30_000)).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("connector.events.retry-after-s (30 s) is not above camel.component.ews.timeout (30000 ms).")
                .contains("second meeting", "Raise connector.events.retry-after-s"));
        assertThat(ClaimTimings.retryTooSoon(1, 30_000)).isPresent();
    }
}
