package org.lmsexchange.ews.model;

import java.util.Locale;

/**
 * E-mail addresses compare one way everywhere, in Java as in the default SQL (LOWER(TRIM(...))): trimmed and in
 * lower case. One system may store ' Ivan@Example.com ', Exchange may show the same person as IVAN@example.com.
 */
public final class Addresses {

    private Addresses() {
    }

    /** The address trimmed and in lower case; null stays null. */
    public static String normalized(String address) {
        return address == null ? null : address.trim().toLowerCase(Locale.ROOT);
    }
}
