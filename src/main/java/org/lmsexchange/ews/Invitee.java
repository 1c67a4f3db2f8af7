package org.lmsexchange.ews;

/** A person invited to a meeting: the learner's e-mail address and display name (optional). */
public record Invitee(String email, String name) {
}
