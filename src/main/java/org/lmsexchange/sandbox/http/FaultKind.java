package org.lmsexchange.sandbox.http;

import java.util.Arrays;
import java.util.Optional;

/** The ways the sandbox can fail a request on purpose, each with its name in the HTTP control API. */
public enum FaultKind {

    /** HTTP 503 Service Unavailable with a plain-text body, as a load balancer in front of Exchange answers. */
    HTTP_503("http-503"),
    /**
     * HTTP 500 with an empty body, as a front end of Exchange (IIS, a load balancer) answers when it failed on the
     * request before EWS could write a SOAP fault: the 2.0 client then finds no fault to read.
     */
    HTTP_500("http-500"),
    /**
     * HTTP 413 with the answer the sandbox gives a request over its size limit (see
     * {@code EwsSandbox.Builder.maxRequestBytes}), whatever the request's size: IIS refuses a request above
     * maxAllowedContentLength, EWS one above maxReceivedMessageSize, each with 413.
     */
    REQUEST_TOO_LARGE("request-too-large"),
    /** HTTP 500 with a SOAP fault ErrorServerBusy and BackOffMilliseconds in its MessageXml. */
    SERVER_BUSY_FAULT("server-busy-fault"),
    /** HTTP 200 whose response messages are all ErrorServerBusy with BackOffMilliseconds, one per item. */
    SERVER_BUSY_RESPONSE("server-busy-response"),
    /** The connection is closed after the request was read, without any answer. */
    DROP_CONNECTION("drop-connection"),
    /** No answer until the client gives up, the faults are cleared or the sandbox closes. */
    NO_ANSWER("no-answer"),
    /**
     * The request is held for the plan's delay (or until the faults are cleared), then carried out and answered: an
     * Exchange that finishes a request after the client's time-out, so the client never learns that it happened.
     */
    LATE_ANSWER("late-answer"),
    /**
     * HTTP 403 Forbidden, as Exchange Online answers when EWS is blocked for the tenant, the mailbox or the app
     * (EWSEnabled off, or the app missing from EwsAllowedAppIDs once EWS is blocked by default).
     */
    EWS_DISABLED("ews-disabled"),
    /** A SOAP fault ErrorImpersonateUserDenied: the caller may not act for the mailbox it names. */
    IMPERSONATION_DENIED("impersonation-denied"),
    /**
     * HTTP 401 with Exchange Online's x-ms-diagnostics reason for an app-only token without the full_access_as_app
     * application permission (or without admin consent): the token was read, but it grants nothing.
     */
    PERMISSION_MISSING("permission-missing");

    private final String wireName;

    FaultKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the HTTP control API, e.g. "server-busy-fault". */
    public String wireName() {
        return wireName;
    }

    public static Optional<FaultKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst();
    }

    public static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(FaultKind::wireName).toList());
    }
}
