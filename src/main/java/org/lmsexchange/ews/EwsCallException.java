package org.lmsexchange.ews;

/**
 * An EWS call failed. {@link #getResponseCode()} is Exchange's response code (ErrorServerBusy,
 * ErrorItemNotFound, ErrorAccessDenied, ...), "HTTP_&lt;status&gt;" when the server answered with an HTTP error,
 * "IO" when no answer came (refused connection, untrusted certificate, or no complete answer within the request's
 * time-out), {@value #RESPONSE_TOO_LARGE} when the answer was larger than the connector reads, "ERROR" for another
 * failure the client reported, "INTERRUPTED" when the thread was stopped while waiting out a busy server, or "TOKEN"
 * when no OAuth2 token could be had (the message names the likely cause and the setting to change). {@link #scope()}
 * says whether Exchange as a whole is unavailable (an outage) or only this request failed. A meeting that is gone
 * (ErrorItemNotFound for a meeting an operation names) comes as its subclass {@link MeetingNotFoundException}.
 */
public class EwsCallException extends RuntimeException {

    /** How the response code of an HTTP error starts: "HTTP_413". */
    public static final String HTTP_PREFIX = "HTTP_";
    /** The answer to a request was larger than the maxResponseSize option: about that request, not an outage. */
    public static final String RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";

    private final String responseCode;

    public EwsCallException(String responseCode, String message, Throwable cause) {
        super(message, cause);
        this.responseCode = responseCode;
    }

    public String getResponseCode() {
        return responseCode;
    }

    /** Whether Exchange as a whole is unavailable, or only the request this failure is about failed. */
    public FailureScope scope() {
        return FailureScope.of(responseCode);
    }
}
