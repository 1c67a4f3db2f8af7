package org.lmsexchange.ews.model;

/**
 * A meeting as Exchange stored it. The UID identifies it for its whole life (responses carry it); the item id and
 * change key address the organizer's calendar item and change over time.
 */
public record CreatedMeeting(String eventId, String itemId, String changeKey, String uid) {
}
