package org.lmsexchange.sandbox.view;

import java.time.Instant;
import org.lmsexchange.sandbox.store.Attendee;
import org.lmsexchange.sandbox.store.ResponseType;

/** An attendee of a meeting as the organizer's calendar item records them: the last answer and when it was sent. */
public record AttendeeView(String address, String name, boolean required, ResponseType responseType,
                           Instant lastResponseTime) {

    static AttendeeView of(Attendee attendee, boolean required) {
        return new AttendeeView(attendee.mailbox().address(), attendee.mailbox().name(), required,
                attendee.responseType(), attendee.lastResponseTime());
    }
}
