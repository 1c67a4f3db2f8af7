package org.lmsexchange.sandbox.http;

import java.util.Set;
import org.lmsexchange.sandbox.store.EmailAddress;

/**
 * Who is calling: a Basic user or the subject of a bearer token, with their own mailbox and the mailboxes they
 * may act for (impersonation). {@code impersonateAny} is the app-only token with full_access_as_app.
 */
public record Principal(String name, String ownMailbox, Set<String> mayActFor, boolean impersonateAny) {

    public boolean mayUse(String mailbox) {
        String key = EmailAddress.normalize(mailbox);
        return impersonateAny
                || (ownMailbox != null && EmailAddress.normalize(ownMailbox).equals(key))
                || mayActFor.stream().map(EmailAddress::normalize).anyMatch(key::equals);
    }
}
