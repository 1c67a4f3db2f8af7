package org.lmsexchange.lms;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether the event timings leave room for a slow Exchange, so that an event is not looked up again while a meeting
 * of an earlier try may still be in the making:
 * <ul>
 * <li>A claim must not go stale while its run is still working. A run that is only slow, waiting on Exchange, must
 * not be taken for crashed: another run would claim the event anew, might not find the meeting the first is still
 * creating, and create a second one. The longest a run can take is a findMeetings and a createMeeting, each with
 * every busy retry timing out and waiting the longest back-off.</li>
 * <li>A failed event must not be tried again before a create that timed out could have finished: Exchange may go on
 * with a request its client stopped waiting for, and the retry finds that meeting only once it exists.</li>
 * </ul>
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
                + "a run can wait on Exchange (" + longest.toSeconds() + " s: a findMeetings and a createMeeting, each with "
                + "ews.busy-retries=" + busyRetries + " retries timing out after ews.timeout-ms=" + timeoutMillis
                + " and waiting ews.max-back-off-ms=" + maxBackOffMillis + "). A slow run can then be taken for crashed "
                + "and its event get a second meeting: raise connector.events.stale-claim-after-s, or lower those.");
    }

    /** A warning naming the settings when failed events are tried again before a timed-out create could finish. */
    public static Optional<String> retryTooSoon(long retryAfterSeconds, long timeoutMillis) {
        if (Duration.ofSeconds(retryAfterSeconds).compareTo(Duration.ofMillis(timeoutMillis)) > 0) {
            return Optional.empty();
        }
        return Optional.of("connector.events.retry-after-s (" + retryAfterSeconds + " s) is not above ews.timeout-ms ("
                + timeoutMillis + " ms). Exchange may carry out a create that timed out after the event was tried "
                + "again: the event then gets a second meeting, and its learners an invitation to it and, if the "
                + "second look finds it in time, a cancellation. Raise connector.events.retry-after-s.");
    }
}
