package org.lmsexchange.ews.client;

import java.util.Map;

/** An HTTP error status in words an operator can act on: "HTTP 413 Content Too Large (...)". */
final class HttpStatusText {

    /** The reason phrases of RFC 9110 for the statuses Exchange and its front ends answer with. */
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(407, "Proxy Authentication Required"),
            Map.entry(408, "Request Timeout"), Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private HttpStatusText() {
    }

    static String of(int status) {
        String reason = REASONS.get(status);
        String text = "HTTP " + status + (reason == null ? "" : " " + reason);
        return switch (status) {
            // IIS (maxAllowedContentLength) or EWS (maxReceivedMessageSize) refuses the request's size
            case 413 -> text + " (the request is larger than the server accepts)";
            // the 2.0 client reads a SOAP fault in a 500 as Exchange's error code: this 500 had none
            case 500 -> text + " without a SOAP fault";
            default -> text;
        };
    }
}
