package org.lmsexchange.sandbox.store;

/** One extended property and its value as text (multi-valued properties are not used by the connector). */
public record ExtendedProperty(ExtendedPropertyKey key, String value) {
}
