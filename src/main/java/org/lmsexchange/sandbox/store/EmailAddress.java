package org.lmsexchange.sandbox.store;

import java.util.Locale;

/**
 * An SMTP mailbox with an optional display name. Addresses compare case-insensitively, as Exchange does.
 */
public record EmailAddress(String name, String address) {

    public EmailAddress {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("an e-mail address is required");
        }
        address = address.trim();
    }

    public static EmailAddress of(String address) {
        return new EmailAddress(null, address);
    }

    /** The address in lower case: the key under which a mailbox is stored. */
    public String key() {
        return normalize(address);
    }

    public static String normalize(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }

    public boolean sameMailbox(EmailAddress other) {
        return other != null && key().equals(other.key());
    }
}
