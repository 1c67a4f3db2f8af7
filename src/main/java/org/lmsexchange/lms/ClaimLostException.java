package org.lmsexchange.lms;

/**
 * A run found its claim on an event (or its lease on a second look) taken over by another run when it went to renew
 * it before writing to Exchange: its claim had gone stale (connector.events.stale-claim-after-s). The run stops
 * there, writing nothing: the event is the other run's now.
 */
public class ClaimLostException extends RuntimeException {

    public ClaimLostException(String message) {
        super(message);
    }
}
