package org.lmsexchange.ews.model;

/**
 * A person invited to a meeting: their e-mail address (trimmed and in lower case, as every address is
 * compared) and display name (optional).
 */
public record Invitee(String email, String name) {

    public Invitee {
        email = Addresses.normalized(email);
    }
}
