package org.lmsexchange.lms;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.lmsexchange.ews.EwsConfiguration;
import org.lmsexchange.ews.EwsOption;

/**
 * Whether the event timings leave room for a slow Exchange, so that an event is not looked up again while a meeting
 * of an earlier try may still be in the making:
 * <ul>
 * <li>A claim must not go stale while its run is still working. A run that is only slow, waiting on Exchange, must
 * not be taken for crashed: another run would claim the event anew, might not find the meeting the first is still
 * creating, and create a second one. A run renews its claim before each call that writes to Exchange (each
 * cancellation of a second meeting, the create), and stops if it was taken over; so what must fit into
 * connector.events.stale-claim-after-s is the longest stretch of EWS calls between the claim, or its renewal, and
 * the next renewal: one {@link Call} with every try timing out and every back-off as long as it may be. The same
 * holds for the lease on a second look for duplicates (finding the meetings, cancelling each second one).</li>
 * <li>A failed event must not be tried again before a create that timed out could have finished: Exchange may go on
 * with a request its client stopped waiting for, and the retry finds that meeting only once it exists.</li>
 * </ul>
 */
public final class ClaimTimings {

    /**
     * The EWS calls a claimed event or change makes (the ews component's createMeeting, findMeetings, cancelMeeting,
     * updateMeeting, addAttendees, removeAttendees), each a
     * stretch of its own since the claim is renewed before each write; as the component makes them: a number of
     * steps that are each retried on their own (BusyRetry), each try sending some requests.
     */
    public enum Call {
        FIND_MEETINGS("finding the event's meetings", 1, 1),
        /** Binding the meeting, then sending its cancellation: both in each try. */
        CANCEL_MEETING("cancelling a second meeting", 1, 2),
        /** Creating, then reading its UID: retried apart, so that a busy read never repeats the create. */
        CREATE_MEETING("creating the meeting and reading its UID", 2, 1),
        /**
         * Changing the meeting (an update, attendees added or removed): reading it and sending the change in each
         * try, and the whole once more on top of an edit made in Exchange meanwhile.
         */
        CHANGE_MEETING("changing the meeting", 2, 2);

        private final String description;
        private final int steps;
        private final int requestsPerTry;

        Call(String description, int steps, int requestsPerTry) {
            this.description = description;
            this.steps = steps;
            this.requestsPerTry = requestsPerTry;
        }

        /**
         * The longest it can take: in each step, every busy answer tried again (busyRetries) after the longest
         * back-off honoured (maxBackOff), every request timing out (timeout); with OAuth2 one more
         * try after a refused token, and a token request when the call starts and when the token is renewed.
         */
        public Duration longest(EwsTimings ews) {
            long tries = ews.busyRetries() + 1L + (ews.oauth2() ? 1 : 0);
            long tokenRenewal = ews.oauth2() ? ews.timeoutMillis() : 0;
            long step = tries * requestsPerTry * ews.timeoutMillis() + ews.busyRetries() * ews.maxBackOffMillis()
                    + tokenRenewal;
            long firstToken = ews.oauth2() ? ews.timeoutMillis() : 0;
            return Duration.ofMillis(steps * step + firstToken);
        }

        public String description() {
            return description;
        }
    }

    /** The ews component's options that bound a call: timeout, busyRetries, maxBackOff, auth=oauth2. */
    public record EwsTimings(long timeoutMillis, int busyRetries, long maxBackOffMillis, boolean oauth2) {

        public static EwsTimings of(EwsConfiguration ews) {
            return new EwsTimings(ews.getTimeout(), ews.getBusyRetries(), ews.getMaxBackOff(),
                    ews.getAuth() != null && EwsConfiguration.AUTH_OAUTH2.equalsIgnoreCase(ews.getAuth().trim()));
        }
    }

    private ClaimTimings() {
    }

    /** The call a claim must outlast: the longest of them. */
    public static Call longestCall(EwsTimings ews) {
        return Arrays.stream(Call.values()).max(Comparator.comparing(call -> call.longest(ews))).orElseThrow();
    }

    /** The longest a claim is held without being renewed: the longest call. */
    public static Duration longestHold(EwsTimings ews) {
        return longestCall(ews).longest(ews);
    }

    /** A warning naming the settings when claims go stale sooner than a run can take; empty when they do not. */
    public static Optional<String> staleTooSoon(long staleAfterSeconds, EwsTimings ews) {
        Duration longest = longestHold(ews);
        if (Duration.ofSeconds(staleAfterSeconds).compareTo(longest) > 0) {
            return Optional.empty();
        }
        return Optional.of("connector.events.stale-claim-after-s (" + staleAfterSeconds + " s) is not above the "
                + "longest a claimed event can wait on one call to Exchange (" + longest.toSeconds() + " s: "
                + longestCall(ews).description() + ", with " + EwsOption.BUSY_RETRIES + "=" + ews.busyRetries()
                + " retries, each try timing out after " + EwsOption.TIMEOUT + "=" + ews.timeoutMillis()
                + " and each back-off " + EwsOption.MAX_BACK_OFF + "=" + ews.maxBackOffMillis()
                + (ews.oauth2() ? ", and the token requests of " + EwsOption.AUTH + "=oauth2" : "")
                + "). A slow run can then be taken for crashed and its event get a second meeting: raise "
                + "connector.events.stale-claim-after-s, or lower those.");
    }

    /** A warning naming the settings when failed events are tried again before a timed-out create could finish. */
    public static Optional<String> retryTooSoon(long retryAfterSeconds, long timeoutMillis) {
        if (Duration.ofSeconds(retryAfterSeconds).compareTo(Duration.ofMillis(timeoutMillis)) > 0) {
            return Optional.empty();
        }
        return Optional.of("connector.events.retry-after-s (" + retryAfterSeconds + " s) is not above "
                + EwsOption.TIMEOUT + " ("
                + timeoutMillis + " ms). Exchange may carry out a create that timed out after the event was tried "
                + "again: the event then gets a second meeting, and its learners an invitation to it and, if the "
                + "second look finds it in time, a cancellation. Raise connector.events.retry-after-s.");
    }
}
