package org.lmsexchange.ews;

import java.util.Set;

/**
 * What a failed EWS call is about: Exchange as a whole (every call would fail alike: an outage, waited out with a
 * back-off) or the one request that failed (a meeting too large, an item Exchange refused: that record fails alone,
 * naming the cause, and the rest of the batch goes on).
 * <p>
 * Exchange as a whole means: no answer at all (refused, timed out, dropped, untrusted certificate: "IO"), no OAuth2
 * token ("TOKEN"), the account refused (HTTP 401, 403), a proxy asking for its own login (407), a server or gateway
 * that says it cannot serve now (HTTP 502, 503, 504, 429) and Exchange's busy and account-wide response codes. Everything else Exchange answers is about the
 * request: HTTP 400, 404, 413, another status, and a SOAP fault or response code about the item
 * (ErrorInternalServerError included: Exchange failed on this request; a server that is down answers 503, a busy code
 * or nothing). A plain HTTP 500 without a SOAP fault counts as about the request too: Exchange wraps its own errors
 * in SOAP faults, so a bare 500 most likely comes from a front end that choked on this request, and a server that is
 * down for everyone answers 503 or nothing, which are outages.
 */
public enum FailureScope {

    /** Exchange is unavailable for every call: an outage. */
    EXCHANGE,
    /** Only this request failed: the record it was about fails alone. */
    REQUEST;

    /** No answer, or no credentials to send: see {@link EwsCallException#getResponseCode()}. */
    private static final Set<String> NO_ANSWER = Set.of("IO", "TOKEN");

    /**
     * HTTP statuses about the account (401, 403), a proxy that wants its own login (407), or a server that cannot
     * serve anyone now (429, 502, 503, 504).
     */
    private static final Set<Integer> UNAVAILABLE_STATUSES = Set.of(401, 403, 407, 429, 502, 503, 504);

    /**
     * EWS response codes (in a SOAP fault or a response message) that say the server is busy or the mailbox or
     * account unusable, never that one item is wrong. See Microsoft's "ResponseCode" reference (EWS XML elements) and
     * "EWS throttling in Exchange".
     */
    private static final Set<String> UNAVAILABLE_CODES = Set.of(
            // busy or the store out of reach
            "ErrorServerBusy", "ErrorExceededConnectionCount", "ErrorInternalServerTransientError",
            "ErrorMailboxStoreUnavailable", "ErrorMailboxMoveInProgress", "ErrorConnectionFailed",
            // the account or the mailbox it acts for
            "ErrorAccessDenied", "ErrorNonExistentMailbox", "ErrorImpersonateUserDenied", "ErrorImpersonationFailed",
            "ErrorAccountDisabled");

    /** The scope of a failure with this {@link EwsCallException#getResponseCode() response code}. */
    public static FailureScope of(String responseCode) {
        if (responseCode == null) {
            return REQUEST;
        }
        if (NO_ANSWER.contains(responseCode) || UNAVAILABLE_CODES.contains(responseCode)) {
            return EXCHANGE;
        }
        if (responseCode.startsWith(EwsCallException.HTTP_PREFIX)) {
            return UNAVAILABLE_STATUSES.contains(httpStatus(responseCode)) ? EXCHANGE : REQUEST;
        }
        return REQUEST;
    }

    private static int httpStatus(String responseCode) {
        try {
            return Integer.parseInt(responseCode.substring(EwsCallException.HTTP_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
