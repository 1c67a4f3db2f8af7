package org.lmsexchange.ews.model;

import java.time.Instant;

/**
 * One meeting response read from the inbox, as plain data.
 *
 * @param itemId     the inbox item, to delete once processed
 * @param uid        the meeting's UID, which ties the response to its meeting
 * @param answer     Accept, Tentative or Decline
 * @param attendee   the attendee who answered (From), trimmed and in lower case, as every address is compared
 * @param sender     who sent it (differs from {@code attendee} when a delegate answered), trimmed and in lower case
 * @param delegated  Exchange's flag for a response sent by a delegate of the attendee (IsDelegated)
 * @param sentAt     when the attendee sent it: the latest answer wins. The sender's clock, trusted up to the time
 *                   Exchange received it plus the endpoint's sentTimeTolerance; a later one is the time received
 * @param outOfDate  Exchange's flag for a response superseded by a later meeting update
 */
public record MeetingReply(String itemId,
                           String uid,
                           ReplyAnswer answer,
                           String attendee,
                           String sender,
                           boolean delegated,
                           boolean outOfDate,
                           Instant sentAt) {

    public MeetingReply {
        attendee = Addresses.normalized(attendee);
        sender = Addresses.normalized(sender);
    }
}
