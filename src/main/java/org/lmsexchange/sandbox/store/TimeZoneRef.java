package org.lmsexchange.sandbox.store;

/** A Windows time zone as t:StartTimeZone / t:EndTimeZone carry it: the id (e.g. "W. Europe Standard Time") and a display name. */
public record TimeZoneRef(String id, String name) {
}
