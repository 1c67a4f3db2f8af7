package org.lmsexchange.ews;

/**
 * The meeting an operation names is no longer in the organizer's calendar: Exchange answered
 * {@value #RESPONSE_CODE} (someone deleted the meeting in Outlook, or it was cancelled already). Trying again cannot
 * help, so a route tells it apart from other failures, by this type ({@code onException}) or by its response code,
 * and records the meeting as gone. About this one meeting: {@link #scope()} is {@link FailureScope#REQUEST}.
 */
public class MeetingNotFoundException extends EwsCallException {

    /** Exchange's response code for an item that is not there (any more). */
    public static final String RESPONSE_CODE = "ErrorItemNotFound";

    private final String eventId;
    private final String uid;

    public MeetingNotFoundException(String eventId, String uid, String message, Throwable cause) {
        super(RESPONSE_CODE, message, cause);
        this.eventId = eventId;
        this.uid = uid;
    }

    /** The event id of the missing meeting. */
    public String getEventId() {
        return eventId;
    }

    /** The UID of the missing meeting. */
    public String getUid() {
        return uid;
    }
}
