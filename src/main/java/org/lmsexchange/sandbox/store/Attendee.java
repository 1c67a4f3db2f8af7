package org.lmsexchange.sandbox.store;

import java.time.Instant;

/**
 * An attendee of a meeting, with the answer the organizer's calendar item has recorded for them.
 * Mutable under the store's lock; {@link #copy()} gives a detached snapshot.
 */
public final class Attendee {

    private final EmailAddress mailbox;
    private ResponseType responseType = ResponseType.NoResponseReceived;
    private Instant lastResponseTime;

    public Attendee(EmailAddress mailbox) {
        this.mailbox = mailbox;
    }

    public EmailAddress mailbox() {
        return mailbox;
    }

    public ResponseType responseType() {
        return responseType;
    }

    public Instant lastResponseTime() {
        return lastResponseTime;
    }

    /** Records an answer unless a later one is already recorded: the latest answer sent wins. */
    public void recordResponse(ResponseType answer, Instant sentAt) {
        if (lastResponseTime == null || !sentAt.isBefore(lastResponseTime)) {
            responseType = answer;
            lastResponseTime = sentAt;
        }
    }

    /** Takes over the answer recorded for this attendee on an earlier version of the meeting. */
    public void keepResponseOf(Attendee earlier) {
        responseType = earlier.responseType;
        lastResponseTime = earlier.lastResponseTime;
    }

    /** Forgets the answer: the meeting changed so much that the attendee is asked to answer again. */
    public void clearResponse() {
        responseType = ResponseType.NoResponseReceived;
        lastResponseTime = null;
    }

    public Attendee copy() {
        Attendee copy = new Attendee(mailbox);
        copy.responseType = responseType;
        copy.lastResponseTime = lastResponseTime;
        return copy;
    }
}
