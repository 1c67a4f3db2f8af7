package org.lmsexchange.ews;

/**
 * An EWS call failed. {@link #getResponseCode()} is Exchange's response code (ErrorServerBusy,
 * ErrorItemNotFound, ErrorAccessDenied, ...) or "HTTP_&lt;status&gt;" when the server answered with an HTTP error,
 * or "IO" when no answer came.
 */
public class EwsCallException extends RuntimeException {

    private final String responseCode;

    public EwsCallException(String responseCode, String message, Throwable cause) {
        super(message, cause);
        this.responseCode = responseCode;
    }

    public String getResponseCode() {
        return responseCode;
    }
}
