package org.lmsexchange.sandbox.learners;

/** No meeting in the organizer's calendar matches the given uid or subject. The HTTP API answers 404. */
public final class UnknownMeetingException extends IllegalArgumentException {
    public UnknownMeetingException(String message) {
        super(message);
    }
}
