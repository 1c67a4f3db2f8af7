package org.lmsexchange.lms;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether a claim can go stale while its run is still working. A run that is only slow, waiting on Exchange, must
 * not be taken for crashed: another run would claim the event anew, might not find the meeting the first is still
 * creating, and create a second one. The longest a run can take is a findMeeting and a createMeeting, each with
 * every busy retry timing out and waiting the longest back-off.
 */
public final class ClaimTimings {

    private ClaimTimings() {
    }

    /** The longest one run on an event can wait on Exchange. */
    public static Duration longestRun(long timeoutMillis, int busyRetries, long maxBackOffMillis) {
        long oneCall = (busyRetries + 1L) * timeoutMillis + busyRetries * maxBackOffMillis;
        return Duration.ofMillis(2 * oneCall);
    }

    /** A warning naming the settings when claims go stale sooner than a run can take; empty when they do not. */
    public static Optional<String> staleTooSoon(long staleAfterSeconds, long timeoutMillis, int busyRetries,
                                                long maxBackOffMillis) {
        Duration longest = longestRun(timeoutMillis, busyRetries, maxBackOffMillis);
        if (Duration.ofSeconds(staleAfterSeconds).compareTo(longest) > 0) {
            return Optional.empty();
        }
        return Optional.of("connector.events.stale-claim-after-s (" + staleAfterSeconds + " s) is not above the longest "
                + "a run can wait on Exchange (" + longest.toSeconds() + " s: a findMeeting and a createMeeting, each with "
                + "ews.busy-retries=" + busyRetries + " retries timing out after ews.timeout-ms=" + timeoutMillis
                + " and waiting ews.max-back-off-ms=" + maxBackOffMillis + "). A slow run can then be taken for crashed "
                + "and its event get a second meeting: raise connector.events.stale-claim-after-s, or lower those.");
    }
}
