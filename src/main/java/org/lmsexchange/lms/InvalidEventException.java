package org.lmsexchange.lms;

/**
 * An LMS event that cannot become a meeting, with a reason that names the event and the field to fix. The event
 * is marked failed; once its row is fixed a later poll picks it up again.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String eventId, String field, String problem) {
        super("event " + eventId + ": " + field + " " + problem);
    }
}
