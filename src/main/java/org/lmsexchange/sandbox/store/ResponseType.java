package org.lmsexchange.sandbox.store;

/**
 * The values of t:ResponseType: an attendee's answer as recorded on the organizer's calendar item, and the
 * answer a meeting response carries.
 */
public enum ResponseType {
    Unknown,
    Organizer,
    Tentative,
    Accept,
    Decline,
    NoResponseReceived
}
