package org.lmsexchange.ews;

/**
 * What becomes of a response the {@code ews:} consumer handed to a route, once its exchange has completed: the
 * route says so in the {@link EwsConstants#DISPOSITION} header. Without it, or when the exchange failed, the
 * response stays in the inbox and is read again at the next poll.
 */
public enum Disposition {
    /** Processed: deleted from the inbox after the poll, with the poll's other processed responses. */
    DELETE,
    /** Left in the inbox on purpose: not read again until the endpoint's keptRereadDelay has passed. */
    KEEP
}
