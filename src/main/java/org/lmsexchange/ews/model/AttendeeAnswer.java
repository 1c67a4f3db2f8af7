package org.lmsexchange.ews.model;

import java.time.Instant;

/**
 * One attendee of a meeting as the organizer's calendar item records them, with the answer Exchange recorded for
 * them there: the latest one the attendee sent, whether or not its response mail was ever read from the inbox.
 *
 * @param address    the attendee's address, trimmed and in lower case, as every address is compared
 * @param name       the display name Exchange shows for the attendee (the address when it knows none), or null
 * @param answer     the answer recorded (Accept, Tentative, Decline); null when none is (no response yet, or the
 *                   attendee is the organizer)
 * @param answeredAt the time Exchange recorded for that answer (LastResponseTime); null when no answer is recorded
 * @param required   a required attendee; false for an optional one
 */
public record AttendeeAnswer(String address, String name, ReplyAnswer answer, Instant answeredAt, boolean required) {

    public AttendeeAnswer {
        address = Addresses.normalized(address);
    }
}
